<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tet">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>Seidauk rai. Saida mak Ita hakerek rai iha ne&apos;e no aplikasaun kontinua koko atu rai.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Remata ona</translation>
    </message>
    <message>
        <source>Done: {recommendation}</source>
        <translation>Remata ona: {recommendation}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsavel</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>Responsavel ba: {recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>Se mak sei garante katak pasu ne&apos;e halo duni</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data limite</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>Data limite ba: {recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>Data ne&apos;ebé hakerek YYYY-MM-DD, ez. 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>Pontu planu asaun nian</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>Títulu</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kestionáriu</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Sistema AI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estadu</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultadu</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Mudansa ikus</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Iha prosesu</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Kompletu</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Relatóriu esporta ona</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>La iha</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Rai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Taka</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sin</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Lae</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation>Hala&apos;o hela…</translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation>Rai ona pedidu {file}. Haruka ba ajénsia.</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>Instala ona sertifikadu husi {issuer}. Agora Ita-nia relatóriu sira lori sertifikadu ne&apos;e.</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>Kria ona CA {file}. Fó {certificate} ba verifikadór ida-idak; nia impresaun dijitál mak {fingerprint}.</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>Emite ona {file} ba {subject}, númeru seriál {serial}.</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>Revoga ona {serial} ({subject}). Hakerek lista revogasaun foun ida no fó ba verifikadór sira.</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>Rai ona lista revogasaun {file} ({count} revoga ona).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraze-pase</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>Fraze-pase husi {file}:</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>Identidade asinatura (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>Identidade ida ne&apos;ebé?</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Rai pedidu</translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation>Pedidu sira (*.csr)</translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation>Sertifikadu husi ajénsia</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>Sertifikadu sira (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>Rai arkivu CA</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>Pedidu atu asina</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Arkivu CA</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>Válidu ba (loron):</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Rai sertifikadu</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>Sertifikadu sira (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoga</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>Númeru seriál husi sertifikadu atu revoga:</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>Rai lista revogasaun</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>Lista revogasaun (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>Sertifikadu husi ajénsia ida</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>Ajénsia ida bele garante Ita-nia identidade dala ida, ba Ita-nia relatóriu hotu: haruka pedidu ida ba ajénsia, depois instala sertifikadu ne&apos;ebé ajénsia fó fali.</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>Husu sertifikadu…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>Instala sertifikadu…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>Autoridade sertifikasaun ajénsia nian</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>Ba funsionáriu ajénsia: emite sertifikadu ba negósiu sira ne&apos;ebé Ita rejista, no revoga sira. Rai arkivu CA no nia rejistu offline no halo kópia seguransa.</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>Kria CA…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>Emite sertifikadu…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>Revoga sertifikadu…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>Hakerek lista revogasaun…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>Kria ona</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Hatán ona</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Komentáriu muda ona</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importa ona</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Atualiza ona</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Kompleta ona</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Relatóriu esporta ona</translation>
    </message>
    <message>
        <source>to version {version}</source>
        <translation>ba versaun {version}</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Rejistu mudansa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bainhira</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Saida</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Husi</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Seidauk iha mudansa.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Esporta hanesan CSV…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Esporta rejistu mudansa</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arkivu CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>Arkivu bele lee</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>Iha asinatura ida de&apos;it</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>Asinatura la estraga</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>Asinatura kobre arkivu tomak</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>La iha mudansa ida depois asina</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>Resposta sira tau hamutuk</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>Asinante iha Ita-nia lista fiar</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>Resposta sira ne&apos;ebé tau hamutuk bele lee</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>Kestionáriu instala ona iha ne&apos;e</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>Testu kestionáriu nian hanesan</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>Kalkula fali pontuasaun fó rezultadu ne&apos;ebé hakerek</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>Resposta sira tuir regra kestionáriu nian</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>Pájina sira hatudu rezultadu hanesan ho resposta ne&apos;ebé asina</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>Resposta seidauk rai</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>Resposta %n seidauk bele rai. Rai agora, ka taka no soe sira?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>Soe resposta %n no taka</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>Koko rai fali</translation>
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
        <translation>Kamboja</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonézia</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>Laos (RDP Lao)</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malázia</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailándia</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Vietname</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation>Kria autoridade sertifikasaun ajénsia nian</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>Naran CA</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizasaun</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Nasaun (letra rua)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraze-pase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Fraze-pase dala ida tan</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Hili fraze-pase ho pelumenus karakter {n}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Fraze-pase rua la hanesan. Hakerek fali.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>Hakerek Ita-nia naran no organizasaun nia naran.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Hili fraze-pase ho pelumenus karakter {n}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Fraze-pase rua la hanesan. Hakerek fali.</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>Identidade asinatura foun</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>Identidade asinatura permite Ita asina Ita-nia relatóriu sira, para ajénsia bele verifika se mak haruka no katak la iha mudansa. Ida-ne&apos;e rai iha Ita-nia pasta dadus, xave ho Ita-nia fraze-pase. Fraze-pase la bele rekupera: hakerek iha fatin seguru ida.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ita-nia naran</translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation>Ema ne&apos;ebé asina</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizasaun</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>Hatudu iha asinatura</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nasaun</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>Fatin ne&apos;ebé organizasaun hela ba</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Email (opsionál)</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>Hatudu iha sertifikadu</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraze-pase</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>Pelumenus karakter 8; presiza kada dala Ita asina</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Fraze-pase dala ida tan</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>Fraze-pase hanesan dala ida tan</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Kria</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>Painél kaixa-entrada</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sura hela…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>Esporta rezumu PDF…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredítu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultadu</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estadu revizaun</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nasaun</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setór</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kestionáriu</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>Sinál vermellu ne&apos;ebé mosu beibeik liu</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>Rekomendasaun ne&apos;ebé mosu beibeik liu</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>Simu kada fulan</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>Relatóriu %n tuir filtru tabela nian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Esporta rezumu PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>Rezumu kaixa-entrada</translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation>Rai ona rezumu iha {file}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>Seidauk define</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ohin</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>Hakerek data ohin nian</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>Favór verifika</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>Arkivu ida la bele lee ka hakerek: {reason}. Verifika katak pasta iha, katak Ita bele hakerek ba, no katak disku la nakonu, depois koko fali.</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Problema arkivu</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>Buat ruma la la&apos;o di&apos;ak iha AISafe Desktop nia laran. Ita-nia resposta sira to&apos;o agora rai ona. Ita bele kontinua, ka hahú fali aplikasaun se buat ruma la di&apos;ak.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Buat ruma la la&apos;o di&apos;ak</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>Relatóriu ida ba dezenvolvedór sira rai ona iha:
{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Loke pasta</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation>&apos;answers&apos; tenke objetu ida ne&apos;ebé liga id pergunta ba resposta</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>&apos;format&apos; tenke &quot;{expected}&quot; (hetan {found}); ida-ne&apos;e arkivu resposta AISafe ka?</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>&apos;language&apos; tenke kódigu lian ida, ezemplu &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>&apos;questionnaire&apos; tenke {shape}</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>dokumentu resposta mak objetu JSON ({shape})</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>resposta &apos;{question_id}&apos; tenke {shape}; &apos;value&apos; falta</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>resposta &apos;{question_id}&apos; tenke {shape}; xave la koñesidu {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>presiza data ne&apos;ebé hakerek YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>presiza lista valór opsaun nian, ezemplu {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>presiza númeru ida</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>presiza testu ida</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>tau opsaun ida dala rua</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>la iha pergunta ne&apos;e iha {questionnaire} {version}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>JSON la válidu: {reason} iha liña {line}, koluna {column}</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>obrigatóriu, maibé seidauk hatán</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>komentáriu husi resposta &apos;{question_id}&apos; tenke testu ida</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>arkivu la&apos;ós testu UTF-8; rai nu&apos;udar UTF-8</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>arkivu iha {size:,} bytes; dokumentu resposta limita ba {limit:,} bytes</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON iha nivel barak liu</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>xave la koñesidu: {keys}</translation>
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
        <translation>{values} la iha opsaun sira nia leet ({options})</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} liu másimu {maximum}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} ki&apos;ik liu mínimu {minimum}</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>{value} la iha opsaun sira nia leet ({options})</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop hala&apos;o hela ona (prosesu {owner}) ho pasta dadus {folder}. Taka uluk janela seluk, ka uza pasta dadus seluk.</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop hala&apos;o hela ona ho pasta dadus {folder}. Taka uluk janela seluk, ka uza pasta dadus seluk.</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>la bele kria arkivu xave {file}: {reason}. Verifika permisaun pasta nian.</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>la bele lee {database}: {reason}. La iha mudansa; koko fali.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>la bele rai iha {database}: {reason}. Mudansa ikus ne&apos;e la rai; buat hotu ne&apos;ebé rai molok ne&apos;e seguru. Hamoos espasu disku balu ka verifika katak pasta bele hakerek, depois koko fali.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>la bele rai iha {database}: {reason}. Mudansa ikus ne&apos;e la rai; buat hotu ne&apos;ebé rai molok ne&apos;e seguru. Baze dadus okupadu kleur liu; koko fali.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>{database} estraga ({detail}). La iha mudansa ba nia. La hetan kópia seguransa di&apos;ak ida.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>{database} estraga ({detail}). La iha mudansa ba nia. Kópia seguransa di&apos;ak ikus mak {backup}; restaura nia.</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>{database} hakerek husi versaun foun liu AISafe Desktop nian (skema {revision}). La iha mudansa ba nia. Instala fali versaun foun, ka uza pasta dadus seluk.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>&apos;{country}&apos; la&apos;ós estadu membru ASEAN; uza ida husi {countries}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>&apos;{email}&apos; la hanesan enderesu email (name@example.org)</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>avaliasaun {assessment_id} iha lixu; restaura uluk atu muda nia</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>la bele kria pasta dadus {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>la bele loke baze dadus {database}: {reason}. La iha mudansa ba nia.</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>la bele lee {file}: {reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>fó naran ba sistema AI</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>fó títulu ba avaliasaun</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>hakerek organizasaun nia naran</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>títulu tenke menus husi karakter 200</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>naran responsavel tenke menus husi karakter {limit}</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>hakerek data limite hanesan YYYY-MM-DD, ez. 2027-03-31 (hetan {value})</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>la iha kestionáriu &apos;{questionnaire}&apos; ne&apos;ebé instala (iha: {known}); fó dalan ba nia arkivu YAML</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>la iha kestionáriu &apos;{questionnaire}&apos; versaun {version} ne&apos;ebé instala (iha: {known}); fó dalan ba nia arkivu YAML</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>hatete fatin atu rai identidade (arkivu saída ka pasta dadus)</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>resposta sira ba {questionnaire} {version}, la&apos;ós {expected} {expected_version}; hili kestionáriu ne&apos;ebé loos</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>seidauk bele esporta resposta sira: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>seidauk bele esporta resposta sira: {problems} (no {more} tan)</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>la bele importa resposta sira: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>la bele importa resposta sira: {problems} (no {more} tan)</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>resposta sira fó ba testu seluk husi {questionnaire} (SHA-256 {sha256}); tau arkivu kestionáriu ne&apos;e iha pasta questionnaires iha pasta dadus no koko fali</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>kestionáriu {questionnaire} seidauk instala; tau nia arkivu YAML iha pasta questionnaires iha pasta dadus no koko fali</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>kópia ne&apos;ebé rai husi {questionnaire} {version} la bele karrega tan: {problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>kestionáriu ne&apos;ebé rai {sha256}… la iha baze dadus; restaura kópia seguransa ida</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>testu iha karakter ne&apos;ebé la&apos;ós testu válidu (UTF-16 surrogate la iha pár)</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>entrada fiar {entry} la&apos;ós impresaun dijitál SHA-256 (díjitu heksadesimál 64) no la&apos;ós arkivu sertifikadu</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>la iha sistema AI {ai_system_id}</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>la iha avaliasaun {assessment_id}</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>kópia seguransa automátika ohin nian la bele halo iha {folder}: {reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>lian la koñesidu &apos;{language}&apos; (koñesidu: {known})</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>{backup} estraga ka la&apos;ós baze dadus ({problem})</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>{backup} la&apos;ós kópia seguransa AISafe Desktop nian</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>{backup} halo husi versaun foun liu AISafe Desktop nian</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>{backup}: arkivu la iha</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>pergunta obrigatória {count} seidauk iha resposta: {questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>pergunta obrigatória {count} seidauk iha resposta: {questions} no {more} tan</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>{database} la&apos;ós baze dadus AISafe Desktop nian; la iha mudansa ba nia. Hasai nia ka uza pasta dadus seluk.</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>{file} la iha arkivu sertifikadu iha nia sorin; fó fraze-pase</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>{file} la&apos;ós kestionáriu válidu: {problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>{file} la&apos;ós kestionáriu válidu: {problems} (no {more} tan)</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: arkivu la iha</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>{new} la&apos;ós versaun husi {old}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>arkivu fonte (font) ne&apos;ebé mai hamutuk la iha: {file}; instala fali AISafe Desktop</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>la bele kria identidade: {problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>la bele hasai resposta sira: {reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>la bele lee arkivu identidade {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>la bele lee {source}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>la bele hakerek {file}: {reason}</translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation>hili fraze-pase ida: xave privadu nunka rai la ho enkriptasaun</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>nasaun {country} la&apos;ós kódigu ISO letra rua, ezemplu MY, TH ka VN</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>email {email} la hanesan name@example.org</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>asinatura la susesu: {reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>fonte (font) sira ne&apos;ebé mai hamutuk la iha {folder}; instala fali AISafe Desktop</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>organizasaun mamuk</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>fraze-pase la loke {source}; verifika no koko fali (fraze-pase diferensia letra boot no ki&apos;ik)</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>relatóriu ne&apos;ebé prodús la&apos;ós PDF ne&apos;ebé bele lee: {reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>la bele halo layout relatóriu: {reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>relatóriu la tuir PDF/A-3b: {problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>byte range asinatura nian liu arkivu nia rohan</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>byte range asinatura nian la loos</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>naran asinante mamuk</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>{file} iha ona; hili naran arkivu seluk</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>{source} la iha xave privadu ka sertifikadu; esporta fali inklui xave</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>{source} iha {kind}; xave RSA no EC de&apos;it mak bele asina relatóriu</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>{source} la&apos;ós sertifikadu X.509 PEM ka DER</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{source} la&apos;ós arkivu PKCS#12 (.p12/.pfx)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>testu ida</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>númeru ida</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista ida</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objetu ida</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>buat seluk</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>testu ka númeru</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>testu, númeru ka lista</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>resposta ida</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>testu, númeru ka lista testu</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} la&apos;ós númeru ne&apos;ebé JSON permite</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>presiza true ka false, hetan {kind}</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>presiza {what}, hetan {kind}</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>presiza null, hetan {kind}</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>kampu hanesan mosu dala rua</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} bytes, liu {limit:,}</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>presiza &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>presiza testu ida, hetan {kind}</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>testu iha karakter {length:,}, liu {limit:,}</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>testu la iha forma ne&apos;ebé presiza</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>presiza númeru ida, hetan {kind}</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>númeru la&apos;ós valór finitu no razoável</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>númeru {value} la iha {low}–{high} nia laran</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>presiza lista ida, hetan {kind}</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>lista iha elementu {count:,}, liu {limit:,}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>presiza objetu ida, hetan {kind}</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>entrada {count:,}, liu {limit:,}</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>id ida</translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation>testu ka objetu</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>la&apos;ós testu UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation>JSON la válidu (liña {line})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>nivel barak liu</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>kampu la koñesidu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>Disku nakonu: hamoos {megabytes} MB iha disku husi {folder}, depois koko fali. Buat ida la lakon: buat hotu ne&apos;ebé rai uluk seguru.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>Restaurasaun husi {backup} para molok muda buat ruma; Ita-nia dadus hanesan uluk.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>Restaurasaun husi {backup} para iha dalan; agora remata ona. Dadus ne&apos;ebé Ita iha uluk rai iha {kept}.</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>restaurasaun kópia seguransa ida para iha dalan no nia jornál {journal} la bele lee ({error}). La iha mudansa; Ita-nia dadus iha {folder}.</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>restaurasaun ne&apos;ebé para iha dalan husik kópia estraga ida {staging} ({problem}). Ita-nia dadus uluk iha {kept}.</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>restaurasaun ne&apos;ebé para iha dalan la husik baze dadus ida. Ita-nia dadus uluk iha {kept}; kópia seguransa mak {backup}.</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>la bele lee {database} ({problem}). La iha mudansa ba nia. Verifika katak pasta bele lee no disku la nakonu, depois koko fali.</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>kópia seguransa la bele hakerek ba {folder}: {error}. Ita-nia dadus la muda.</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>la bele halo layout resibu revizaun: {detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>resibu revizaun la iha fatin ba asinatura</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>la bele halo layout rezumu: {detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>submisaun ida ne&apos;ebé {old} la bele sai {new}</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>submisaun {id} muda husi {who} bainhira Ita haree hela; buat ida la hakerek sobu. Loke fali atu haree mudansa.</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>la iha submisaun {id} iha kaixa-entrada</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>{url} la&apos;ós URL baze dadus ne&apos;ebé aplikasaun ne&apos;e bele uza</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>kaixa-entrada {url} hakerek husi versaun foun liu AISafe Desktop nian (skema {revision}); la iha mudansa ba nia. Instala versaun foun.</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>la bele hakerek kaixa-entrada {url}: {detail}. Buat ida husi asaun ne&apos;e la rai; hamoos espasu disku balu ka koko fali.</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>kaixa-entrada {url} la permite utilizadór {user} atu halo ida-ne&apos;e; la iha buat ida muda. Husu ba administradór kaixa-entrada nian atu fó direitu ofisiál nian (docs/inbox.md).</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>kaixa-entrada presiza arkivu baze dadus, la&apos;ós {url}</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>kaixa-entrada servisu ho SQLite ka PostgreSQL, la&apos;ós {url}</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>la bele to&apos;o baze dadus kaixa-entrada {url} ({detail}). Verifika naran no portu servidór nian, katak servidór la&apos;o hela no simu ligasaun husi komputadór ne&apos;e, no naran utilizadór no liafuan-pase.</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>kampu resibu nian {path} tenke testu ho karakter {limit} másimu</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>dadus resibu nian la&apos;ós testu JSON</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>arkivu la&apos;ós resibu revizaun ({expected})</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>relatóriu, kestionáriu ka komentáriu resibu nian falta ka la loos</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>resibu la temi SHA-256 husi arkivu ne&apos;ebé revee</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>data sira iha resibu la hakerek YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>komentáriu {index} resibu nian la loos</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>resibu ne&apos;e kona-ba relatóriu ida ne&apos;ebé komputadór ne&apos;e la esporta (SHA-256 {sha256}); importa nia iha komputadór ne&apos;ebé halo relatóriu</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>arkivu boot liu atu sai resibu revizaun</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>arkivu la&apos;ós PDF</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>la bele fiar resibu ne&apos;e: {reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — Ita hakarak dehan &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>. Xave ne&apos;ebé permite iha {what}: {keys}.</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> Ita hakarak dehan &apos;{guess}&apos; ({language})?</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> Ita hakarak dehan &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>no {count} tan</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>kategoria {band}, pontuasaun {score}, la iha sinál vermellu</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>kategoria {band}, pontuasaun {score}, sinál vermellu: {flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>la iha kategoria rezultadu</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>kategoria barak ({bands})</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>la iha sinál vermellu</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>sinál vermellu: {flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>la iha pontuasaun totál</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>pontuasaun totál {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}, {score} / 100, sinál vermellu: {flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}, {score} / 100, la iha sinál vermellu</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>resposta ba &apos;{question}&apos; iha karakter ne&apos;ebé la iha fonte (font) ida ne&apos;ebé mai hamutuk mak bele hatudu ({characters}); relatóriu hatudu {replacement} iha sira-nia fatin</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>identidade ne&apos;e iha xavi {key_type}: asinatura válidu, maibé asinatura hanesan ne&apos;e halo arkivu sai PDF 2.0, nune&apos;e nia la&apos;ós ona PDF/A-3b (formatu arkivu); uza identidade RSA atu mantein PDF/A</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>--days tenke entre 1 no {most}, la&apos;ós {days}</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>la bele kria autoridade sertifikasaun: {problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>la bele lee rejistu CA {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>la bele lee Ita-nia lista fiar iha {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>la bele lee {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>la bele hakerek rejistu CA {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>la bele hakerek {path}: {reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>rejistu CA {path} estraga ({detail}); restaura husi Ita-nia kópia seguransa</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>rejistu CA {path} boot liu</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>sertifikadu iha {source} la válidu ohin (válidu husi {start} to&apos;o {end})</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>sertifikadu iha {source} la bele asina dokumentu (key usage)</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>rejistu {path} pertense ba CA seluk ({other})</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>nota naruk liu karakter {most}</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>rejistu CA ne&apos;e nian la iha sertifikadu ho númeru seriál {serial}</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>identidade ne&apos;e la&apos;ós arkivu autoridade sertifikasaun</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>{file} LA VÁLIDU: {reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>{file} LA FIAR (UNTRUSTED): {reason}. Fiar uluk asinante, ka permite asinante ne&apos;ebé la fiar</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>{fingerprint} fiar ona nu&apos;udar CA</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>{fingerprint} la iha Ita-nia lista fiar</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>{path} mak identidade asinatura, la&apos;ós arkivu autoridade sertifikasaun</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>{path} boot liu atu sai sertifikadu ka CRL</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>{path} boot liu atu sai pedidu ka sertifikadu</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>{serial} la&apos;ós númeru seriál (heksadesimál, hanesan detalle identidade nian hatudu)</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>{source} la fó naran iha nia subject</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>{source} la fó organizasaun iha nia subject</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>{source} la iha sertifikadu X.509 ne&apos;ebé bele lee (PEM ka DER)</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>{source} estraga: nia asinatura la kombina ho nia xave</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>{source} la&apos;ós sertifikadu ba xave iha {identity}</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>{source} la&apos;ós pedidu sertifikadu (PKCS#10, PEM ka DER)</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>{source} la&apos;ós lista revogasaun sertifikadu (CRL, PEM ka DER)</translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation>{source} la&apos;ós ba xave RSA ka EC</translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation>{source} tuan liu CRL ne&apos;ebé rai ona ba {ca}</translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation>{source} la asina husi CA iha Ita-nia lista fiar; aumenta uluk sertifikadu CA nian</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{text} la&apos;ós impresaun dijitál SHA-256 (díjitu heksadesimál 64)</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>{value} la&apos;ós impresaun dijitál SHA-256, sertifikadu ka arkivu CRL</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>Ita seidauk iha identidade asinatura: hili Foun… atu kria ida.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Rai relatóriu nu&apos;udar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arkivu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>Hili identidade ida no hakerek nia fraze-pase.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Halo hela relatóriu…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>Relatóriu asinadu rai ona nu&apos;udar {file}.
Impresaun dijitál asinante nian (SHA-256), ba ajénsia: {fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Taka</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Favór nota:</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>Fraze-pase ne&apos;e la loke identidade ne&apos;e. Hakerek fali.</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>Esporta PDF asinadu</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>Relatóriu asina ho Ita-nia identidade, para ajénsia bele verifika se mak haruka no katak la iha mudansa. Ita-nia resposta sira la&apos;o iha PDF nia laran.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identidade asinatura</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>Asinatura se nian mak relatóriu lori</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraze-pase</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>Fraze-pase husi identidade ne&apos;ebé hili</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Lian relatóriu</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>Lian ne&apos;ebé uza atu hakerek relatóriu</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Rai nu&apos;udar</translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation>Fatin ne&apos;ebé rai arkivu PDF</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Foun…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>Kria identidade asinatura foun</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>Importa arkivu .p12 ka .pfx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Hili…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Loke pasta</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>Muda avaliasaun ne&apos;ebé esporta ona?</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>Avaliasaun ne&apos;e esporta ona nu&apos;udar PDF asinadu. Se Ita muda resposta ida, PDF sei la kombina tan ho resposta sira ne&apos;ebé rai iha ne&apos;e, no rezultadu sai provizóriu to&apos;o Ita remata fali. Rejistu PDF ne&apos;ebé esporta sei rai nafatin.

Atu husik resposta ne&apos;ebé esporta hanesan sira iha, servisu iha kópia ida.</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>Muda resposta sira</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>Servisu iha kópia ida</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Husik hanesan ne&apos;e</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>Favór hakerek organizasaun nia naran, ka hili &apos;Liu uluk&apos;.</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>Bemvindu ba AISafe Desktop</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>Aplikasaun ne&apos;e ajuda Ita halo autoavaliasaun ba sistema AI ida ne&apos;ebé Ita-nia organizasaun uza ka harii: saida mak bele la&apos;o aat, saida mak Ita halo ona kona-ba ida-ne&apos;e, no saida mak atu halo tuir mai. Ita hatán pergunta simples; Ita bele para bainhira de&apos;it no kontinua fali depois.</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>Buat hotu ne&apos;ebé Ita hatama hela iha komputadór ne&apos;e. Aplikasaun nunka liga ba internet, no Ita-nia resposta sira rai kedas bainhira Ita fó.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lian</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kontinua</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>Kona-ba Ita-nia organizasaun</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>Ida-ne&apos;e mosu iha Ita-nia relatóriu sira. Ita bele liu uluk agora no prienxe depois husi ekran inísiu.</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Liu uluk</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Rai no kontinua</translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation>Uza lian ne&apos;e ba aplikasaun</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation>Istória resposta ne&apos;e nian</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bainhira</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentáriu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Husi</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Seidauk iha mudansa.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Esporta hanesan CSV…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Esporta istória</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arkivu CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>Ita-nia organizasaun</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>Aumenta detalle Ita-nia organizasaun nian para sira mosu iha Ita-nia relatóriu sira.</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Aumenta detalle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edita</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>Edita detalle organizasaun nian</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kópia)</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>“{title}” muda ona ba lixu.</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Importa resposta</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>Resposta AISafe (*.json);;Arkivu hotu (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Avaliasaun sira</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>Buka tuir títulu, kestionáriu ka sistema AI</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Buka avaliasaun</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>Hatudu de&apos;it avaliasaun ne&apos;ebé iha testu ne&apos;e. Atallu: Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>Avaliasaun &amp;foun</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Hahú avaliasaun foun (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>Kria avaliasaun husi arkivu resposta (.json)</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Verifika PDF…</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>Verifika katak relatóriu asinadu la muda. Ita mós bele soe PDF ida ba ekran ne&apos;e.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Loke</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>D&amp;uplika</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hamoos</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>Muda ba lixu; Ita bele dezfaz ida-ne&apos;e</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dezfaz</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Seidauk iha avaliasaun</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>Hahú Ita-nia avaliasaun dahuluk: hili kestionáriu ida, hatán pergunta sira tuir Ita-nia tempu, no haree Ita-nia rezultadu ho pasu tuir mai ne&apos;ebé klaru. Ita bele para bainhira de&apos;it; resposta ida-idak rai kedas.</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>Hahú Ita-nia avaliasaun dahuluk</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation>Hanehan Enter atu loke avaliasaun ne&apos;ebé hili</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation>Importa identidade asinatura</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>Identidade asinatura (*.p12 *.pfx);;Arkivu hotu (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraze-pase</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>Fraze-pase husi {file}:</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>Rai sertifikadu</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Sertifikadu sira (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>Identidade asinatura</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>Uza atu asina Ita-nia relatóriu PDF sira. Haruka sertifikadu (la&apos;ós arkivu identidade) ba ajénsia, para ajénsia bele verifika Ita-nia relatóriu sira.</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>Ida-idak ho impresaun dijitál ne&apos;ebé ajénsia bele verifika</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>Identidade foun…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>Importa arkivu .p12 ka .pfx</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>Esporta sertifikadu…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>Rai sertifikadu públiku atu haruka ba ajénsia</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>Veredítu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estadu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizasaun</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nasaun</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setór</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kestionáriu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultadu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuasaun</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Asinante</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Fiar</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>La fiar</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>La válidu</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Foun</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Iha revizaun</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aseita</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Haruka fali</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation>Baze dadus kaixa-entrada</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>Husik enderesu mamuk atu rai kaixa-entrada iha komputadór ne&apos;e. Se ofisiál barak fahe kaixa-entrada ida, hakerek enderesu PostgreSQL ne&apos;ebé Ita-nia funsionáriu IT fó, ezemplu postgresql+psycopg://officer@db.agency.example:5432/inbox. Liafuan-pase nunka rai: Ita hakerek bainhira kaixa-entrada loke, ka Ita-nia funsionáriu IT tau iha Ita-nia arkivu .pgpass.</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>Ita-nia naran, hanesan hatudu iha istória revizaun</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>&amp;Enderesu baze dadus</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ita-nia &amp;naran</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>Uza kaixa-entrada iha komputadór ne&apos;e</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>Ida-ne&apos;e la&apos;ós enderesu baze dadus.</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>Kaixa-entrada servisu ho PostgreSQL (ka arkivu lokál ida).</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>Kaixa-entrada — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Aumenta arkivu…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Aumenta pasta…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painél</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Esporta tabela…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>Baze dadus…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Verifika fali</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>Verifika fali arkivu hotu ne&apos;ebé rai, ezemplu depois Ita fiar asinante ida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>Organizasaun, asinante, sistema AI ka arkivu</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Relatóriu sira ne&apos;ebé simu ona</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Veredítu</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tadu</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Rezultadu</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Nasaun</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>S&amp;etór</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Kestionáriu</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Husi</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>T&amp;o&apos;o</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>Loke hela kaixa-entrada…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hotu</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>La bele loke kaixa-entrada.</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>Kaixa-entrada: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>Relatóriu %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>Aumenta relatóriu ne&apos;ebé simu</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>Relatóriu PDF (*.pdf);;Arkivu hotu (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>Aumenta pasta relatóriu ida</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>%v husi %m verifika ona</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>Aumenta ona relatóriu %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>%n iha ona kaixa-entrada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>Arkivu seluk %n la tama (hakat liu)</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>kansela ona</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Esporta tabela</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Livru Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>Hakerek ona relatóriu %n ba {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>draft translation</source>
        <translation>tradusaun rascunho</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Please note</source>
        <translation>Favór nota</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kópia)</translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation>AISafe Desktop</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Loke hela Ita-nia dadus…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inísiu</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>Fila ba lista avaliasaun (Alt+Home)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Avaliasaun foun</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Hahú avaliasaun foun (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Konfigurasaun</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>Lian, tamañu testu, kópia seguransa (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atallu tekladu</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>Atallu tekladu hotu aplikasaun nian (F1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kaixa-entrada</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>Ba ajénsia sira: simu, revee no sura relatóriu ne&apos;ebé negósiu sira haruka (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegasaun</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation>Sei presiza hatán molok Ita bele remata</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>Pergunta obrigatória %n seidauk iha resposta. Hili ida atu ba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>Buat obrigatóriu hotu hatán ona</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>Hili Remata atu haree Ita-nia rezultadu.</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>Pergunta ne&apos;ebé sei presiza hatán</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>Hanehan Enter atu ba pergunta ne&apos;ebé hili</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>Arkivu kestionáriu sira-ne&apos;e iha Ita-nia pasta la bele uza molok hadi&apos;a sira:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… no {count} tan</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>Minutu {minutes} resin · Lian: {languages} · Publikadór: {publisher} · Versaun {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>(la&apos;ós kona-ba sistema ida espesífiku)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Avaliasaun foun</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>Hili kestionáriu ne&apos;ebé tuir saida mak Ita hakarak verifika. Ita bele para bainhira de&apos;it; resposta hotu rai kedas.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Títulu</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>Naran ida ne&apos;ebé Ita sei hatene iha lista, ezemplu projetu</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>Sistema AI (opsionál)</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>Hili ida, ka hakerek naran sistema AI ne&apos;ebé avaliasaun ne&apos;e ko&apos;alia kona-ba</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Lian pergunta sira nian</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>Kestionáriu hatudu iha lian ne&apos;e</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Kestionáriu sira</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>Kestionáriu sira ne&apos;ebé Ita bele uza</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Hahú</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>Númeru ida husi {low} to&apos;o {high}.</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>Númeru ida pelumenus {low}.</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>Númeru ida to&apos;o {high}.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Númeru ida.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Númeru</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>“{text}” la&apos;ós númeru. Hakerek díjitu de&apos;it, ezemplu {whole} ka {example}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>arkivu iha {size:,} byte; kestionáriu sira limitadu ba {limit:,} byte. Fahe nia ba kestionáriu balu ka hasai dadus ne&apos;ebé tau hamutuk iha laran.</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>byte 0x{byte:02x} la&apos;ós UTF-8 válidu. Rai arkivu nu&apos;udar UTF-8 (iha editór barak: &apos;Save with encoding&apos; → UTF-8).</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>testu iha ne&apos;e la&apos;ós YAML válidu ({parser}). Verifika indentasaun (espasu de&apos;it) no tau entre aspas testu sira ne&apos;ebé iha &apos;: &apos; ka &apos; #&apos;, ka ne&apos;ebé hahú ho símbolu ida.</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>&apos;: &apos; iha testu nia laran halo YAML lee parte ne&apos;ebé hela nu&apos;udar xave foun. Tau testu tomak entre aspas (text: &quot;Note: …&quot;), ka, se ida-ne&apos;e duni xave foun, halo indentasaun hanesan xave sira iha leten. (Analizadór YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>mapeamentu &apos;{{…}}&apos; la taka, ka testu ida iha laran iha &apos;: &apos; ka &apos; #&apos;. Tau testu hanesan ne&apos;e entre aspas ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) no remata mapeamentu ho &apos;}}&apos;. (Analizadór YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>lista &apos;[…]&apos; la taka, ka item ida iha &apos;: &apos; ka &apos; #&apos;. Tau item hanesan ne&apos;e entre aspas no remata lista ho &apos;]&apos;. (Analizadór YAML: {parser})</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>testu ida entre aspas nunka taka: aumenta aspas ne&apos;ebé taka (iha &quot;…&quot; nia laran hakerek aspas nu&apos;udar \&quot;, iha &apos;…&apos; nia laran nu&apos;udar &apos;&apos;). (Analizadór YAML: {parser})</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>liña ida hahú ho karakter ne&apos;ebé YAML la bele lee iha ne&apos;e (tab, ka &apos;@&apos; ka &apos;`&apos; iha testu nia hahú). Halo indentasaun ho espasu de&apos;it, no tau testu hanesan ne&apos;e entre aspas. (Analizadór YAML: {parser})</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>liña ne&apos;e la&apos;ós &apos;key: value&apos;: falta &apos;:&apos; depois xave, ka testu naruk kontinua iha liña ida ho indentasaun menus duké tenke (uza bloku &apos;&gt;-&apos; ba testu naruk). (Analizadór YAML: {parser})</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>indentasaun la hanesan ho liña sira iha leten: xave sira husi mapeamentu ida, no item &apos;- &apos; sira husi lista ida, tenke hahú iha koluna hanesan. (Analizadór YAML: {parser})</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>alias *{anchor} la iha âncora &amp;{anchor} molok nia: define uluk âncora.</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>arkivu ne&apos;e iha dokumentu YAML liu ida (&apos;---&apos;); rai kestionáriu ida de&apos;it iha arkivu ida.</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>dokumentu ne&apos;e habelar ba valór liu {limit:,} (dala barak tanba alias ne&apos;ebé refere ba alias seluk). Hakerek valór sira kompletu ka uza alias menus.</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>valór sira tau ida-iha-ida nia laran liu nivel {limit}; kestionáriu ida nunka presiza ida-ne&apos;e. Verifika indentasaun.</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>xave duplikadu {key!r}: nia fó ona iha liña {first_line}. YAML rai de&apos;it ida husi sira, entaun hasai ka troka naran ba ida.</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>la bele lee arkivu: {reason}. Verifika dalan no permisaun sira.</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>xave kombinasaun (&apos;&lt;&lt;: *anchor&apos;) la suporta iha kestionáriu: hakerek xave sira kompletu (alias &apos;*anchor&apos; mesak, nu&apos;udar valór tomak, bele uza).</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>xave &apos;{key}&apos; la koñesidu iha {where}{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>{where} tenke {expected}, la&apos;ós {found}.</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>{where} mamuk; hakerek testu.</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>etiketa (tag) {tag!r} la permite iha ne&apos;e; hakerek valór simples ida la ho &apos;!tag&apos;.</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>xave tenke liafuan simples ida, la&apos;ós lista ka mapeamentu.</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}: &apos;{combiner}&apos; tenke mesak iha nia kondisaun; tau komparasaun seluk sira iha nia laran.</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>{where} ({what}) falta xave obrigatóriu &apos;{key}&apos;. Aumenta &apos;{key}: …&apos;{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>{where} tenke iha pelumenus item {count}.</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>{where} presiza &apos;question: &lt;id pergunta&gt;&apos; atu hatete resposta ida ne&apos;ebé mak nia haree.</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>{where} presiza komparasaun ida de&apos;it ({operators}); hetan {count}. Kombina komparasaun barak ho &apos;all:&apos; ka &apos;any:&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; la permite ba {where}.{hint} Uza ida husi: {choices}.</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>{where} mak {value}; nia tenke {bound}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>&apos;{key}&apos; aplika de&apos;it ba pergunta númeru; pergunta &apos;{question}&apos; mak {qtype}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>&apos;{value}&apos; la&apos;ós versaun: hakerek númeru tolu, major.minor.patch, hanesan 1.0.0.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&apos;{value}&apos; iha {where} la&apos;ós identifikadór válidu; uza letra ki&apos;ik, díjitu, &apos;-&apos;, &apos;_&apos; ka &apos;.&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; la&apos;ós kódigu lian ne&apos;ebé AISafe koñese ({where}).{hint} Uza ida husi: {choices}.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>pergunta &apos;{question}&apos; mak {qtype} no la bele iha opsaun; hasai opsaun sira ka troka tipu.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>&apos;{value}&apos; mesak (la ho value: no label:) mak forma badak husi resposta yes_no; pergunta &apos;{question}&apos; mak {qtype}, entaun hakerek {{value: …, label: …}}.</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>pergunta yes_no iha de&apos;it resposta yes, no no na; &apos;{value}&apos; la&apos;ós ida husi sira. Uza single_choice ba resposta seluk.</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>pergunta {qtype} &apos;{question}&apos; presiza pelumenus opsaun rua iha &apos;options&apos; nia okos.</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>pergunta eskala &apos;{question}&apos; presiza pelumenus pontu rua iha &apos;options&apos; nia okos (valór 0, 1, …, ida-idak ho etiketa).</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>pontu eskala sira mak númeru tomak (0, 1, 2 …); &apos;{value}&apos; la&apos;ós númeru tomak.</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>{what} iha min {minimum} boot liu (ka hanesan) max {maximum}; troka sira nia fatin.</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>pontu sira husi pergunta eskala &apos;{question}&apos; mak {points}; fó númeru 0, 1, 2 … (ka 1, 2, 3 …) la ho falta (falta: {missing}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}: &apos;{fragment}&apos; hanesan parte ikus husi testu ida ne&apos;ebé koto iha &apos;,&apos; ka &apos;?&apos; ne&apos;ebé la iha aspas. Tau testu ne&apos;e entre aspas: {key}: &quot;…, …&quot;.</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>{what} &apos;{value}&apos; uza dala rua (dahuluk iha liña {first_line}); {what} ida-idak tenke úniku. Troka naran ba ida.</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>{where} la iha testu iha {missing}; aumenta {add}.</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>{where} mak testu simples, maibé arkivu deklara {languages}; hakerek nia nu&apos;udar mapeamentu ho testu ida ba lian ida-idak ({add}).</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>{where} iha testu iha {extra}, ne&apos;ebé la iha languages; aumenta kódigu ba languages ka hasai testu ne&apos;e.</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>testu {count} la iha testu &apos;{code}&apos;{found} — ida-ne&apos;e mai husi languages (liña {line}); hadi&apos;a uluk ne&apos;ebá.</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>default_language &apos;{value}&apos; la iha languages ({languages}); aumenta nia iha ne&apos;ebá.</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>kondisaun refere ba pergunta &apos;{question}&apos;, ne&apos;ebé la eziste{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>pergunta &apos;{question}&apos; la iha opsaun &apos;{value}&apos;; nia opsaun sira mak {options}.</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>kondisaun husi {owner} ne&apos;e haree pergunta &apos;{question}&apos;, ne&apos;ebé hatudu de&apos;it bainhira kondisaun ne&apos;e loos. Baseia nia ba pergunta seluk (bele mai molok ka depois; kondisaun bele refere ba oin).</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>kondisaun sira forma sírkulu ida: {chain}; la iha pergunta ida bele hatudu uluk. Kotu sírkulu ne&apos;e hodi hasai kondisaun ida husi sira-ne&apos;e.</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>&apos;{operator}&apos; kompara númeru ka data, maibé pergunta &apos;{question}&apos; mak {qtype}; uza equals ka in.</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>&apos;includes&apos; ba pergunta multiple_choice; &apos;{question}&apos; mak {qtype}: uza equals.</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>&apos;{question}&apos; permite resposta barak; uza &apos;includes: VALUE&apos; ka &apos;in: [VALUES]&apos; duké {operator}.</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>&apos;{operator}: {value}&apos; iha pergunta eskala &apos;{question}&apos; tenke ida husi nia pontu sira ({points}), hakerek nu&apos;udar númeru la ho aspas.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>pergunta &apos;{question}&apos; mak pergunta númeru, entaun &apos;{operator}&apos; presiza númeru, la&apos;ós &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>pergunta &apos;{question}&apos; mak pergunta data, entaun &apos;{operator}&apos; presiza data loloos ida hakerek &quot;YYYY-MM-DD&quot; (ezemplu &quot;2026-12-02&quot;), la&apos;ós &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>pergunta &apos;{question}&apos; mak pergunta testu, entaun &apos;{operator}&apos; presiza testu, la&apos;ós &apos;{value}&apos;; tau nia entre aspas.</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>dimensaun &apos;{value}&apos; la deklara iha &apos;dimensions&apos; nia okos.{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>rekomendasaun &apos;{value}&apos; la deklara iha &apos;recommendations&apos; nia okos.{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>kategoria &apos;{value}&apos; la deklara iha scoring.bands nia okos.{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>kategoria &apos;{lower}&apos; no &apos;{upper}&apos; sobrepoin entre {start} no {end}; tau min husi &apos;{upper}&apos; ba {end}.</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>la iha kategoria ne&apos;ebé kobre pontuasaun husi {start} to&apos;o {end}; {fix}.</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>dimensaun mitigasaun la bele konta mós iha pontuasaun totál; hasai nia husi scoring.overall.</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>la iha opsaun ida ne&apos;ebé fó pontu ba dimensaun &apos;{value}&apos;, entaun nia pontuasaun sempre 0; fó pontu ka hasai nia.</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>rekomendasaun &apos;{value}&apos; nunka ativa husi opsaun, sinál vermellu, nivel mínimu ka rezultadu ida; refere ba nia ka hasai nia.</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>arkivu la iha &apos;format: 2&apos;, entaun lee nia nu&apos;udar formatu 1, ne&apos;ebé pergunta yes_no hotu oferese mós &apos;la aplika&apos; (ne&apos;ebé hasai pergunta husi pontuasaun). Aumenta &apos;format: 2&apos; iha leten no tau na iha options nia okos de&apos;it bainhira nia resposta loloos ida.</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>{where} iha &apos;{tag}&apos;: testu sira hatudu nu&apos;udar testu simples iha fatin hotu (ekrã no PDF), entaun etiketa ne&apos;e sei mosu hanesan hakerek. Hasai nia.</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>{where} iha karakter kontrolu {char}: nia sei kontrola terminál ka hafila testu iha ekran. Hasai tiha.</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>testu ne&apos;ebé seidauk iha tradusaun {language}: {count} (dahuluk: {first}); to&apos;o sira tradús ona, ekran no PDF {language} hatudu sira iha {fallback}. Tradús sira iha {translation}.</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>{translation} tradús &apos;{address}&apos;, ne&apos;ebé kestionáriu ne&apos;e la iha (muda ona ka hasai ona); muda tradusaun ne&apos;e ba testu nia enderesu foun ka hamoos nia.</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>testu {language} husi &apos;{address}&apos; iha marka-fatin {found}, maibé testu {fallback} iha {expected}; rai {{placeholder}} ida-idak ezatamente hanesan hakerek iha {fallback}.</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>{translation} tradús {questionnaire} versaun {found}, la&apos;ós {version}, tan ne&apos;e la uza; atualiza nia testu sira no define version: {version}.</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>{translation} la&apos;ós arkivu tradusaun (nia presiza questionnaire, version, language (kódigu ne&apos;ebé koñesidu), status (draft ka reviewed) no texts); hadi&apos;a nia kabesallu.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>Ita-nia organizasaun</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>Ema 1 to&apos;o 9</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>Ema 10 to&apos;o 49</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>Ema 50 to&apos;o 249</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>Ema 250 ka liu</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>Ajénsia governu ka entidade públika</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Naran organizasaun</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Númeru rejistu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nasaun</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setór</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamañu</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ema kontaktu</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Email kontaktu</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>Hanesan sei mosu iha Ita-nia relatóriu sira.</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>Ezemplu Ita-nia númeru rejistu iha SERVE, ka númeru SSM, ACRA ka DBD. Opsionál.</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>Fatin ne&apos;ebé organizasaun hela ba.</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>Ezemplu komérsiu retallu, saúde, finansa ka edukasaun.</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>Ema na&apos;in hira mak servisu ba organizasaun.</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>Se mak hatán pergunta kona-ba avaliasaun sira. Opsionál.</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>Enderesu email ba ema ne&apos;e. Opsionál.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Hili nasaun ida</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>Hili tamañu ida</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>ezemplu komérsiu retallu</translation>
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
        <translation>Resposta ne&apos;e tau rezultadu ba {band}, maski Ita hatán saida de&apos;it seluk: {message} Para no buka konsellu molok uza sistema AI ne&apos;e.</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>Rezultadu provizóriu: {band} ({percent} %).</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>Bazeia ba pergunta %n ne&apos;ebé hatán ona husi {total} ne&apos;ebé aplika to&apos;o agora. Rezultadu sei bele muda bainhira Ita hatán sira seluk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>Sinál vermellu to&apos;o agora:</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>Rezultadu to&apos;o oras ne&apos;e</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>Loke ona. {guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>Taka ona. Hanehan Space atu hatudu orientasaun ba pergunta ne&apos;e.</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>Ajénsia fó komentáriu kona-ba resposta ne&apos;e:</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>Seidauk rai. Ita-nia resposta rai iha ne&apos;e no aplikasaun kontinua koko atu rai.</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>Pergunta ne&apos;e iha {language}.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obrigatóriu.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Opsionál.</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>Prenxe ona husi perfil Ita-nia organizasaun nian. Troka se la loos ba avaliasaun ne&apos;e.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatóriu</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Hamoos resposta</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>Hamoos resposta: {question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>Hasai resposta ba pergunta ne&apos;e</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istória</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>Istória: {question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>Bainhira no oinsá resposta ne&apos;e no nia komentáriu muda</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Tanba sa mak ami husu</translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation>Tanba sa mak ami husu: {question}</translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation>Evidénsia ka komentáriu: {question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>Opsionál: nota ida, naran dokumentu ida ka ligasaun ba evidénsia</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>Resibu revizaun asinadu</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>Resibu hatete ba negósiu Ita-nia desizaun no komentáriu hotu, no asina ho Ita-nia ajénsia nia identidade para sira-nia aplikasaun bele verifika katak ida-ne&apos;e mai husi Ita.</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>&amp;Identidade asinatura</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Fraze-pase</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>&amp;Lian resibu nian</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>Seidauk iha identidade asinatura: kria uluk ida iha Konfigurasaun → Identidade asinatura.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Rai resibu</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>Rai ona resibu asinadu iha {file}</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>Revizaun husi {agency}</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>Ajénsia aseita ona</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Haruka fali atu halo mudansa</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>Iha revizaun iha ajénsia</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>Ajénsia simu ona</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency} ({decision}, {date}): {comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>Favór submete fali to&apos;o {date}</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>Resibu asinadu no la muda, maibé nia asinante la iha Ita-nia lista fiar: verifika impresaun dijitál ho ajénsia.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Desizaun</translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation>Asina husi {signer} ({fingerprint}); deside iha {date}.</translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation>Ajénsia la halo komentáriu.</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>Kona-ba relatóriu tomak</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>Ita-nia resposta: {answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(seidauk hatán)</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>Ajénsia: {comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>Resposta sira iha relatóriu</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>Relatóriu ne&apos;e la liu verifikasaun ida: keta fiar resposta sira-ne&apos;e.</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>Kestionáriu ne&apos;e la instala iha ne&apos;e: resposta sira hatudu tuir id pergunta nian.</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>Relatóriu ne&apos;e la iha resposta.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(seidauk hatán)</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>Komentáriu ka evidénsia: {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>Relatóriu ne&apos;ebé simu</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Karrega hela…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredítu</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ Fiar: asinadu, la muda, no asinante iha Ita-nia lista fiar.</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ La fiar: asinadu no la muda, maibé la iha ema ne&apos;ebé Ita fiar mak garante asinante. Kompara impresaun dijitál ho negósiu molok fiar ba.</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ La válidu: keta fiar arkivu ne&apos;e.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumu</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Resposta sira</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Mudansa sira</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revizaun</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Asinante</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Impresaun dijitál (SHA-256)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizasaun</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nasaun</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setór</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Sistema AI</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kestionáriu</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>Rezultadu (kalkula fali)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuasaun</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referénsia</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>Oras asinatura ne&apos;ebé deklara</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arkivu</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Sinál vermellu</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Tanba sa rezultadu ne&apos;e</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>Versaun kestionáriu ne&apos;e la instala iha ne&apos;e: resposta sira la bele hatudu ho sira-nia pergunta.</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>La iha resposta verifikadu atu hatudu.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Seksaun</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(seidauk hatán)</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>Komentáriu ka evidénsia husi respondente: {text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>Komentáriu kona-ba resposta ne&apos;e…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>Komentáriu kona-ba: {question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>Submisaun fali relatóriu {id}, simu {when}.</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>Rezultadu: {before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>La iha resposta ida mak muda.</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>Uluk: {before}
Agora: {after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}, {when}: {text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ofisiál</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>Komentáriu ida kona-ba relatóriu tomak (opsionál)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estadu</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>K&amp;omentáriu</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>&amp;Data limite (relatóriu ne&apos;ebé haruka fali)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Estadu atuál</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Rai revizaun</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>Resibu asinadu…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istória</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(data limite {date})</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>Komentáriu kona-ba resposta ida</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>Verifika relatóriu asinadu ida</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arkivu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>fiar husi ekran verifikasaun depois kompara impresaun dijitál</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>Tanba sa rezultadu ne&apos;e</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>Saida mak nivel ne&apos;e husu husi Ita</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>Rezultadu: {band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>Rezultadu iha kestionáriu nia eskala</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}: kategoria {number} husi {count} ({bands}); pontuasaun totál {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>Kategoria {number} husi {count} · pontuasaun totál {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>Pontuasaun totál: {score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Sinál vermellu</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Sinál vermellu</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>Área risku nian (pontuasaun aas liu, grave liu)</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>Pontuasaun tuir área (aas liu, di&apos;ak liu)</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>Medida protesaun (aas liu, di&apos;ak liu)</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>Halo uluk</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>Halo tuir mai</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Bainhira Ita bele</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Saida mak atu halo tuir mai</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>Ita-nia planu asaun: marka pasu ida-idak bainhira remata ona, no fó ba nia responsavel ida no data limite ida. Planu ne&apos;e rai hamutuk ho avaliasaun no imprime iha relatóriu asinadu.</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>&amp;Fila ba resposta sira</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>&amp;Esporta PDF asinadu…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>&amp;Rejistu mudansa…</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>Bainhira avaliasaun ne&apos;e kria, hatán, kompleta, esporta no atualiza (Alt+L)</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>Halo relatóriu PDF asinadu ne&apos;ebé ema seluk bele verifika</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>Rai hela…</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>La rai: haree nota iha pergunta</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>Resposta %n seidauk rai: koko fali hela</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Rai iha {time}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estadu rai</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>kompletu</translation>
    </message>
    <message>
        <source>started</source>
        <translation>hahú ona</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>seidauk hahú</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seksaun sira</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>Hili seksaun ida atu ba. Atallu: F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaura kópia seguransa</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>Fila ba dadus hanesan iha kópia seguransa ne&apos;e? Mudansa ne&apos;ebé halo depois ne&apos;e sei la iha dadus ne&apos;ebé restaura, maibé dadus atuál rai uluk nu&apos;udar kópia.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaura</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Jerál</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Hanesan sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Naroman</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Nakukun</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kontraste aas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lian</translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation>Lian aplikasaun nian. Muda kedas.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamañu testu</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>Halo testu hotu sai boot liu</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kór sira</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>Naroman, nakukun ka kontraste aas; muda kedas</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ita-nia dadus</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>Buat hotu ne&apos;ebé Ita hatama rai iha pasta ne&apos;e iha komputadór ne&apos;e, la iha fatin seluk:</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Pasta dadus: {folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Loke pasta dadus</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kópia seguransa</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>Kópia seguransa halo loron-loron ne&apos;ebé Ita uza aplikasaun no molok atualizasaun ida-idak. Kopia pasta backups ba USB ida dala ruma.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Kópia seguransa, foun liu uluk</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Hili kópia seguransa ida atu restaura</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Halo kópia seguransa agora</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Loke pasta kópia seguransa</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>Restaura kópia seguransa ne&apos;ebé hili…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Kona-ba</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version}. Servisu offline; nunka haruka dadus ba fatin ruma. Harii ho biblioteka no fonte (font) sira-ne&apos;e, tuir sira-nia lisensa:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Iha fatin hotu</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Hatán</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inísiu</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Lista atallu tekladu ne&apos;e</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Hahú avaliasaun foun</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Fila ba lista avaliasaun</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>Konfigurasaun: lian, tamañu testu, kópia seguransa</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>Sai (husu uluk se resposta seidauk rai)</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Kontrolu tuir mai / uluk</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra ho liña okos</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>Butaun ka kampu ho letra ne&apos;e</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>Buka avaliasaun sira</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>Importa arkivu resposta</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Loke avaliasaun ne&apos;ebé hili</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation>Muda avaliasaun ne&apos;ebé hili ba lixu (Ita bele dezfaz)</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>Seksaun tuir mai (Remata iha ikus)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Seksaun uluk</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter (iha opsaun ida)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Seksaun tuir mai</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>Ba lista seksaun sira</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Tekla seta</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>Muda entre opsaun sira husi pergunta ida</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>Hili opsaun ida; hatudu ka subar &quot;Tanba sa mak ami husu&quot;</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>Rezultadu provizóriu to&apos;o agora</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atallu tekladu</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>Buat hotu iha AISafe Desktop bele halo ho tekladu. Butaun sira mós hatudu sira-nia atallu iha sira-nia dika (tooltip).</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Iha ne&apos;ebé</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tekla</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Saida mak nia halo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>Loke ona</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>AISafe Desktop loke ona iha janela seluk ho dadus hanesan. Muda ba janela ne&apos;e, ka taka nia no hahú fali aplikasaun.</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>Dadus foun liu</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>Ita-nia dadus rai husi versaun foun liu AISafe Desktop nian. La iha mudansa ba nia. Instala versaun ne&apos;e (ka ida foun liu) atu loke.</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>Dadus estraga</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>Arkivu dadus estraga no la bele loke. La iha mudansa ba nia. Restaura kópia seguransa ikus ({backup})? Arkivu ne&apos;ebé estraga rai nu&apos;udar kópia.</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>Arkivu dadus estraga no la hetan kópia seguransa. La iha mudansa ba nia. Favór kontakta Ita-nia apoiu IT; sira bele haree arkivu iha pasta dadus.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>La bele loke Ita-nia dadus</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaura kópia seguransa</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>Fiar: asina husi ema ne&apos;ebé Ita fiar, no la muda</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>{file} asina husi asinante ida iha Ita-nia lista fiar no la muda dezde ne&apos;ebá. Resposta sira iha laran fó rezultadu ne&apos;ebé nia hatete.</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>LA FIAR (UNTRUSTED): la muda, maibé asinante la iha Ita-nia lista fiar</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>{file} la muda dezde asina. Maibé ema hotu bele halo xave ida ho naran saida de&apos;it: molok Ita fiar ba, kompara impresaun dijitál iha okos ho asinante liu husi telefone.</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>Keta fiar relatóriu ne&apos;e</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>{file} la muda, maibé sertifikadu asinante nian la bele aseita: {reason}.</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>sertifikadu revoga ona</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>sertifikadu la válidu iha oras asinatura ne&apos;ebé deklara</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>sertifikadu la bele uza atu asina dokumentu</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>kadeia sertifikadu nian hetan rejeisaun</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>Iha Ita-nia lista fiar</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>La iha Ita-nia lista fiar</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>Asinante: {signer}
Organizasaun: {organisation} ({country})
Impresaun dijitál (SHA-256): {fingerprint}
Oras asinatura ne&apos;ebé deklara: {when} (asinante nia relójiu rasik)
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>Fiar asinante ne&apos;e?</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>Telefone {signer} ({organisation}) ba númeru telefone ne&apos;ebé Ita hatene ona — la&apos;ós ida husi relatóriu ne&apos;e — no husu sira atu lee sira-nia impresaun dijitál. Fiar sira de&apos;it se ida-ne&apos;e hanesan loloos:

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>Depois ne&apos;e, relatóriu hotu ne&apos;ebé xave ne&apos;e asina sei hatudu nu&apos;udar fiar. Ita bele hasai iha Konfigurasaun → Asinante no ajénsia ne&apos;ebé fiar.</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>Sira hanesan: fiar asinante ne&apos;e</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>CA ajénsia (fiar sertifikadu hotu ne&apos;ebé nia emite)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Asinante</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>(koñesidu liu husi impresaun dijitál de&apos;it)</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>Aumenta iha {when} husi {who}</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>Lista revogasaun husi {when}</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Fiar sertifikadu ida</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>Sertifikadu no lista revogasaun (*.pem *.crt *.cer *.der *.crl);;Arkivu hotu (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Para fiar</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>Para fiar {name}? Nia relatóriu sira sei verifika nu&apos;udar UNTRUSTED (la fiar).</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>Asinante no ajénsia ne&apos;ebé fiar</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>Relatóriu husi asinante sira-ne&apos;e, ka ho sertifikadu husi CA ajénsia sira-ne&apos;e, verifika nu&apos;udar fiar. Ema seluk nia relatóriu hatudu nu&apos;udar UNTRUSTED (la fiar), maski sira-nia naran hakerek oinsá de&apos;it.</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>Aumenta sertifikadu ka lista revogasaun…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>Para fiar…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>Versaun foun liu kestionáriu ne&apos;e nian ({new}) instala ona; avaliasaun ne&apos;e uza versaun {old}.</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>Atualiza ba versaun {version}…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>Pergunta foun</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Hasai ona</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>Tipu resposta diferente</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>Opsaun resposta diferente</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Hakerek fali</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — Ita-nia resposta: {answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>pergunta muda: verifika katak Ita-nia resposta sei loos</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — pergunta foun</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>agora presiza tipu resposta diferente</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — Ita-nia resposta ({answer}) la kombina tan: {why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — Ita-nia resposta ({answer}) hela iha istória</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>Atualiza ba versaun {version}</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>{questionnaire}: versaun {old} → {new}. Resposta hotu no nia istória rai nafatin; buat ida la muda to&apos;o Ita hili Atualiza.</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>Saida mak muda iha kestionáriu ({count})</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>La iha pergunta ida mak muda.</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>Resposta ne&apos;ebé pasa ba versaun foun ({count})</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>La iha resposta ida mak pasa.</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>Pergunta ne&apos;ebé presiza resposta foun ({count})</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>La iha: resposta hotu sei kombina.</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>Resposta ba pergunta ne&apos;ebé hasai ona ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>La iha.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Atualiza</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>Verifika relatóriu asinadu ida</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>Fiar asinante ne&apos;e…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>Hatudu resposta sira…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>Keta fiar relatóriu ne&apos;e</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>{file} la liu pelumenus verifikasaun ida iha okos. Karik nia muda depois asina, ka nia la&apos;ós relatóriu AISafe.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>Verifikasaun: %n la pasa</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>Verifikasaun: la iha ida mak la pasa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>La pasa</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Seidauk verifika</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Pasa</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>Arkivu la bele loke: arkivu la iha ka la bele lee.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Arkivu la&apos;ós dokumentu PDF.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>Arkivu estraga ka la&apos;ós PDF ne&apos;ebé AISafe Desktop bele lee.</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>Arkivu iha {size} bytes; relatóriu ne&apos;ebé boot liu {limit} bytes sei rejeita.</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>Parte ida husi arkivu loke sai liu {limit} bytes; arkivu rejeita.</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>Arkivu iha pájina liu {limit}; arkivu rejeita.</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>Arkivu iha objetu internu liu {limit}; arkivu rejeita.</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>Arkivu rai ona dala {count} (limite mak {limit}); arkivu rejeita.</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>Estrutura internu arkivu nian iha nivel liu {limit}; arkivu rejeita.</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>Arkivu hatudu ba fatin iha nia li&apos;ur ({what}); arkivu hanesan ne&apos;e rejeita.</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>Arkivu la asinadu.</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>Arkivu tenke iha asinatura AISafe ida de&apos;it; nia iha {count}.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>Arkivu muda depois asina: asinatura la kombina ho nia kontentu.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>Asinatura la kobre arkivu tomak: iha buat ruma mak aumenta iha nia sorin.</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>Iha buat ruma mak aumenta depois asina: {what}.</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>Arkivu la iha resposta asinadu (answers.json).</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>Arkivu iha answers.json liu dala ida.</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>Resposta iha laran (answers.json) estraga ka rai ho forma ne&apos;ebé la koñesidu.</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>Resposta iha laran loke sai liu {limit} bytes; sira rejeita.</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>Resposta iha laran la&apos;ós testu JSON ne&apos;ebé bele lee.</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>Resposta iha laran sala iha {path}: {problem}.</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>Kestionáriu {questionnaire} la instala iha ne&apos;e; aumenta nia arkivu atu verifika fali resposta sira.</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>Resposta iha laran la hatete loloos arkivu kestionáriu ida ne&apos;ebé mak uza (la iha SHA-256).</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>Kestionáriu ne&apos;ebé instala iha ne&apos;e la hanesan ho ida ne&apos;ebé uza atu halo relatóriu.</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>Resposta asinadu sira la tuir regra kestionáriu nian: {problems}.</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>Pergunta obrigatória sira seidauk iha resposta ({questions}) maibé relatóriu la marka nu&apos;udar la kompletu.</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>Rezultadu ne&apos;ebé resposta sira hatete ({stated}) la hanesan ho kalkula fali ({rescored}).</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>Pájina sira hatete {stated}, resposta asinadu fó {rescored}.</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>La bele lee testu pájina relatóriu nian atu kompara ho resposta sira.</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>estrutura PDF bele lee</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>asinatura ida</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>byte ne&apos;ebé asina kombina ho asinatura</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>asinatura kobre arkivu tomak</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>la iha buat ida aumenta depois asina</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>{attachment} lee husi revizaun ne&apos;ebé asina ona</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>answers.json iha kampu, tipu no tamañu ne&apos;ebé espera</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>{questionnaire} instala ona iha ne&apos;e</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>SHA-256 hanesan ho ida ne&apos;ebé uza ba relatóriu</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>resposta hotu válidu ba kestionáriu</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>resposta hotu válidu ba kestionáriu; relatóriu iha marka LA KOMPLETU: pergunta obrigatória {count} seidauk iha resposta</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>kalkula fali pontuasaun fó “{band}” ({score}), hanesan hakerek</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>kapa no rezumu hatudu rezultadu husi kalkula fali</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>kadeia sertifikadu to&apos;o {anchor}, ne&apos;ebé Ita fiar</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>Ita-nia lista fiar mamuk: Ita la koñese asinante ne&apos;e</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>asinante {fingerprint} la iha Ita-nia lista fiar no la iha CA ida ne&apos;ebé Ita fiar mak emite nia sertifikadu</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>asinante nia sertifikadu (ka nia emisór nian) revoga ona</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>asinante nia sertifikadu la válidu iha tempu asinatura ne&apos;ebé deklara (válidu husi {start} to&apos;o {end})</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>asinante nia sertifikadu la bele asina dokumentu (key usage)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>kadeia sertifikadu asinante nian rejeita ona</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>la bele lee asinante</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>mudansa ba dokumentu nia informasaun (hanesan nia títulu) ka dadus validasaun</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>kampu formuláriu ne&apos;ebé prenxe ona</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>komentáriu ka marka iha pájina sira</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>mudansa ba dokumentu nia konteúdu</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>asaun ida ho tipu {target}</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>ligasaun ida ba {target}</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>arkivu {target}</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>espesifikasaun arkivu ida liuhusi URL</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>dadus stream ne&apos;ebé rai iha arkivu seluk</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>pájina ida ne&apos;ebé importa husi arkivu seluk</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>Seksaun %n husi {total} remata ona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>Pergunta %n hatán ona husi {total} ne&apos;ebé aplika to&apos;o agora</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>Resposta balu halo pergunta seluk tan aplika, entaun númeru pergunta bele aumenta bainhira Ita kontinua.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Remata</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tuir mai</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>Haree rezultadu (Alt+Right)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>Seksaun tuir mai (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Fila</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>Seksaun uluk (Alt+Left)</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>Oinsá mak konta ida-ne&apos;e?</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>Rezultadu to&apos;o ora&amp;s ne&apos;e</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>Haree rezultadu provizóriu husi resposta ne&apos;ebé fó ona to&apos;o agora (Alt+S)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>Liafuan-pase baze dadus kaixa-entrada</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>Liafuan-pase ba {where} (rai ba sesaun ne&apos;e de&apos;it):</translation>
    </message>
</context>
</TS>
