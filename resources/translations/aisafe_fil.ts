<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>Hindi pa naka-save. Nakatago rito ang inyong itinipa at patuloy itong sinusubukang i-save ng app.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Done: {recommendation}</source>
        <translation>Tapos na: {recommendation}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>Responsable sa: {recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>Sino ang titiyak na magagawa ang hakbang na ito</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Takdang petsa</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>Takdang petsa ng: {recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>Petsang nakasulat bilang YYYY-MM-DD, hal. 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>Bahagi ng plano ng aksyon</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Talatanungan</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Sistemang AI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Huling binago</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ginagawa pa</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Kumpleto</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Na-export na ang ulat</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>Wala</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hindi</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation>Ginagawa…</translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation>Na-save ang kahilingan {file}. Ipadala ito sa ahensya.</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>Na-install ang sertipiko mula sa {issuer}. Dala na ito ng inyong mga ulat.</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>Nagawa ang CA {file}. Ibigay ang {certificate} sa bawat nagbeberipika; ang fingerprint nito ay {fingerprint}.</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>Inisyu ang {file} para sa {subject}, serial {serial}.</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>Binawi ang {serial} ({subject}). Gumawa ng bagong revocation list at ibigay ito sa mga nagbeberipika.</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>Na-save ang revocation list {file} ({count} ang binawi).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>Ang passphrase ng {file}:</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>Mga pagkakakilanlan sa paglagda (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>Aling pagkakakilanlan?</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>I-save ang kahilingan</translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation>Mga kahilingan (*.csr)</translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation>Ang sertipiko mula sa ahensya</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>Mga sertipiko (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>I-save ang CA file</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>Ang kahilingang lalagdaan</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Ang CA file</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Bisa</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>May bisa nang (araw):</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>I-save ang sertipiko</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>Mga sertipiko (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Bawiin</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>Serial number ng sertipikong babawiin:</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>I-save ang revocation list</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>Mga revocation list (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>Mga sertipiko mula sa isang ahensya</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>Maaaring patunayan ng isang ahensya ang inyong pagkakakilanlan nang minsan, para sa lahat ng inyong ulat: magpadala ng kahilingan, pagkatapos ay i-install ang sertipikong ibabalik nito.</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>Humiling ng sertipiko…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>Mag-install ng sertipiko…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>Certificate authority ng ahensya</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>Para sa kawani ng ahensya: mag-isyu ng mga sertipiko sa mga negosyong inyong nirerehistro, at bawiin ang mga ito. Itago ang CA file at ang ledger nito nang offline at may backup.</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>Gumawa ng CA…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>Mag-isyu ng sertipiko…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>Bawiin ang isang sertipiko…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>Isulat ang revocation list…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>Nagawa</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Nasagot</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Binago ang komento</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Na-import</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Na-upgrade</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Natapos</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Na-export na ang ulat</translation>
    </message>
    <message>
        <source>to version {version}</source>
        <translation>sa bersyon {version}</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Talaan ng mga pagbabago</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Tanong</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Mga detalye</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ni</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Wala pang pagbabago.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>I-export bilang CSV…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>I-export ang talaan ng mga pagbabago</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>Nababasa ang file</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>Eksaktong isang lagda ang dala nito</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>Buo ang lagda</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>Sakop ng lagda ang buong file</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>Walang binago pagkatapos lagdaan</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>Nakalakip ang mga sagot</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>Nasa inyong listahan ng pinagkakatiwalaan ang lumagda</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>Nababasa ang mga nakalakip na sagot</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>Naka-install dito ang talatanungan</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>Pareho ang teksto ng talatanungan</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>Ang muling pagkuwenta ng iskor ay nagbibigay ng nakasaad na resulta</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>Sumusunod ang mga sagot sa mga tuntunin ng talatanungan</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>Pareho ang resultang nakasaad sa mga pahina at sa mga nilagdaang sagot</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>Hindi na-save ang mga sagot</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>%n sagot ang hindi pa mai-save. I-save ang mga ito ngayon, o isara at itapon?</numerusform>
            <numerusform>%n sagot ang hindi pa mai-save. I-save ang mga ito ngayon, o isara at itapon?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>Itapon ang %n sagot at isara</numerusform>
            <numerusform>Itapon ang %n sagot at isara</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>Subukang i-save muli</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodia</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>Lao PDR</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Pilipinas</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Viet Nam</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation>Gumawa ng certificate authority ng ahensya</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>Pangalan ng CA</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Bansa (dalawang titik)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ulitin ang passphrase</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Pumili ng passphrase na may hindi bababa sa {n} character.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Hindi magkapareho ang dalawang passphrase. I-type muli ang mga ito.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>Ilagay ang inyong pangalan at ang pangalan ng organisasyon.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Pumili ng passphrase na may hindi bababa sa {n} character.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Hindi magkapareho ang dalawang passphrase. I-type muli ang mga ito.</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>Bagong pagkakakilanlan sa paglagda</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>Sa pamamagitan ng pagkakakilanlan sa paglagda, malalagdaan ninyo ang inyong mga ulat upang masuri ng ahensya kung sino ang nagpadala ng mga ito at na walang binago. Nakatago ito sa inyong folder ng datos, naka-lock gamit ang inyong passphrase. Hindi na mababawi ang passphrase: isulat ito sa isang ligtas na lugar.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ang inyong pangalan</translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation>Ang taong lalagda</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>Makikita sa lagda</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>Kung saan nakabase ang organisasyon</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Email (opsyonal)</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>Makikita sa sertipiko</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>Hindi bababa sa 8 character; kailangan tuwing lalagda kayo</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ulitin ang passphrase</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>Ang parehong passphrase, isa pang beses</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Gumawa</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>Dashboard ng inbox</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Binibilang…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>I-export ang buod na PDF…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hatol</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Katayuan ng pagsusuri</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Talatanungan</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>Pinakamadalas na red flag</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>Pinakamadalas na rekomendasyon</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>Natanggap bawat buwan</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>%n ulat ang tumutugma sa mga filter ng talahanayan.</numerusform>
            <numerusform>%n ulat ang tumutugma sa mga filter ng talahanayan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>I-export ang buod na PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>Buod ng inbox</translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation>Na-save ang buod sa {file}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>Hindi nakatakda</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ngayong araw</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>Ilagay ang petsa ngayong araw</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>Pakisuri</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>Hindi nabasa o naisulat ang isang file: {reason}. Tiyaking umiiral ang folder, na maaari kayong sumulat dito at na hindi puno ang disk, pagkatapos ay subukang muli.</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Problema sa file</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>May nagkaproblema sa loob ng AISafe Desktop. Naka-save ang inyong mga sagot hanggang ngayon. Maaari kayong magpatuloy, o i-restart ang app kung may mukhang mali.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>May nagkaproblema</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>Na-save ang isang ulat para sa mga developer sa:
{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buksan ang folder</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation>ang &apos;answers&apos; ay dapat isang object na nagtutugma ng mga id ng tanong sa mga sagot</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>ang &apos;format&apos; ay dapat &quot;{expected}&quot; (nakita: {found}); file ba ito ng mga sagot ng AISafe?</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>ang &apos;language&apos; ay dapat isang code ng wika gaya ng &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>ang &apos;questionnaire&apos; (talatanungan) ay dapat {shape}</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>ang dokumento ng mga sagot ay isang JSON object ({shape})</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>ang sagot na &apos;{question_id}&apos; ay dapat {shape}; walang &apos;value&apos;</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>ang sagot na &apos;{question_id}&apos; ay dapat {shape}; hindi kilalang key: {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>kailangan ng petsang nakasulat bilang YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>kailangan ng listahan ng mga value ng opsyon, hal. {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>kailangan ng numero</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>kailangan ng teksto</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>dalawang beses na nakalista ang isang opsyon</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>walang ganitong tanong sa talatanungang {questionnaire} {version}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>hindi wastong JSON: {reason} sa linya {line}, column {column}</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>kinakailangan, pero hindi nasagot</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>ang komento ng sagot na &apos;{question_id}&apos; ay dapat teksto</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>hindi UTF-8 na teksto ang file; i-save ito bilang UTF-8</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>{size:,} byte ang file; hanggang {limit:,} byte lamang ang mga dokumento ng mga sagot</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>masyadong malalim ang pagkakapatong ng JSON</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>hindi kilalang key: {keys}</translation>
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
        <translation>wala ang {values} sa mga opsyon ({options})</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>lampas ang {value} sa pinakamataas na {maximum}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>mas mababa ang {value} sa pinakamababang {minimum}</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>wala ang {value} sa mga opsyon ({options})</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>Tumatakbo na ang AISafe Desktop (proseso {owner}) gamit ang folder ng datos na {folder}. Isara muna ang kabilang window, o gumamit ng ibang folder ng datos.</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>Tumatakbo na ang AISafe Desktop gamit ang folder ng datos na {folder}. Isara muna ang kabilang window, o gumamit ng ibang folder ng datos.</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>hindi magawa ang lock file na {file}: {reason}. Suriin ang mga pahintulot ng folder.</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>hindi mabasa ang {database}: {reason}. Walang binago; subukang muli.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>hindi ma-save sa {database}: {reason}. Hindi na-save ang huling pagbabagong ito; ligtas ang lahat ng na-save bago nito. Magbakante ng espasyo sa disk o tiyaking maaaring sulatan ang folder, pagkatapos ay subukang muli.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>hindi ma-save sa {database}: {reason}. Hindi na-save ang huling pagbabagong ito; ligtas ang lahat ng na-save bago nito. Masyadong matagal na abala ang database; subukang muli.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>Sira ang {database} ({detail}). Hindi ito binago. Walang nakitang maayos na backup.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>Sira ang {database} ({detail}). Hindi ito binago. Ang pinakabagong maayos na backup ay {backup}; i-restore ito.</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>Isinulat ang {database} ng mas bagong bersyon ng AISafe Desktop (schema {revision}). Hindi ito binago. I-install muli ang mas bagong bersyon, o gumamit ng ibang folder ng datos.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>ang &apos;{country}&apos; ay hindi kasaping bansa ng ASEAN; gamitin ang isa sa {countries}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>ang &apos;{email}&apos; ay hindi mukhang e-mail address (name@example.org)</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>nasa basurahan ang pagtatasang {assessment_id}; i-restore ito upang mabago</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>hindi magawa ang folder ng datos na {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>hindi mabuksan ang database na {database}: {reason}. Hindi ito binago.</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>hindi mabasa ang {file}: {reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>bigyan ng pangalan ang sistemang AI</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>bigyan ng pamagat ang pagtatasa</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>ibigay ang pangalan ng organisasyon</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>panatilihing mas mababa sa 200 character ang pamagat</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>panatilihing mas maikli sa {limit} character ang pangalan ng responsable</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>isulat ang takdang petsa bilang YYYY-MM-DD, hal. 2027-03-31 (nakita: {value})</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>walang naka-install na talatanungang &apos;{questionnaire}&apos; (mayroon: {known}); ibigay na lamang ang path ng YAML file nito</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>walang naka-install na talatanungang &apos;{questionnaire}&apos; bersyon {version} (mayroon: {known}); ibigay na lamang ang path ng YAML file nito</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>sabihin kung saan ise-save ang pagkakakilanlan (isang output file o ang folder ng datos)</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>ang mga sagot ay para sa {questionnaire} {version}, hindi sa {expected} {expected_version}; piliin ang katugmang talatanungan</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>hindi pa mai-export ang mga sagot: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>hindi pa mai-export ang mga sagot: {problems} (at {more} pa)</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>hindi mai-import ang mga sagot: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>hindi mai-import ang mga sagot: {problems} (at {more} pa)</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>ang mga sagot ay ibinigay sa ibang teksto ng {questionnaire} (SHA-256 {sha256}); ilagay ang file ng talatanungang iyon sa folder na questionnaires ng folder ng datos at subukang muli</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>hindi naka-install ang talatanungang {questionnaire}; ilagay ang YAML file nito sa folder na questionnaires ng folder ng datos at subukang muli</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>hindi na nalo-load ang nakatagong kopya ng talatanungang {questionnaire} {version}: {problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>nawawala sa database ang nakatagong talatanungang {sha256}…; mag-restore ng backup</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>may mga character ang teksto na hindi wastong teksto (unpaired UTF-16 surrogates)</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>ang trust entry na {entry} ay hindi SHA-256 fingerprint (64 hex digit) at hindi rin file ng sertipiko</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>walang sistemang AI na {ai_system_id}</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>walang pagtatasang {assessment_id}</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>hindi magawa ang awtomatikong backup ngayong araw sa {folder}: {reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>hindi kilalang wika &apos;{language}&apos; (kilala: {known})</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>sira ang {backup} o hindi ito database ({problem})</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>ang {backup} ay hindi backup ng AISafe Desktop</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>ginawa ang {backup} ng mas bagong bersyon ng AISafe Desktop</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>{backup}: walang ganitong file</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>{count} kinakailangang tanong ang hindi pa nasasagot: {questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>{count} kinakailangang tanong ang hindi pa nasasagot: {questions} at {more} pa</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>ang {database} ay hindi database ng AISafe Desktop; hindi ito binago. Ilipat ito o gumamit ng ibang folder ng datos.</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>walang file ng sertipiko sa tabi ng {file}; ibigay ang passphrase</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>ang {file} ay hindi wastong talatanungan: {problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>ang {file} ay hindi wastong talatanungan: {problems} (at {more} pa)</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: walang ganitong file</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>ang {new} ay hindi bersyon ng {old}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>nawawala ang kasamang font file: {file}; i-install muli ang AISafe Desktop</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>hindi magawa ang pagkakakilanlan: {problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>hindi makuha ang mga sagot: {reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>hindi mabasa ang file ng pagkakakilanlan na {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>hindi mabasa ang {source}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>hindi maisulat ang {file}: {reason}</translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation>pumili ng passphrase: hindi kailanman itinatago nang hindi naka-encrypt ang private key</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>ang bansang {country} ay hindi dalawang-titik na ISO code gaya ng MY, TH o VN</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>ang e-mail na {email} ay hindi mukhang name@example.org</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>nabigo ang paglagda: {reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>nawawala sa {folder} ang mga kasamang font; i-install muli ang AISafe Desktop</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>walang laman ang organisasyon</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>hindi nabubuksan ng passphrase ang {source}; suriin ito at subukang muli (mahalaga ang malaki at maliit na titik sa passphrase)</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>ang nabuong ulat ay hindi nababasang PDF: {reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>hindi mailatag ang ulat: {reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>hindi sumusunod ang ulat sa PDF/A-3b: {problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>lumalampas sa dulo ng file ang byte range ng lagda</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>mali ang anyo ng byte range ng lagda</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>walang laman ang pangalan ng lumagda</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>umiiral na ang {file}; pumili ng ibang pangalan ng file</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>walang private key o sertipiko ang {source}; i-export itong muli kasama ang key</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>may hawak na {kind} ang {source}; RSA at EC key lamang ang makalalagda ng mga ulat</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>ang {source} ay hindi PEM o DER X.509 na sertipiko</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>ang {source} ay hindi PKCS#12 (.p12/.pfx) file</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>isang teksto</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>isang numero</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>isang listahan</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>isang object</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>iba pa</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>isang teksto o numero</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>isang teksto, numero o listahan</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>isang sagot</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>isang teksto, numero o listahan ng mga teksto</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>ang {name} ay hindi numerong pinapayagan ng JSON</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>inaasahan ang true o false, nakita ang {kind}</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>inaasahan ang {what}, nakita ang {kind}</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>inaasahan ang null, nakita ang {kind}</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>dalawang beses lumitaw ang parehong field</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} byte, higit sa {limit:,}</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>inaasahan ang &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>inaasahan ang teksto, nakita ang {kind}</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>{length:,} character ang teksto, higit sa {limit:,}</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>wala sa inaasahang anyo ang teksto</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>inaasahan ang numero, nakita ang {kind}</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>hindi may-hangganan o makatwirang value ang numero</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>ang numerong {value} ay labas sa {low}–{high}</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>inaasahan ang listahan, nakita ang {kind}</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>may {count:,} item ang listahan, higit sa {limit:,}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>inaasahan ang object, nakita ang {kind}</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>{count:,} entry, higit sa {limit:,}</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>isang id</translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation>isang teksto o object</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>hindi UTF-8 na teksto</translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation>hindi wastong JSON (linya {line})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>masyadong malalim ang pagkakapatong</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>hindi kilalang field</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nawawala</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>Puno ang disk: magbakante ng {megabytes} MB sa drive ng {folder}, pagkatapos ay subukang muli. Walang nawala: ligtas ang lahat ng na-save dati.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>Naantala ang pag-restore ng {backup} bago ito makapagbago ng anuman; nananatili ang inyong datos gaya ng dati.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>Naantala ang pag-restore ng {backup}; natapos na ito ngayon. Nakatago sa {kept} ang datos na mayroon kayo dati.</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>naantala ang pag-restore ng backup at hindi mabasa ang journal nito na {journal} ({error}). Walang binago; nasa {folder} ang inyong datos.</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>nag-iwan ng sirang kopya na {staging} ({problem}) ang naantalang pag-restore. Nasa {kept} ang inyong dating datos.</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>walang iniwang database ang naantalang pag-restore. Nasa {kept} ang inyong dating datos; ang backup ay {backup}.</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>hindi mabasa ang {database} ({problem}). Hindi ito binago. Tiyaking nababasa ang folder at hindi puno ang disk, pagkatapos ay subukang muli.</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>hindi maisulat ang backup sa {folder}: {error}. Walang nagbago sa inyong datos.</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>hindi mailatag ang resibo ng pagsusuri: {detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>walang lugar para sa lagda ang resibo ng pagsusuri</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>hindi mailatag ang buod: {detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>ang isinumiteng {old} ay hindi maaaring maging {new}</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>binago ni {who} ang isinumiteng {id} habang tinitingnan ninyo ito; walang na-overwrite. Buksan itong muli upang makita ang pagbabago.</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>walang isinumiteng {id} sa inbox</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>ang {url} ay hindi database URL na magagamit ng app na ito</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>isinulat ang inbox na {url} ng mas bagong bersyon ng AISafe Desktop (schema {revision}); hindi ito binago. I-install ang mas bagong bersyon.</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>hindi maisulat ang inbox na {url}: {detail}. Walang na-save mula sa aksyong ito; magbakante ng espasyo sa disk o subukang muli.</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>hindi pinapayagan ng inbox na {url} ang user na {user} na gawin ito; walang binago. Humingi ng karapatan ng opisyal sa administrator ng inbox (docs/inbox.md).</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>kailangan ng inbox ng database file, hindi {url}</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>gumagana ang inbox sa SQLite o PostgreSQL, hindi sa {url}</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>hindi maabot ang database ng inbox na {url} ({detail}). Suriin ang pangalan at port ng server, na tumatakbo ang server at tumatanggap ng koneksyon mula sa computer na ito, at ang user name at password.</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>ang field na {path} ng resibo ay dapat tekstong hindi hihigit sa {limit} character</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>hindi JSON na teksto ang datos ng resibo</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>ang file ay hindi resibo ng pagsusuri ({expected})</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>nawawala o mali ang anyo ng ulat, talatanungan o mga komento ng resibo</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>hindi binabanggit ng resibo ang SHA-256 ng sinuring file</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>hindi nakasulat bilang YYYY-MM-DD ang mga petsa ng resibo</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>mali ang anyo ng komentong {index} ng resibo</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>ang resibong ito ay tungkol sa ulat na hindi in-export ng computer na ito (SHA-256 {sha256}); i-import ito sa computer na gumawa ng ulat</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>masyadong malaki ang file para maging resibo ng pagsusuri</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>ang file ay hindi PDF</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>hindi maaasahan ang resibo: {reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — ang ibig ba ninyong sabihin ay &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>. Mga pinapayagang key sa isang {what}: {keys}.</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> Ang ibig ba ninyong sabihin ay &apos;{guess}&apos; ({language})?</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> Ang ibig ba ninyong sabihin ay &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>at {count} pa</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>kategorya {band}, iskor {score}, walang red flag</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>kategorya {band}, iskor {score}, mga red flag: {flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>walang kategorya ng resulta</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>ilang kategorya ({bands})</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>walang red flag</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>mga red flag: {flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>walang kabuuang iskor</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>kabuuang iskor na {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}, {score} / 100, mga red flag: {flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}, {score} / 100, walang red flag</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>may mga character ang sagot sa &apos;{question}&apos; na hindi maipakita ng alinmang kasamang font ({characters}); {replacement} ang ipinapakita ng ulat sa lugar ng mga ito</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>may {key_type} key ang pagkakakilanlang ito: wasto ang lagda, pero ginagawang PDF 2.0 ng ganitong lagda ang file, kaya hindi na ito PDF/A-3b (ang format para sa pag-archive); gumamit ng RSA na pagkakakilanlan upang manatiling PDF/A</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>ang --days ay dapat nasa pagitan ng 1 at {most}, hindi {days}</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>hindi magawa ang certificate authority: {problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>hindi mabasa ang CA ledger na {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>hindi mabasa ang inyong listahan ng pinagkakatiwalaan sa {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>hindi mabasa ang {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>hindi maisulat ang CA ledger na {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>hindi maisulat ang {path}: {reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>sira ang CA ledger na {path} ({detail}); i-restore ito mula sa inyong backup</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>masyadong malaki ang CA ledger na {path}</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>walang bisa ngayong araw ang sertipiko sa {source} (may bisa mula {start} hanggang {end})</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>hindi maaaring lumagda ng mga dokumento ang sertipiko sa {source} (key usage)</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>ang ledger na {path} ay pag-aari ng ibang CA ({other})</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>mas mahaba sa {most} character ang tala</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>walang sertipikong may serial na {serial} sa ledger ng CA na ito</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>ang pagkakakilanlang ito ay hindi file ng certificate authority</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>WALANG BISA ang {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>HINDI PINAGKAKATIWALAAN ang {file}: {reason}. Pagkatiwalaan muna ang lumagda, o payagan ang mga hindi pinagkakatiwalaang lumagda</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>pinagkakatiwalaan na ang {fingerprint} bilang CA</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>wala ang {fingerprint} sa inyong listahan ng pinagkakatiwalaan</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>ang {path} ay pagkakakilanlan sa paglagda, hindi file ng certificate authority</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>masyadong malaki ang {path} para maging sertipiko o CRL</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>masyadong malaki ang {path} para maging kahilingan o sertipiko</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>ang {serial} ay hindi serial number (hexadecimal, gaya ng ipinapakita sa mga detalye ng pagkakakilanlan)</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>walang ibinibigay na pangalan ang {source} sa subject nito</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>walang ibinibigay na organisasyon ang {source} sa subject nito</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>walang nababasang X.509 na sertipiko (PEM o DER) ang {source}</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>sira ang {source}: hindi tugma ang lagda nito sa key nito</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>ang {source} ay hindi sertipiko para sa key sa {identity}</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>ang {source} ay hindi kahilingan ng sertipiko (PKCS#10, PEM o DER)</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>ang {source} ay hindi certificate revocation list (CRL, PEM o DER)</translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation>ang {source} ay hindi para sa RSA o EC key</translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation>mas luma ang {source} kaysa sa CRL na nakatago na para sa {ca}</translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation>hindi nilagdaan ang {source} ng isang CA sa inyong listahan ng pinagkakatiwalaan; idagdag muna ang sertipiko ng CA</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>ang {text} ay hindi SHA-256 fingerprint (64 hexadecimal digit)</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>ang {value} ay hindi SHA-256 fingerprint at hindi rin file ng sertipiko o CRL</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>Wala pa kayong pagkakakilanlan sa paglagda: piliin ang Bago… upang gumawa nito.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>I-save ang ulat bilang</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>Pumili ng pagkakakilanlan at i-type ang passphrase nito.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Ginagawa ang ulat…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>Na-save ang nilagdaang ulat bilang {file}.
Fingerprint ng lumagda (SHA-256), para sa ahensya: {fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Pakitandaan:</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>Hindi nabubuksan ng passphrase na iyon ang pagkakakilanlang ito. I-type itong muli.</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>Mag-export ng nilagdaang PDF</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>Nilalagdaan ang ulat gamit ang inyong pagkakakilanlan, upang masuri ng ahensya kung sino ang nagpadala nito at na hindi ito binago. Kasama ang inyong mga sagot sa loob ng PDF.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Pagkakakilanlan sa paglagda</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>Kaninong lagda ang dala ng ulat</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>Ang passphrase ng napiling pagkakakilanlan</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Wika ng ulat</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>Ang wikang ginamit sa pagsulat ng ulat</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>I-save bilang</translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation>Kung saan ise-save ang PDF file</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Bago…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>Gumawa ng bagong pagkakakilanlan sa paglagda</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>I-import…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>Mag-import ng .p12 o .pfx file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>I-&amp;export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buksan ang folder</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>Baguhin ang isang na-export na pagtatasa?</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>Na-export ang pagtatasang ito bilang nilagdaang PDF. Kung babaguhin ninyo ang isang sagot, hindi na tutugma ang PDF sa mga sagot na nakatago rito, at magiging pansamantala ang resulta hanggang matapos ninyo itong muli. Nananatili ang talaan ng na-export na PDF.

Upang hindi magalaw ang mga na-export na sagot, gumawa sa isang kopya.</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>Baguhin ang mga sagot</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>Gumawa sa isang kopya</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Hayaan ito gaya ng dati</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>Pakilagay ang pangalan ng organisasyon, o piliin ang &apos;Laktawan muna&apos;.</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>Maligayang pagdating sa AISafe Desktop</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>Gagabayan kayo ng app na ito sa sariling pagtatasa ng isang sistemang AI na ginagamit o binubuo ng inyong organisasyon: ano ang maaaring magkamali, ano na ang ginagawa ninyo tungkol dito, at ano ang susunod na gagawin. Sasagutin ninyo ang mga simpleng tanong; maaari kayong huminto anumang oras at magpatuloy mamaya.</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>Nananatili sa computer na ito ang lahat ng inyong ilalagay. Hindi kailanman kumokonekta sa internet ang app, at sine-save ang inyong mga sagot sa sandaling ibigay ninyo ang mga ito.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>Tungkol sa inyong organisasyon</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>Lumalabas ito sa inyong mga ulat. Maaari ninyo itong laktawan ngayon at punan mamaya mula sa screen na Simula.</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Laktawan muna</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>I-save at magpatuloy</translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation>Gamitin ang wikang ito para sa app</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation>Kasaysayan ng sagot na ito</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Sagot</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komento</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ni</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Wala pang pagbabago.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>I-export bilang CSV…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>I-export ang kasaysayan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>Ang inyong organisasyon</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>Idagdag ang mga detalye ng inyong organisasyon upang lumabas ang mga ito sa inyong mga ulat.</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Magdagdag ng detalye</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>I-edit</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>I-edit ang mga detalye ng organisasyon</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopya)</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>Inilipat sa basurahan ang “{title}”.</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Mag-import ng mga sagot</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>Mga sagot ng AISafe (*.json);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Mga pagtatasa</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>Maghanap ayon sa pamagat, talatanungan o sistemang AI</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Maghanap ng mga pagtatasa</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>Ipinapakita lamang ang mga pagtatasang naglalaman ng tekstong ito. Shortcut: Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Bagong pagtatasa</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Magsimula ng bagong pagtatasa (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;I-import…</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>Gumawa ng pagtatasa mula sa file ng mga sagot (.json)</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>Be&amp;ripikahin ang PDF…</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>Suriin na hindi binago ang isang nilagdaang ulat. Maaari rin kayong mag-drop ng PDF sa screen na ito.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uksan</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Doblehin</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Burahi&amp;n</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>Ilipat sa basurahan; maaari ninyo itong i-undo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>I-und&amp;o</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Wala pang pagtatasa</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>Simulan ang inyong unang pagtatasa: pumili ng talatanungan, sagutin ang mga tanong sa sarili ninyong oras, at tingnan ang inyong resulta kasama ang malinaw na mga susunod na hakbang. Maaari kayong huminto anumang oras; sine-save ang bawat sagot habang sumasagot kayo.</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>Simulan ang inyong unang pagtatasa</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation>Pindutin ang Enter upang buksan ang napiling pagtatasa</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation>Mag-import ng pagkakakilanlan sa paglagda</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>Mga pagkakakilanlan sa paglagda (*.p12 *.pfx);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>Ang passphrase ng {file}:</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>I-save ang sertipiko</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Mga sertipiko (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>Mga pagkakakilanlan sa paglagda</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>Ginagamit sa paglagda ng inyong mga PDF na ulat. Ipadala ang sertipiko (hindi ang file ng pagkakakilanlan) sa ahensya, upang masuri nito ang inyong mga ulat.</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>Bawat isa ay may fingerprint na masusuri ng ahensya</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>Bagong pagkakakilanlan…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>I-import…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>Mag-import ng .p12 o .pfx file</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>I-export ang sertipiko…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>I-save ang pampublikong sertipiko na ipadadala sa ahensya</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>Hatol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Talatanungan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Iskor</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Lumagda</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Pinagkakatiwalaan</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Hindi pinagkakatiwalaan</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Walang bisa</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Bago</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sinusuri pa</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Tinanggap</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Ibinalik</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation>Database ng inbox</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>Iwanang walang laman ang address upang manatili ang inbox sa computer na ito. Kung maraming opisyal ang gagamit ng iisang inbox, ilagay ang PostgreSQL address na ibinigay ng inyong IT staff, halimbawa postgresql+psycopg://officer@db.agency.example:5432/inbox. Hindi kailanman sine-save ang password: ita-type ninyo ito kapag nagbukas ang inbox, o ilalagay ito ng inyong IT staff sa inyong .pgpass file.</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>Ang inyong pangalan, gaya ng ipinapakita sa kasaysayan ng pagsusuri</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>&amp;Address ng database</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ang inyong &amp;pangalan</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>Gamitin ang inbox sa computer na ito</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>Hindi ito address ng database.</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>Gumagana ang inbox sa PostgreSQL (o sa isang lokal na file).</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>Inbox — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Magdagdag ng mga file…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Magdagdag ng folder…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>I-export ang talahanayan…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>Database…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Beripikahin muli</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>Suriing muli ang bawat nakatagong file, halimbawa pagkatapos ninyong pagkatiwalaan ang isang lumagda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>Organisasyon, lumagda, sistemang AI o file</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Mga natanggap na ulat</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Maghanap</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Hatol</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Kata&amp;yuan</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Resulta</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Ba&amp;nsa</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>Se&amp;ktor</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Talatanungan</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Mu&amp;la</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Hang&amp;gang</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>Binubuksan ang inbox…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>Hindi mabuksan ang inbox.</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>Inbox: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n ulat</numerusform>
            <numerusform>%n ulat</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>Magdagdag ng mga natanggap na ulat</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>Mga PDF na ulat (*.pdf);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>Magdagdag ng folder ng mga ulat</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>Naberipika na ang %v sa %m</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>Naidagdag ang %n ulat</numerusform>
            <numerusform>Naidagdag ang %n ulat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>%n ang nasa inbox na</numerusform>
            <numerusform>%n ang nasa inbox na</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>%n ibang file ang nilaktawan</numerusform>
            <numerusform>%n ibang file ang nilaktawan</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>kinansela</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>I-export ang talahanayan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>Naisulat ang %n ulat sa {file}</numerusform>
            <numerusform>Naisulat ang %n ulat sa {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>draft translation</source>
        <translation>borador na salin</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Please note</source>
        <translation>Pakitandaan</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopya)</translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation>AISafe Desktop</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Binubuksan ang inyong datos…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Simula</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>Bumalik sa listahan ng mga pagtatasa (Alt+Home)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Bagong pagtatasa</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Magsimula ng bagong pagtatasa (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Mga setting</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>Wika, laki ng teksto, mga backup (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Mga keyboard shortcut</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>Lahat ng keyboard shortcut ng app (F1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>Para sa mga ahensya: tumanggap, sumuri at magbilang ng mga ulat na ipinapadala sa inyo ng mga negosyo (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Nabigasyon</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation>Kailangan pang sagutin bago kayo makatapos</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>%n kinakailangang tanong ang wala pang sagot. Pumili ng isa upang pumunta roon.</numerusform>
            <numerusform>%n kinakailangang tanong ang wala pang sagot. Pumili ng isa upang pumunta roon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>Nasagot na ang lahat ng kinakailangan</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>Piliin ang Tapusin upang makita ang inyong resulta.</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>Mga tanong na sasagutin pa</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>Pindutin ang Enter upang pumunta sa napiling tanong</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>Hindi magagamit ang mga file ng talatanungan na ito sa inyong folder hangga&apos;t hindi naaayos:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… at {count} pa</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>Mga {minutes} minuto · Mga wika: {languages} · Tagapaglathala: {publisher} · Bersyon {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>(hindi tungkol sa isang partikular na sistema)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Bagong pagtatasa</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>Piliin ang talatanungang angkop sa nais ninyong suriin. Maaari kayong huminto anumang oras; sine-save ang bawat sagot.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>Isang pangalang makikilala ninyo sa listahan, hal. ang proyekto</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>Sistemang AI (opsyonal)</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>Pumili ng isa, o i-type ang pangalan ng sistemang AI na tinutukoy nito</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Wika ng mga tanong</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>Ipinapakita ang talatanungan sa wikang ito</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Mga talatanungan</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>Ang mga talatanungang magagamit ninyo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Simulan</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>Isang numero mula {low} hanggang {high}.</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>Isang numerong hindi bababa sa {low}.</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>Isang numerong hanggang {high}.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Isang numero.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>Ang “{text}” ay hindi numero. Mga digit lamang ang i-type, halimbawa {whole} o {example}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>{size:,} byte ang file; hanggang {limit:,} byte lamang ang mga talatanungan. Hatiin ito sa ilang talatanungan o alisin ang naka-embed na datos.</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>hindi wastong UTF-8 ang byte na 0x{byte:02x}. I-save ang file bilang UTF-8 (sa karamihan ng editor: &apos;Save with encoding&apos; → UTF-8).</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>hindi wastong YAML ang teksto rito ({parser}). Suriin ang indentation (mga space lamang) at lagyan ng panipi ang mga tekstong may &apos;: &apos; o &apos; #&apos;, o nagsisimula sa isang simbolo.</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>dahil sa &apos;: &apos; sa loob ng teksto, binabasa ng YAML ang natitira bilang bagong key. Lagyan ng panipi ang buong teksto (text: &quot;Note: …&quot;), o, kung talagang bagong key ito, i-indent ito gaya ng mga key sa itaas nito. (YAML parser: {parser})</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>hindi nakasara ang mapping na &apos;{{…}}&apos;, o may tekstong may &apos;: &apos; o &apos; #&apos; sa loob nito. Lagyan ng panipi ang ganoong teksto ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) at tapusin ang mapping sa &apos;}}&apos;. (YAML parser: {parser})</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>hindi nakasara ang listahang &apos;[…]&apos;, o may item na may &apos;: &apos; o &apos; #&apos;. Lagyan ng panipi ang ganoong item at tapusin ang listahan sa &apos;]&apos;. (YAML parser: {parser})</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>hindi kailanman naisara ang isang tekstong may panipi: idagdag ang pansarang panipi (sa loob ng &quot;…&quot; isulat ang panipi bilang \&quot;, sa loob ng &apos;…&apos; bilang &apos;&apos;). (YAML parser: {parser})</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>may linyang nagsisimula sa character na hindi mabasa ng YAML dito (tab, o &apos;@&apos; o &apos;`&apos; sa simula ng teksto). Mag-indent gamit ang mga space lamang, at lagyan ng panipi ang ganoong teksto. (YAML parser: {parser})</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>hindi &apos;key: value&apos; ang linyang ito: may kulang na &apos;:&apos; pagkatapos ng key, o nagpapatuloy ang mahabang teksto sa linyang mas kaunti ang indent kaysa sa nararapat (gumamit ng &apos;&gt;-&apos; block para sa mahahabang teksto). (YAML parser: {parser})</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>hindi tugma ang indentation sa mga linya sa itaas: ang mga key ng iisang mapping, at ang mga &apos;- &apos; item ng iisang listahan, ay dapat magsimula sa iisang column. (YAML parser: {parser})</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>walang anchor na &amp;{anchor} bago ang alias na *{anchor}: tukuyin muna ang anchor.</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>higit sa isang YAML document (&apos;---&apos;) ang laman ng file; isang talatanungan lamang bawat file.</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>lumalawak ang document nang higit sa {limit:,} value (kadalasan dahil sa mga alias na tumutukoy sa ibang alias). Isulat nang buo ang mga value o gumamit ng mas kaunting alias.</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>nakapaloob ang mga value nang higit sa {limit} antas; hindi ito kailanman kailangan ng isang talatanungan. Suriin ang indentation.</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>dobleng key na {key!r}: naibigay na ito sa linya {first_line}. Isa lamang sa mga ito ang itinatabi ng YAML, kaya alisin o palitan ang pangalan ng isa.</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>hindi mabasa ang file: {reason}. Suriin ang path at ang mga pahintulot.</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>hindi sinusuportahan sa mga talatanungan ang mga merge key (&apos;&lt;&lt;: *anchor&apos;): isulat nang buo ang mga key (gumagana ang alias na &apos;*anchor&apos; kung nag-iisa ito bilang buong value).</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>hindi kilalang key na &apos;{key}&apos; sa {where}{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>ang {where} ay dapat {expected}, hindi {found}.</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>walang laman ang {where}; isulat ang teksto.</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>hindi pinapayagan dito ang tag na {tag!r}; sumulat ng simpleng value nang walang &apos;!tag&apos;.</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>ang key ay dapat isang simpleng salita, hindi listahan o mapping.</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}: dapat mag-isa ang &apos;{combiner}&apos; sa kondisyon nito; ilagay sa loob nito ang iba pang paghahambing.</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>kulang ang {where} ({what}) ng kinakailangang key na &apos;{key}&apos;. Idagdag ang &apos;{key}: …&apos;{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>ang {where} ay dapat may hindi bababa sa {count} item.</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>kailangan ng {where} ang &apos;question: &lt;id ng tanong&gt;&apos; upang masabi kung aling sagot ang tinitingnan nito.</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>kailangan ng {where} ng eksaktong isang paghahambing ({operators}); {count} ang nakita. Pagsamahin ang ilan gamit ang &apos;all:&apos; o &apos;any:&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>hindi pinapayagan ang &apos;{value}&apos; para sa {where}.{hint} Gumamit ng isa sa: {choices}.</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>ang {where} ay {value}; dapat itong {bound}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>para lamang sa mga tanong na numero ang &apos;{key}&apos;; {qtype} ang tanong na &apos;{question}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>hindi bersyon ang &apos;{value}&apos;: sumulat ng tatlong numero, major.minor.patch, gaya ng 1.0.0.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>hindi wastong identifier ang &apos;{value}&apos; sa {where}; gumamit ng maliliit na titik, digit, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>hindi kilalang language code ng AISafe ang &apos;{value}&apos; ({where}).{hint} Gumamit ng isa sa: {choices}.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>{qtype} ang tanong na &apos;{question}&apos; at hindi ito maaaring magkaroon ng mga opsyon; alisin ang mga ito o palitan ang uri.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>ang &apos;{value}&apos; nang nag-iisa (walang value: at label:) ay ang maikling anyo ng sagot na yes_no; {qtype} ang tanong na &apos;{question}&apos;, kaya isulat ang {{value: …, label: …}}.</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>ang tanong na yes_no ay may mga sagot na yes, no at na lamang; hindi isa sa mga ito ang &apos;{value}&apos;. Gumamit ng single_choice para sa ibang mga sagot.</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>kailangan ng {qtype} na tanong na &apos;{question}&apos; ng hindi bababa sa dalawang opsyon sa ilalim ng &apos;options&apos;.</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>kailangan ng scale na tanong na &apos;{question}&apos; ng hindi bababa sa dalawang punto sa ilalim ng &apos;options&apos; (value 0, 1, …, bawat isa ay may label).</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>buong numero ang mga punto ng scale (0, 1, 2 …); hindi buong numero ang &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>ang min na {minimum} ng {what} ay mas mataas sa (o kapantay ng) max na {maximum}; pagpalitin ang dalawa.</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>ang mga punto ng scale na tanong na &apos;{question}&apos; ay {points}; bilangin ang mga ito nang 0, 1, 2 … (o 1, 2, 3 …) nang walang nilalaktawan (kulang: {missing}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}: mukhang ang &apos;{fragment}&apos; ay ang natitira sa isang tekstong naputol sa &apos;,&apos; o &apos;?&apos; na walang panipi. Lagyan ng panipi ang tekstong ito: {key}: &quot;…, …&quot;.</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>dalawang beses na ginamit ang {what} na &apos;{value}&apos; (una sa linya {first_line}); dapat natatangi ang bawat {what}. Palitan ang pangalan ng isa.</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>walang teksto ang {where} sa {missing}; idagdag ang {add}.</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>simpleng teksto ang {where}, pero idinedeklara ng file ang {languages}; isulat ito bilang mapping na may isang teksto bawat wika ({add}).</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>may teksto ang {where} sa {extra}, na wala sa languages; idagdag ang code sa languages o alisin ang teksto.</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>{count} teksto ang walang tekstong &apos;{code}&apos;{found} — bunga ito ng languages (linya {line}); ayusin muna iyon.</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>wala sa languages ({languages}) ang default_language na &apos;{value}&apos;; idagdag ito roon.</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>tumutukoy ang kondisyon sa tanong na &apos;{question}&apos;, na hindi umiiral{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>walang opsyong &apos;{value}&apos; ang tanong na &apos;{question}&apos;; ang mga opsyon nito ay {options}.</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>tinitingnan ng kondisyon ng {owner} na ito ang tanong na &apos;{question}&apos;, na ipinapakita lamang kapag totoo ang kondisyon. Ibatay ito sa ibang tanong (maaaring nauuna o sumusunod ito; maaaring tumukoy ang mga kondisyon sa mga susunod na tanong).</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>bumubuo ng paikot na pagtukoy ang mga kondisyon: {chain}; walang tanong na maipapakita nang una. Putulin ang pag-ikot sa pamamagitan ng pag-alis ng isa sa mga kondisyong ito.</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>naghahambing ng mga numero o petsa ang &apos;{operator}&apos;, pero {qtype} ang tanong na &apos;{question}&apos;; gumamit ng equals o in.</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>para sa mga tanong na multiple_choice ang &apos;includes&apos;; {qtype} ang &apos;{question}&apos;: gumamit ng equals.</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>pinapayagan ng &apos;{question}&apos; ang ilang sagot; gumamit ng &apos;includes: VALUE&apos; o &apos;in: [VALUES]&apos; sa halip na {operator}.</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>ang &apos;{operator}: {value}&apos; sa scale na tanong na &apos;{question}&apos; ay dapat isa sa mga punto nito ({points}), na isinulat bilang numero nang walang panipi.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>tanong na numero ang &apos;{question}&apos;, kaya kailangan ng &apos;{operator}&apos; ng numero, hindi &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>tanong na petsa ang &apos;{question}&apos;, kaya kailangan ng &apos;{operator}&apos; ng totoong petsang isinulat bilang &quot;YYYY-MM-DD&quot; (hal. &quot;2026-12-02&quot;), hindi &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>tanong na teksto ang &apos;{question}&apos;, kaya kailangan ng &apos;{operator}&apos; ng teksto, hindi &apos;{value}&apos;; lagyan ito ng panipi.</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>hindi idineklara ang dimensyong &apos;{value}&apos; sa ilalim ng &apos;dimensions&apos;.{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>hindi idineklara ang rekomendasyong &apos;{value}&apos; sa ilalim ng &apos;recommendations&apos;.{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>hindi idineklara ang kategoryang &apos;{value}&apos; sa ilalim ng scoring.bands.{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>nagsasapawan ang mga kategoryang &apos;{lower}&apos; at &apos;{upper}&apos; mula {start} hanggang {end}; itakda sa {end} ang min ng &apos;{upper}&apos;.</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>walang kategoryang sumasaklaw sa mga iskor mula {start} hanggang {end}; {fix}.</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>hindi maaaring ibilang din sa kabuuang iskor ang dimensyon ng mitigasyon; alisin ito sa scoring.overall.</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>walang opsyong nagbibigay ng puntos sa dimensyong &apos;{value}&apos;, kaya palagi itong 0; magbigay ng puntos o alisin ito.</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>hindi kailanman pinapagana ang rekomendasyong &apos;{value}&apos; ng anumang opsyon, red flag, floor o kinalabasan; tukuyin ito o alisin.</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>walang &apos;format: 2&apos; ang file, kaya binabasa ito bilang format 1, kung saan may &apos;hindi naaangkop&apos; din ang bawat tanong na yes_no (na nag-aalis sa tanong mula sa iskor). Idagdag ang &apos;format: 2&apos; sa itaas at ilista lamang ang na sa ilalim ng options kung ito ay tunay na sagot.</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>may &apos;{tag}&apos; ang {where}: ipinapakita ang mga teksto bilang simpleng teksto saanman (screen at PDF), kaya lilitaw ang tag nang eksakto gaya ng pagkakasulat. Alisin ito.</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>May control character na {char} ang {where}: kokontrolin nito ang terminal o babaligtarin ang teksto sa screen. Alisin ito.</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>mga tekstong walang salin sa {language}: {count} (una: {first}); hangga&apos;t hindi pa naisasalin ang mga ito, ipinapakita ang mga ito sa {fallback} sa mga screen at PDF na {language}. Isalin ang mga ito sa {translation}.</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>isinasalin ng {translation} ang &apos;{address}&apos;, na wala sa talatanungang ito (inilipat o inalis); ilipat ito sa bagong address ng teksto o burahin ito.</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>ang tekstong {language} ng &apos;{address}&apos; ay may mga pamalit na {found}, samantalang ang tekstong {fallback} ay may {expected}; panatilihin ang bawat {{placeholder}} nang eksakto gaya ng pagkakasulat sa {fallback}.</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>isinasalin ng {translation} ang {questionnaire} bersyon {found}, hindi {version}, kaya hindi ito ginagamit; i-update ang mga teksto nito at itakda ang version: {version}.</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>ang {translation} ay hindi file ng salin (kailangan nito ng questionnaire, version, language (isang kilalang code), status (draft o reviewed) at texts); ayusin ang header nito.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>Ang inyong organisasyon</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>1 hanggang 9 na tao</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 hanggang 49 na tao</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 hanggang 249 na tao</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 tao o higit pa</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>Ahensya ng gobyerno o pampublikong tanggapan</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Pangalan ng organisasyon</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numero ng rehistro</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Taong makikipag-ugnayan</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Email ng taong makikipag-ugnayan</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>Gaya ng dapat lumabas sa inyong mga ulat.</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>Halimbawa ang inyong numero sa SEC, DTI, SSM, ACRA o DBD. Opsyonal.</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>Kung saan nakabase ang organisasyon.</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>Halimbawa retail, kalusugan, pananalapi o edukasyon.</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>Ilang tao ang nagtatrabaho sa organisasyon.</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>Sino ang sumasagot sa mga tanong tungkol sa mga pagtatasa. Opsyonal.</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>Isang email address ng taong iyon. Opsyonal.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Pumili ng bansa</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>Pumili ng laki</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>hal. retail</translation>
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
        <translation>Itinatakda ng sagot na ito ang resulta sa {band} anuman ang iba pa ninyong isagot: {message} Huminto at humingi ng payo bago gamitin ang sistemang AI na ito.</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>Pansamantalang resulta: {band} ({percent} %).</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>Batay sa %n nasagot na tanong sa {total} na nalalapat sa ngayon. Maaari pang magbago ang resulta habang sinasagot ninyo ang iba.</numerusform>
            <numerusform>Batay sa %n nasagot na tanong sa {total} na nalalapat sa ngayon. Maaari pang magbago ang resulta habang sinasagot ninyo ang iba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>Mga red flag sa ngayon:</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>Resulta sa ngayon</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>Nakabukas. {guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>Nakasara. Pindutin ang Space upang ipakita ang gabay para sa tanong na ito.</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>Nagkomento ang ahensya sa sagot na ito:</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>Hindi pa naka-save. Nakatago rito ang inyong sagot at patuloy itong sinusubukang i-save ng app.</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>Nasa {language} ang tanong na ito.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Kinakailangan.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Opsyonal.</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>Paunang pinunan mula sa profile ng inyong organisasyon. Palitan ito kung hindi ito angkop sa pagtatasang ito.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kinakailangan</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Burahin ang sagot</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>Burahin ang sagot: {question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>Alisin ang sagot sa tanong na ito</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Kasaysayan</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>Kasaysayan: {question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>Kailan at paano nagbago ang sagot na ito at ang komento nito</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Bakit namin itinatanong</translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation>Bakit namin itinatanong: {question}</translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation>Ebidensya o komento: {question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>Opsyonal: isang tala, pangalan ng dokumento o link sa ebidensya</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>Nilagdaang resibo ng pagsusuri</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>Ipinapaalam ng resibo sa negosyo ang inyong pasya at bawat komento, at nilalagdaan ito gamit ang pagkakakilanlan ng inyong ahensya upang masuri ng kanilang app na galing ito sa inyo.</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>&amp;Pagkakakilanlan sa paglagda</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Ang &amp;inyong passphrase</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>&amp;Wika ng resibo</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>Wala pang pagkakakilanlan sa paglagda: gumawa muna ng isa sa Mga setting → Mga pagkakakilanlan sa paglagda.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>I-save ang resibo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>Na-save ang nilagdaang resibo sa {file}</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>Pagsusuri mula sa {agency}</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>Tinanggap ng ahensya</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Ibinalik para baguhin</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>Sinusuri pa ng ahensya</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>Natanggap ng ahensya</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency} ({decision}, {date}): {comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>Pakisumite muli bago ang {date}</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>May lagda at hindi binago ang resibo, pero wala ang lumagda nito sa inyong listahan ng pinagkakatiwalaan: suriin ang fingerprint sa ahensya.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Pasya</translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation>Nilagdaan ni {signer} ({fingerprint}); ipinasya noong {date}.</translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation>Walang ibinigay na komento ang ahensya.</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>Tungkol sa buong ulat</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>Ang inyong sagot: {answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(hindi nasagot)</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>Ahensya: {comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>Mga sagot sa ulat</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>Hindi pumasa ang ulat na ito sa isang pagsusuri: huwag umasa sa mga sagot na ito.</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>Hindi naka-install dito ang talatanungang ito: ipinapakita ang mga sagot ayon sa id ng tanong.</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>Walang sagot ang ulat.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(hindi nasagot)</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>Komento o ebidensya: {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>Natanggap na ulat</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Nilo-load…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hatol</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ Pinagkakatiwalaan: may lagda, hindi binago, at nasa inyong listahan ng pinagkakatiwalaan ang lumagda.</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ Hindi pinagkakatiwalaan: may lagda at hindi binago, pero walang pinagkakatiwalaan ninyo ang nagpapatunay sa lumagda. Ihambing ang fingerprint sa negosyo bago ito pagkatiwalaan.</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ Walang bisa: huwag umasa sa file na ito.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Mga sagot</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Mga pagbabago</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Pagsusuri</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Lumagda</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Sistemang AI</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Talatanungan</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>Resulta (muling kinuwenta)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Iskor</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>Sinasabing oras ng paglagda</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Mga red flag</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Bakit ganito ang resulta</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>Hindi naka-install dito ang bersyong ito ng talatanungan: hindi maipapakita ang mga sagot kasama ang mga tanong nito.</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>Walang naberipikang sagot na maipapakita.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Seksyon</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(hindi nasagot)</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>Komento o ebidensya ng sumagot: {text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>Magkomento sa sagot na ito…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>Komento sa: {question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>Muling pagsumite ng ulat {id}, natanggap noong {when}.</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>Resulta: {before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Walang sagot na nagbago.</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>Dati: {before}
Ngayon: {after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}, {when}: {text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Opisyal</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>Komento sa buong ulat (opsyonal)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Katayuan</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>K&amp;omento</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>&amp;Takdang petsa (mga ibinalik na ulat)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Kasalukuyang katayuan</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>I-save ang pagsusuri</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>Nilagdaang resibo…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Kasaysayan</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(takdang petsa {date})</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>Magkomento sa isang sagot</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>Beripikahin ang isang nilagdaang ulat</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>pinagkatiwalaan mula sa view ng beripikasyon pagkatapos ihambing ang fingerprint</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>Bakit ganito ang resulta</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>Ano ang hinihingi sa inyo ng antas na ito</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>Resulta: {band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>Resulta ayon sa iskala ng talatanungan</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}: kategorya {number} sa {count} ({bands}); kabuuang iskor {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>Kategorya {number} sa {count} · kabuuang iskor {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>Kabuuang iskor: {score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Mga red flag</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Red flag</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>Mga larangan ng panganib (mas mataas na iskor, mas seryoso)</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>Mga iskor ayon sa larangan (mas mataas, mas mabuti)</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>Mga pananggalang (mas mataas, mas mabuti)</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>Unahing gawin</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>Susunod na gawin</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Kapag kaya na ninyo</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Ano ang susunod na gagawin</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>Ang inyong plano ng aksyon: lagyan ng tsek ang bawat hakbang kapag tapos na ito, at bigyan ito ng responsable at takdang petsa. Naka-save ang plano kasama ng pagtatasa at nakalimbag ito sa nilagdaang ulat.</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>&amp;Bumalik sa mga sagot</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>I-&amp;export ang nilagdaang PDF…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>Ta&amp;laan ng mga pagbabago…</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>Kailan ginawa, sinagutan, tinapos, in-export at in-upgrade ang pagtatasang ito (Alt+L)</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>Gumawa ng nilagdaang PDF na ulat na mabeberipika ng iba</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>Sine-save…</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>Hindi na-save: tingnan ang tala sa tanong</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>%n sagot ang hindi pa naka-save: sinusubukang muli</numerusform>
            <numerusform>%n sagot ang hindi pa naka-save: sinusubukang muli</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Na-save noong {time}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Katayuan ng pag-save</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>kumpleto</translation>
    </message>
    <message>
        <source>started</source>
        <translation>sinimulan</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>hindi pa sinimulan</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Mga seksyon</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>Pumili ng seksyon upang pumunta roon. Shortcut: F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Mag-restore ng backup</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>Ibalik ang datos sa kalagayan nito sa backup na ito? Wala sa na-restore na datos ang mga pagbabagong ginawa mula noon, pero itatago muna bilang kopya ang kasalukuyang datos.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>I-restore</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Pangkalahatan</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Gaya ng sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Maliwanag</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Madilim</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Mataas na contrast</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation>Ang wika ng app. Nagbabago agad.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Laki ng teksto</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>Pinalalaki ang lahat ng teksto</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Mga kulay</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>Maliwanag, madilim o mataas na contrast; nagbabago agad</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ang inyong datos</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>Nakatago ang lahat ng inyong inilalagay sa folder na ito sa computer na ito, at wala nang iba pang lugar:</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Folder ng datos: {folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Buksan ang folder ng datos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Mga backup</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>Gumagawa ng backup araw-araw na ginagamit ninyo ang app at bago ang bawat update. Kopyahin paminsan-minsan ang folder ng mga backup sa isang USB stick.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Mga backup, pinakabago muna</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Pumili ng backup na ire-restore</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Mag-backup ngayon</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Buksan ang folder ng mga backup</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>I-restore ang napiling backup…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tungkol sa app</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version}. Gumagana nang offline; hindi kailanman nagpapadala ng datos saanman. Binuo gamit ang mga library at font na ito, sa ilalim ng kanilang mga lisensya:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Kahit saan</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Habang sumasagot</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Simula</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Ang listahang ito ng mga keyboard shortcut</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Magsimula ng bagong pagtatasa</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Bumalik sa listahan ng mga pagtatasa</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>Mga setting: wika, laki ng teksto, mga backup</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>Umalis (nagtatanong muna kung may hindi naka-save na sagot)</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Susunod / nakaraang control</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + titik na may salungguhit</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>Ang button o field na may titik na iyon</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>Maghanap sa mga pagtatasa</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>Mag-import ng file ng mga sagot</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Buksan ang napiling pagtatasa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation>Ilipat sa basurahan ang napiling pagtatasa (maaaring i-undo)</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>Susunod na seksyon (Tapusin sa huli)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Nakaraang seksyon</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter (sa isang pagpipilian)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Susunod na seksyon</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>Pumunta sa listahan ng mga seksyon</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Mga arrow key</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>Lumipat sa pagitan ng mga opsyon ng isang tanong</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>Pumili ng opsyon; ipakita o itago ang &quot;Bakit namin itinatanong&quot;</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>Ang pansamantalang resulta sa ngayon</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Mga keyboard shortcut</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>Lahat ng bagay sa AISafe Desktop ay magagawa gamit ang keyboard. Ipinapakita rin ng mga button ang kanilang shortcut sa tooltip.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Mga key</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ano ang ginagawa nito</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>Nakabukas na</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>Nakabukas na ang AISafe Desktop sa ibang window na may parehong datos. Lumipat sa window na iyon, o isara ito at simulan muli ang app.</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>Mas bagong datos</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>Na-save ang inyong datos ng mas bagong bersyon ng AISafe Desktop. Hindi ito binago. I-install ang bersyong iyon (o mas bago pa) upang mabuksan ito.</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>Sira ang datos</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>Sira ang file ng datos at hindi ito mabuksan. Hindi ito binago. I-restore ang pinakabagong backup ({backup})? Itatago bilang kopya ang sirang file.</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>Sira ang file ng datos at walang nakitang backup. Hindi ito binago. Pakikontak ang inyong IT support; matitingnan nila ang file sa folder ng datos.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Hindi mabuksan ang inyong datos</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>I-restore ang backup</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>Pinagkakatiwalaan: nilagdaan ng isang pinagkakatiwalaan ninyo, at hindi binago</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>Nilagdaan ang {file} ng isang lumagda na nasa inyong listahan ng pinagkakatiwalaan at hindi ito binago mula noon. Ibinibigay ng mga sagot sa loob ang resultang nakasaad dito.</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>HINDI PINAGKAKATIWALAAN: hindi binago, pero wala ang lumagda sa inyong listahan ng pinagkakatiwalaan</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>Hindi binago ang {file} mula nang lagdaan ito. Pero kahit sino ay makagagawa ng key na may anumang pangalan: bago ito pagkatiwalaan, ihambing sa lumagda sa pamamagitan ng telepono ang fingerprint sa ibaba.</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>Huwag umasa sa ulat na ito</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>Hindi binago ang {file}, pero hindi katanggap-tanggap ang sertipiko ng lumagda nito: {reason}.</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>binawi na ito</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>wala itong bisa sa sinasabing oras ng paglagda</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>hindi ito maaaring gamitin sa paglagda ng mga dokumento</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>tinanggihan ang certificate chain nito</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>Nasa inyong listahan ng pinagkakatiwalaan</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>Wala sa inyong listahan ng pinagkakatiwalaan</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>Lumagda: {signer}
Organisasyon: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Sinasabing oras ng paglagda: {when} (ayon sa sariling orasan ng lumagda)
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>Pagkatiwalaan ang lumagdang ito?</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>Tawagan si {signer} ({organisation}) sa numero ng teleponong alam na ninyo — hindi mula sa ulat na ito — at hilingin na basahin nila nang malakas ang kanilang fingerprint. Pagkatiwalaan lamang sila kung eksaktong ito:

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>Ipapakita na bilang pinagkakatiwalaan ang bawat ulat na lalagdaan ng key na ito. Maaari ninyo itong alisin sa Mga setting → Mga pinagkakatiwalaang lumagda at ahensya.</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>Magkatugma: pagkatiwalaan ang lumagdang ito</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>CA ng ahensya (pinagkakatiwalaan ang bawat sertipikong inisyu nito)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Lumagda</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>(kilala lamang sa fingerprint)</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>Idinagdag noong {when} ni {who}</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>Revocation list ng {when}</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Pagkatiwalaan ang isang sertipiko</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>Mga sertipiko at revocation list (*.pem *.crt *.cer *.der *.crl);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Itigil ang pagtitiwala</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>Itigil ang pagtitiwala sa {name}? Mabeberipika na ang mga ulat nito bilang HINDI PINAGKAKATIWALAAN.</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>Mga pinagkakatiwalaang lumagda at ahensya</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>Ang mga ulat mula sa mga lumagdang ito, o may sertipiko mula sa mga CA ng ahensyang ito, ay nabeberipika bilang pinagkakatiwalaan. Ipinapakita bilang HINDI PINAGKAKATIWALAAN ang mga ulat ng iba, anuman ang nakasulat na pangalan.</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>Magdagdag ng sertipiko o revocation list…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>Itigil ang pagtitiwala…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>May naka-install na mas bagong bersyon ng talatanungang ito ({new}); bersyon {old} ang gamit ng pagtatasang ito.</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>I-upgrade sa bersyon {version}…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>Bagong tanong</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Inalis</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>Ibang uri ng sagot</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>Ibang mga pagpipiliang sagot</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Binago ang pananalita</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — ang inyong sagot: {answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>nagbago ang tanong: tiyaking tama pa rin ang inyong sagot</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — isang bagong tanong</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>ibang uri ng sagot na ang tinatanggap nito</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — hindi na angkop ang inyong sagot ({answer}): {why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — mananatili sa kasaysayan ang inyong sagot ({answer})</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>I-upgrade sa bersyon {version}</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>Talatanungang {questionnaire}: bersyon {old} → {new}. Nananatili ang bawat sagot at ang kasaysayan nito; walang magbabago hangga&apos;t hindi ninyo pinipili ang I-upgrade.</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>Ano ang nagbago sa talatanungan ({count})</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>Walang tanong na nagbago.</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>Mga sagot na madadala ({count})</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>Walang sagot na madadala.</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>Mga tanong na kailangan ng bagong sagot ({count})</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>Wala: angkop pa rin ang bawat sagot.</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>Mga sagot sa mga inalis na tanong ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Wala.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>I-upgrade</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>Beripikahin ang isang nilagdaang ulat</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>Pagkatiwalaan ang lumagdang ito…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>Ipakita ang mga sagot…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>Huwag umasa sa ulat na ito</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>Bumagsak ang {file} sa kahit isang pagsusuri sa ibaba. Maaaring binago ito pagkatapos lagdaan, o hindi ito ulat ng AISafe.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>Mga pagsusuri: %n ang hindi pumasa</numerusform>
            <numerusform>Mga pagsusuri: %n ang hindi pumasa</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>Mga pagsusuri: walang hindi pumasa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Hindi pumasa</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Hindi nasuri</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Pumasa</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>Hindi mabuksan ang file: hindi ito umiiral o hindi ito pinapayagang basahin.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Ang file ay hindi PDF na dokumento.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>Sira ang file o hindi ito PDF na nababasa ng AISafe Desktop.</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>{size} byte ang file; tinatanggihan ang mga ulat na mas malaki sa {limit} byte.</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>Ang isang bahagi ng file ay lumalaki nang higit sa {limit} byte kapag in-unpack; tinatanggihan ang file.</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>Higit sa {limit} pahina ang file; tinatanggihan ang file.</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>Higit sa {limit} panloob na object ang file; tinatanggihan ang file.</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>Na-save nang {count} ulit ang file (ang limitasyon ay {limit}); tinatanggihan ito.</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>Ang panloob na istruktura ng file ay nakapatong nang higit sa {limit} antas; tinatanggihan ito.</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>May tinutukoy ang file sa labas nito ({what}); tinatanggihan ang ganitong mga file.</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>Walang lagda ang file.</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>Dapat eksaktong isang lagda ng AISafe ang dala ng file; mayroon itong {count}.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>Binago ang file pagkatapos itong lagdaan: hindi tugma ang lagda sa nilalaman nito.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>Hindi sakop ng lagda ang buong file: may idinagdag sa paligid nito.</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>May idinagdag pagkatapos lagdaan: {what}.</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>Wala sa file ang mga nilagdaang sagot (answers.json).</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>Higit sa isang beses na nakapaloob sa file ang answers.json.</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>Sira ang mga nakapaloob na sagot (answers.json) o nakatago sa hindi kilalang paraan.</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>Lumalaki nang higit sa {limit} byte ang mga nakapaloob na sagot kapag in-unpack; tinatanggihan ang mga ito.</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>Ang mga nakapaloob na sagot ay hindi nababasang JSON na teksto.</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>May mali sa mga nakapaloob na sagot sa {path}: {problem}.</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>Hindi naka-install dito ang talatanungang {questionnaire}; idagdag ang file nito upang muling masuri ang mga sagot.</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>Hindi eksaktong sinasabi ng mga nakapaloob na sagot kung aling file ng talatanungan ang ginamit (walang SHA-256).</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>Iba ang talatanungang naka-install dito sa ginamit sa paggawa ng ulat.</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>Lumalabag ang mga nilagdaang sagot sa mga tuntunin ng talatanungan: {problems}.</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>May mga kinakailangang tanong na hindi nasagot ({questions}) pero hindi minarkahang hindi kumpleto ang ulat.</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>Iba ang resultang nakasaad sa mga sagot ({stated}) sa resulta ng muling pagkuwenta ng iskor ({rescored}).</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>{stated} ang nakasaad sa mga pahina, {rescored} ang ibinibigay ng mga nilagdaang sagot.</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>Hindi mabasa ang teksto ng mga pahina ng ulat upang ihambing ito sa mga sagot.</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>nabasa ang estruktura ng PDF</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>isang lagda</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>tugma ang mga nilagdaang byte sa lagda</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>sakop ng lagda ang buong file</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>walang idinagdag pagkatapos lagdaan</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>binasa ang {attachment} mula sa nilagdaang rebisyon</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>may inaasahang mga field, uri at laki ang answers.json</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>naka-install dito ang {questionnaire}</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>parehong SHA-256 sa ginamit para sa ulat</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>wasto ang bawat sagot para sa talatanungan</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>wasto ang bawat sagot para sa talatanungan; may markang HINDI KUMPLETO ang ulat: {count} kinakailangang tanong ang hindi nasagot</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>“{band}” ({score}) ang resulta ng muling pagkuwenta ng iskor, gaya ng nakasaad</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>nakasaad sa pabalat at buod ang resulta ng muling pagkuwenta</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>umaabot ang chain ng sertipiko sa {anchor}, na pinagkakatiwalaan ninyo</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>walang laman ang inyong listahan ng pinagkakatiwalaan: hindi ninyo kilala ang lumagda</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>wala ang lumagdang {fingerprint} sa inyong listahan ng pinagkakatiwalaan at walang CA na pinagkakatiwalaan ninyo ang nag-isyu ng sertipiko nito</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>binawi na ang sertipiko ng lumagda (o ng nag-isyu nito)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>hindi wasto ang sertipiko ng lumagda sa sinasabing oras ng paglagda (wasto mula {start} hanggang {end})</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>hindi pinapayagang lumagda ng mga dokumento ang sertipiko ng lumagda (key usage)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>tinanggihan ang chain ng sertipiko ng lumagda</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>hindi mabasa ang lumagda</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>pagbabago sa impormasyon ng dokumento (gaya ng pamagat nito) o sa datos ng pagpapatunay</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>mga napunang field ng form</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>mga komento o marka sa mga pahina</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>mga pagbabago sa nilalaman ng dokumento</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>isang aksyon na uring {target}</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>isang link sa {target}</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>ang file na {target}</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>isang file specification sa pamamagitan ng URL</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>stream data na nakatago sa ibang file</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>isang pahinang in-import mula sa ibang file</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>%n sa {total} seksyon ang tapos na</numerusform>
            <numerusform>%n sa {total} seksyon ang tapos na</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>%n tanong ang nasagot sa {total} na nalalapat sa ngayon</numerusform>
            <numerusform>%n tanong ang nasagot sa {total} na nalalapat sa ngayon</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>Dahil sa ilang sagot, may karagdagang tanong na nalalapat, kaya maaaring dumami ang mga tanong habang sumasagot kayo.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Tapusin</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Susu&amp;nod</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>Tingnan ang resulta (Alt+Right)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>Susunod na seksyon (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bumalik</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>Nakaraang seksyon (Alt+Left)</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>Paano ito binibilang?</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>Re&amp;sulta sa ngayon</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>Tingnan ang pansamantalang resulta ng mga sagot na naibigay na (Alt+S)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>Password ng database ng inbox</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>Password para sa {where} (itatago lamang para sa session na ito):</translation>
    </message>
</context>
</TS>
