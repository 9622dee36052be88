<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my">
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Brunei Darussalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; unknown key(s) {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key(s): {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question_id}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{values} not among the options ({options})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} required question(s) not answered yet: {questions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} required question(s) not answered yet: {questions} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n of {total} reports; narrow the filters to see the others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>draft translation</source>
        <translation>ဘာသာပြန်မူကြမ်း</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example 12 or 3.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provisional</name>
    <message>
        <source>This answer sets the result to {band} whatever else you answer: {message} Stop and get advice before this AI system is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
