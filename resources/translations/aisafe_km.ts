<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>មិនទាន់បានរក្សាទុក។ អ្វីដែលអ្នកបានវាយត្រូវបានរក្សាទុកនៅទីនេះ ហើយកម្មវិធីកំពុងព្យាយាមរក្សាទុកវាជាបន្តបន្ទាប់។</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Done: {recommendation}</source>
        <translation>រួចរាល់៖ {recommendation}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>អ្នកទទួលខុសត្រូវលើ៖ {recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>អ្នកដែលនឹងធានាថាជំហាននេះត្រូវបានបំពេញ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>កាលបរិច្ឆេទកំណត់</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>កាលបរិច្ឆេទកំណត់នៃ៖ {recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>កាលបរិច្ឆេទសរសេរជា YYYY-MM-DD ឧ. 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>ធាតុនៃផែនការសកម្មភាព</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>កម្រងសំណួរ</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>ប្រព័ន្ធ AI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>វឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>កែប្រែចុងក្រោយ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>បានបំពេញរួច</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>បាននាំចេញរបាយការណ៍</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>គ្មាន</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation>កំពុងដំណើរការ…</translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation>បានរក្សាទុកសំណើ {file}។ សូមផ្ញើវាទៅស្ថាប័ន។</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>បានដំឡើងវិញ្ញាបនបត្រពី {issuer}។ ឥឡូវនេះ របាយការណ៍របស់អ្នកមានភ្ជាប់វិញ្ញាបនបត្រនេះ។</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>បានបង្កើត CA {file}។ សូមផ្តល់ {certificate} ដល់អ្នកផ្ទៀងផ្ទាត់គ្រប់រូប៖ ស្នាមសម្គាល់ (fingerprint) របស់វាគឺ {fingerprint}។</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>បានចេញ {file} ជូន {subject} លេខស៊េរី {serial}។</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>បានដកហូត {serial} ({subject})។ សូមសរសេរបញ្ជីដកហូតថ្មី ហើយផ្តល់វាដល់អ្នកផ្ទៀងផ្ទាត់។</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>បានរក្សាទុកបញ្ជីដកហូត {file} (បានដកហូតចំនួន {count})។</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>ឃ្លាសម្ងាត់របស់ {file}៖</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>អត្តសញ្ញាណចុះហត្ថលេខា (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>អត្តសញ្ញាណមួយណា?</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>រក្សាទុកសំណើ</translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation>សំណើ (*.csr)</translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation>វិញ្ញាបនបត្រពីស្ថាប័ន</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>វិញ្ញាបនបត្រ (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>រក្សាទុកឯកសារ CA</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>សំណើដែលត្រូវចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>ឯកសារ CA</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>សុពលភាព</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>មានសុពលភាពរយៈពេល (ថ្ងៃ)៖</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>រក្សាទុកវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>វិញ្ញាបនបត្រ (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>ដកហូត</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>លេខស៊េរីនៃវិញ្ញាបនបត្រដែលត្រូវដកហូត៖</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>រក្សាទុកបញ្ជីដកហូត</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>បញ្ជីដកហូត (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>វិញ្ញាបនបត្រពីស្ថាប័ន</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>ស្ថាប័នអាចធានាអត្តសញ្ញាណរបស់អ្នកតែម្តង សម្រាប់របាយការណ៍ទាំងអស់របស់អ្នក៖ សូមផ្ញើសំណើទៅស្ថាប័ន រួចដំឡើងវិញ្ញាបនបត្រដែលស្ថាប័នផ្ញើត្រឡប់មកវិញ។</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>ស្នើសុំវិញ្ញាបនបត្រ…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>ដំឡើងវិញ្ញាបនបត្រ…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>អាជ្ញាធរវិញ្ញាបនបត្ររបស់ស្ថាប័ន</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>សម្រាប់បុគ្គលិកស្ថាប័ន៖ ចេញវិញ្ញាបនបត្រជូនអាជីវកម្មដែលអ្នកចុះបញ្ជី និងដកហូតវិញ្ញាបនបត្រទាំងនោះ។ សូមរក្សាឯកសារ CA និងបញ្ជីកត់ត្រារបស់វាដោយមិនភ្ជាប់អ៊ីនធឺណិត និងមានការបម្រុងទុក។</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>បង្កើត CA…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>ចេញវិញ្ញាបនបត្រ…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>ដកហូតវិញ្ញាបនបត្រ…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>សរសេរបញ្ជីដកហូត…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>បានបង្កើត</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>បានឆ្លើយ</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>បានប្តូរមតិយោបល់</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>បាននាំចូល</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>បានដំឡើងកំណែ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>បាននាំចេញរបាយការណ៍</translation>
    </message>
    <message>
        <source>to version {version}</source>
        <translation>ទៅកំណែ {version}</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>កំណត់ហេតុនៃការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>មិនទាន់មានការផ្លាស់ប្តូរនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>នាំចេញជា CSV…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>នាំចេញកំណត់ហេតុនៃការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>ឯកសារអាចអានបាន</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>ឯកសារមានហត្ថលេខាតែមួយគត់</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>ហត្ថលេខានៅដដែល មិនខូច</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>ហត្ថលេខាគ្របដណ្តប់ឯកសារទាំងមូល</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរក្រោយពេលចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>ចម្លើយត្រូវបានភ្ជាប់មកជាមួយ</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>អ្នកចុះហត្ថលេខាស្ថិតក្នុងបញ្ជីជឿទុកចិត្តរបស់អ្នក</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>ចម្លើយដែលបានភ្ជាប់អាចអានបាន</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>កម្រងសំណួរត្រូវបានដំឡើងនៅទីនេះ</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>ជាអត្ថបទកម្រងសំណួរដដែល</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>ការគណនាពិន្ទុឡើងវិញផ្តល់លទ្ធផលដូចដែលបានបញ្ជាក់</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>ចម្លើយអនុវត្តតាមវិធានរបស់កម្រងសំណួរ</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>ទំព័របញ្ជាក់លទ្ធផលដូចគ្នានឹងចម្លើយដែលបានចុះហត្ថលេខា</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>ចម្លើយមិនទាន់បានរក្សាទុក</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>ចម្លើយចំនួន %n មិនទាន់អាចរក្សាទុកបាននៅឡើយ។ តើរក្សាទុកឥឡូវនេះ ឬបិទ ហើយបោះបង់ចម្លើយទាំងនោះ?</numerusform>
            <numerusform>ចម្លើយចំនួន %n មិនទាន់អាចរក្សាទុកបាននៅឡើយ។ តើរក្សាទុកឥឡូវនេះ ឬបិទ ហើយបោះបង់ចម្លើយទាំងនោះ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>បោះបង់ចម្លើយចំនួន %n ហើយបិទ</numerusform>
            <numerusform>បោះបង់ចម្លើយចំនួន %n ហើយបិទ</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>ព្យាយាមរក្សាទុកម្តងទៀត</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Brunei Darussalam</source>
        <translation>ប្រ៊ុយណេដារូសាឡឹម</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>កម្ពុជា</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>ឥណ្ឌូណេស៊ី</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>សាធារណរដ្ឋប្រជាធិបតេយ្យប្រជាមានិតឡាវ</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>ម៉ាឡេស៊ី</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>មីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>ហ្វីលីពីន</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>សិង្ហបុរី</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>ទីម័រ-ឡេស្ដេ</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>វៀតណាម</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation>បង្កើតអាជ្ញាធរវិញ្ញាបនបត្ររបស់ស្ថាប័ន</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>ឈ្មោះ CA</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>ប្រទេស (អក្សរពីរ)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>ឃ្លាសម្ងាត់ម្តងទៀត</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>សូមជ្រើសរើសឃ្លាសម្ងាត់ដែលមានយ៉ាងហោចណាស់ {n} តួអក្សរ។</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយបញ្ចូលម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>សូមបញ្ចូលឈ្មោះរបស់អ្នក និងឈ្មោះស្ថាប័ន។</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>សូមជ្រើសរើសឃ្លាសម្ងាត់ដែលមានយ៉ាងហោចណាស់ {n} តួអក្សរ។</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយបញ្ចូលម្តងទៀត។</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>អត្តសញ្ញាណចុះហត្ថលេខាថ្មី</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>អត្តសញ្ញាណចុះហត្ថលេខាអនុញ្ញាតឱ្យអ្នកចុះហត្ថលេខាលើរបាយការណ៍របស់អ្នក ដើម្បីឱ្យស្ថាប័នអាចពិនិត្យបានថាអ្នកណាជាអ្នកផ្ញើ និងថាគ្មានអ្វីត្រូវបានផ្លាស់ប្តូរ។ វាត្រូវបានរក្សាទុកក្នុងថតទិន្នន័យរបស់អ្នក ហើយចាក់សោដោយឃ្លាសម្ងាត់របស់អ្នក។ ឃ្លាសម្ងាត់មិនអាចយកមកវិញបានទេ៖ សូមកត់ត្រាវាទុកនៅកន្លែងដែលមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ឈ្មោះរបស់អ្នក</translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation>អ្នកដែលចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>បង្ហាញក្នុងហត្ថលេខា</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>ទីតាំងរបស់ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>អ៊ីមែល (មិនតម្រូវ)</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>បង្ហាញក្នុងវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>យ៉ាងហោចណាស់ 8 តួអក្សរ៖ ត្រូវការរាល់ពេលចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>ឃ្លាសម្ងាត់ម្តងទៀត</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>ឃ្លាសម្ងាត់ដដែលម្តងទៀត</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>បង្កើត</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>ផ្ទាំងគ្រប់គ្រងប្រអប់ទទួល</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>កំពុងរាប់…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>នាំចេញសេចក្តីសង្ខេបជា PDF…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>លទ្ធផលផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>ស្ថានភាពពិនិត្យ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>កម្រងសំណួរ</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>សញ្ញាព្រមានដែលកើតមានញឹកញាប់បំផុត</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>អនុសាសន៍ដែលកើតមានញឹកញាប់បំផុត</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>បានទទួលក្នុងមួយខែ</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>របាយការណ៍ចំនួន %n ត្រូវនឹងតម្រងរបស់តារាង។</numerusform>
            <numerusform>របាយការណ៍ចំនួន %n ត្រូវនឹងតម្រងរបស់តារាង។</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>នាំចេញសេចក្តីសង្ខេបជា PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>សេចក្តីសង្ខេបប្រអប់ទទួល</translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation>បានរក្សាទុកសេចក្តីសង្ខេបទៅ {file}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>មិនបានកំណត់</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>បំពេញកាលបរិច្ឆេទថ្ងៃនេះ</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>សូមពិនិត្យ</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>មិនអាចអាន ឬសរសេរឯកសារមួយបានទេ៖ {reason}។ សូមពិនិត្យថាថតនោះមាន ថាអ្នកមានសិទ្ធិសរសេរក្នុងថតនោះ និងថាថាសមិនពេញ រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>បញ្ហាឯកសារ</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>មានបញ្ហាកើតឡើងនៅខាងក្នុង AISafe Desktop។ ចម្លើយរបស់អ្នករហូតមកដល់ពេលនេះត្រូវបានរក្សាទុក។ អ្នកអាចបន្តបាន ឬចាប់ផ្តើមកម្មវិធីឡើងវិញ ប្រសិនបើមានអ្វីមួយមើលទៅមិនប្រក្រតី។</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>មានបញ្ហាកើតឡើង</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>របាយការណ៍សម្រាប់អ្នកអភិវឌ្ឍត្រូវបានរក្សាទុកក្នុង៖
{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>បើកថត</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation>&apos;answers&apos; ត្រូវតែជាវត្ថុ (object) ដែលផ្គូផ្គងលេខសម្គាល់សំណួរទៅនឹងចម្លើយ</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>&apos;format&apos; ត្រូវតែជា &quot;{expected}&quot; (បានរកឃើញ {found})៖ តើនេះជាឯកសារចម្លើយ AISafe មែនទេ?</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>&apos;language&apos; ត្រូវតែជាកូដភាសា ដូចជា &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>&apos;questionnaire&apos; ត្រូវតែជា {shape}</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>ឯកសារចម្លើយគឺជាវត្ថុ JSON ({shape})</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>ចម្លើយ &apos;{question_id}&apos; ត្រូវតែជា {shape}៖ ខ្វះ &apos;value&apos;</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>ចម្លើយ &apos;{question_id}&apos; ត្រូវតែជា {shape}៖ មានកូនសោដែលមិនស្គាល់ {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>តម្រូវកាលបរិច្ឆេទដែលសរសេរជា YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>តម្រូវបញ្ជីនៃតម្លៃជម្រើស ឧទាហរណ៍ {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>តម្រូវលេខ</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>តម្រូវអត្ថបទ</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>រាយជម្រើសមួយពីរដង</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>គ្មានសំណួរនេះក្នុង {questionnaire} {version} ទេ</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>មិនមែនជា JSON ត្រឹមត្រូវទេ៖ {reason} នៅបន្ទាត់ {line} ជួរឈរ {column}</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>តម្រូវ ប៉ុន្តែមិនទាន់បានឆ្លើយ</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>មតិយោបល់នៃចម្លើយ &apos;{question_id}&apos; ត្រូវតែជាអត្ថបទ</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>ឯកសារនេះមិនមែនជាអត្ថបទ UTF-8 ទេ៖ សូមរក្សាទុកវាជា UTF-8</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>ឯកសារនេះមានទំហំ {size:,} បៃ៖ ឯកសារចម្លើយត្រូវបានកំណត់ត្រឹម {limit:,} បៃ</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON មានកម្រិតបង្កប់ជ្រៅពេក</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>កូនសោដែលមិនស្គាល់៖ {keys}</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}៖ {problem}</translation>
    </message>
    <message>
        <source>{question_id}: {reason}</source>
        <translation>{question_id}៖ {reason}</translation>
    </message>
    <message>
        <source>{values} not among the options ({options})</source>
        <translation>{values} មិនស្ថិតក្នុងចំណោមជម្រើស ({options})</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} លើសពីតម្លៃអតិបរមា {maximum}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} ទាបជាងតម្លៃអប្បបរមា {minimum}</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>{value} មិនស្ថិតក្នុងចំណោមជម្រើស ({options})</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop កំពុងដំណើរការរួចហើយ (ដំណើរការ {owner}) ជាមួយថតទិន្នន័យ {folder}។ សូមបិទផ្ទាំងវីនដូមួយទៀតជាមុនសិន ឬប្រើថតទិន្នន័យផ្សេង។</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop កំពុងដំណើរការរួចហើយ ជាមួយថតទិន្នន័យ {folder}។ សូមបិទផ្ទាំងវីនដូមួយទៀតជាមុនសិន ឬប្រើថតទិន្នន័យផ្សេង។</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>មិនអាចបង្កើតឯកសារចាក់សោ {file} បានទេ៖ {reason}។ សូមពិនិត្យសិទ្ធិរបស់ថត។</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>មិនអាចអាន {database} បានទេ៖ {reason}។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ សូមព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>មិនអាចរក្សាទុកទៅ {database} បានទេ៖ {reason}។ ការផ្លាស់ប្តូរចុងក្រោយនេះមិនត្រូវបានរក្សាទុកទេ៖ អ្វីៗដែលបានរក្សាទុកមុននោះនៅមានសុវត្ថិភាព។ សូមបង្កើនទំហំទំនេរលើថាស ឬពិនិត្យថាថតនោះអាចសរសេរបាន រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>មិនអាចរក្សាទុកទៅ {database} បានទេ៖ {reason}។ ការផ្លាស់ប្តូរចុងក្រោយនេះមិនត្រូវបានរក្សាទុកទេ៖ អ្វីៗដែលបានរក្សាទុកមុននោះនៅមានសុវត្ថិភាព។ មូលដ្ឋានទិន្នន័យរវល់យូរពេក៖ សូមព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>{database} ត្រូវបានខូច ({detail})។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។ រកមិនឃើញការបម្រុងទុកដែលល្អទេ។</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>{database} ត្រូវបានខូច ({detail})។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។ ការបម្រុងទុកល្អចុងក្រោយគឺ {backup}៖ សូមស្តារវាឡើងវិញ។</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>{database} ត្រូវបានសរសេរដោយកំណែថ្មីជាងនៃ AISafe Desktop (schema {revision})។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។ សូមដំឡើងកំណែថ្មីជាងនោះម្តងទៀត ឬប្រើថតទិន្នន័យផ្សេង។</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>&apos;{country}&apos; មិនមែនជារដ្ឋសមាជិកអាស៊ានទេ៖ សូមប្រើមួយក្នុងចំណោម {countries}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>&apos;{email}&apos; មើលទៅមិនដូចអាសយដ្ឋានអ៊ីមែលទេ (name@example.org)</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>ការវាយតម្លៃ {assessment_id} ស្ថិតនៅក្នុងធុងសំរាម៖ សូមស្តារវាឡើងវិញដើម្បីកែប្រែ</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>មិនអាចបង្កើតថតទិន្នន័យ {folder} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>មិនអាចបើកមូលដ្ឋានទិន្នន័យ {database} បានទេ៖ {reason}។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>មិនអាចអាន {file} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>សូមដាក់ឈ្មោះឱ្យប្រព័ន្ធ AI</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>សូមដាក់ចំណងជើងឱ្យការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>សូមផ្តល់ឈ្មោះស្ថាប័ន</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>សូមរក្សាចំណងជើងឱ្យតិចជាង 200 តួអក្សរ</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>សូមសរសេរឈ្មោះអ្នកទទួលខុសត្រូវឱ្យតិចជាង {limit} តួអក្សរ</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>សូមសរសេរកាលបរិច្ឆេទកំណត់ជា YYYY-MM-DD ឧ. 2027-03-31 (បានរកឃើញ {value})</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>មិនមានកម្រងសំណួរ &apos;{questionnaire}&apos; ត្រូវបានដំឡើងទេ (ដែលមាន៖ {known})៖ សូមផ្តល់ផ្លូវនៃឯកសារ YAML របស់វាជំនួសវិញ</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>មិនមានកម្រងសំណួរ &apos;{questionnaire}&apos; កំណែ {version} ត្រូវបានដំឡើងទេ (ដែលមាន៖ {known})៖ សូមផ្តល់ផ្លូវនៃឯកសារ YAML របស់វាជំនួសវិញ</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>សូមបញ្ជាក់កន្លែងរក្សាទុកអត្តសញ្ញាណ (ឯកសារលទ្ធផល ឬថតទិន្នន័យ)</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>ចម្លើយទាំងនេះសម្រាប់ {questionnaire} {version} មិនមែនសម្រាប់ {expected} {expected_version} ទេ៖ សូមជ្រើសរើសកម្រងសំណួរដែលត្រូវគ្នា</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>មិនទាន់អាចនាំចេញចម្លើយបានទេ៖ {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>មិនទាន់អាចនាំចេញចម្លើយបានទេ៖ {problems} (និងចំនួន {more} ទៀត)</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>មិនអាចនាំចូលចម្លើយបានទេ៖ {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>មិនអាចនាំចូលចម្លើយបានទេ៖ {problems} (និងចំនួន {more} ទៀត)</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>ចម្លើយទាំងនេះត្រូវបានផ្តល់ទៅអត្ថបទផ្សេងនៃ {questionnaire} (SHA-256 {sha256})៖ សូមដាក់ឯកសារកម្រងសំណួរនោះក្នុងថត questionnaires នៃថតទិន្នន័យ ហើយព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>កម្រងសំណួរ {questionnaire} មិនត្រូវបានដំឡើងទេ៖ សូមដាក់ឯកសារ YAML របស់វាក្នុងថត questionnaires នៃថតទិន្នន័យ ហើយព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>ច្បាប់ចម្លងដែលបានរក្សាទុកនៃ {questionnaire} {version} មិនអាចផ្ទុកបានទៀតទេ៖ {problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>កម្រងសំណួរដែលបានរក្សាទុក {sha256}… បាត់ពីមូលដ្ឋានទិន្នន័យ៖ សូមស្តារការបម្រុងទុកឡើងវិញ</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>អត្ថបទមានតួអក្សរដែលមិនមែនជាអត្ថបទត្រឹមត្រូវ (unpaired UTF-16 surrogates)</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>ធាតុជឿទុកចិត្ត {entry} មិនមែនជាស្នាមសម្គាល់ SHA-256 (លេខគោលដប់ប្រាំមួយ 64 ខ្ទង់) ឬឯកសារវិញ្ញាបនបត្រទេ</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>គ្មានប្រព័ន្ធ AI {ai_system_id} ទេ</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>គ្មានការវាយតម្លៃ {assessment_id} ទេ</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>មិនអាចធ្វើការបម្រុងទុកស្វ័យប្រវត្តិសម្រាប់ថ្ងៃនេះក្នុង {folder} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>ភាសាមិនស្គាល់ &apos;{language}&apos; (ដែលស្គាល់៖ {known})</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>{backup} ត្រូវបានខូច ឬមិនមែនជាមូលដ្ឋានទិន្នន័យ ({problem})</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>{backup} មិនមែនជាការបម្រុងទុករបស់ AISafe Desktop ទេ</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>{backup} ត្រូវបានបង្កើតដោយកំណែថ្មីជាងនៃ AISafe Desktop</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>{backup}៖ គ្មានឯកសារនេះទេ</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>សំណួរតម្រូវចំនួន {count} មិនទាន់បានឆ្លើយនៅឡើយ៖ {questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>សំណួរតម្រូវចំនួន {count} មិនទាន់បានឆ្លើយនៅឡើយ៖ {questions} និងចំនួន {more} ទៀត</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>{database} មិនមែនជាមូលដ្ឋានទិន្នន័យរបស់ AISafe Desktop ទេ៖ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។ សូមផ្លាស់ទីវាចេញ ឬប្រើថតទិន្នន័យផ្សេង។</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>{file} មិនមានឯកសារវិញ្ញាបនបត្រនៅក្បែរវាទេ៖ សូមផ្តល់ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>{file} មិនមែនជាកម្រងសំណួរត្រឹមត្រូវទេ៖ {problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>{file} មិនមែនជាកម្រងសំណួរត្រឹមត្រូវទេ៖ {problems} (និងចំនួន {more} ទៀត)</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}៖ គ្មានឯកសារនេះទេ</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>{new} មិនមែនជាកំណែមួយនៃ {old} ទេ</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>បាត់ឯកសារពុម្ពអក្សរដែលភ្ជាប់មកជាមួយ៖ {file}៖ សូមដំឡើង AISafe Desktop ឡើងវិញ</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>មិនអាចបង្កើតអត្តសញ្ញាណបានទេ៖ {problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>មិនអាចទាញយកចម្លើយចេញបានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>មិនអាចអានឯកសារអត្តសញ្ញាណ {file} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>មិនអាចអាន {source} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>មិនអាចសរសេរ {file} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation>សូមជ្រើសរើសឃ្លាសម្ងាត់៖ កូនសោឯកជនមិនដែលត្រូវបានរក្សាទុកដោយគ្មានការអ៊ិនគ្រីបទេ</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>ប្រទេស {country} មិនមែនជាកូដ ISO ពីរអក្សរ ដូចជា MY, TH ឬ VN ទេ</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>អ៊ីមែល {email} មើលទៅមិនដូច name@example.org ទេ</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>ការចុះហត្ថលេខាបរាជ័យ៖ {reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>ពុម្ពអក្សរដែលភ្ជាប់មកជាមួយបាត់ពី {folder}៖ សូមដំឡើង AISafe Desktop ឡើងវិញ</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>មិនទាន់បានបញ្ចូលឈ្មោះស្ថាប័ន</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>ឃ្លាសម្ងាត់មិនអាចបើក {source} បានទេ៖ សូមពិនិត្យវា ហើយព្យាយាមម្តងទៀត (ឃ្លាសម្ងាត់បែងចែកអក្សរធំ និងអក្សរតូច)</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>របាយការណ៍ដែលបានបង្កើតមិនមែនជា PDF ដែលអាចអានបានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>មិនអាចរៀបចំប្លង់របាយការណ៍បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>របាយការណ៍មិនអនុលោមតាម PDF/A-3b ទេ៖ {problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>ជួរបៃ (byte range) នៃហត្ថលេខាលើសពីចុងឯកសារ</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>ជួរបៃ (byte range) នៃហត្ថលេខាមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>មិនទាន់បានបញ្ចូលឈ្មោះអ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>{file} មានរួចហើយ៖ សូមជ្រើសរើសឈ្មោះឯកសារផ្សេង</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>{source} មិនមានកូនសោឯកជន ឬវិញ្ញាបនបត្រទេ៖ សូមនាំចេញវាម្តងទៀតដោយរួមបញ្ចូលកូនសោ</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>{source} មានផ្ទុក {kind}៖ មានតែកូនសោ RSA និង EC ប៉ុណ្ណោះដែលអាចចុះហត្ថលេខាលើរបាយការណ៍បាន</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>{source} មិនមែនជាវិញ្ញាបនបត្រ X.509 ប្រភេទ PEM ឬ DER ទេ</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{source} មិនមែនជាឯកសារ PKCS#12 (.p12/.pfx) ទេ</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>វត្ថុ (object)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>អ្វីផ្សេងទៀត</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>អត្ថបទ ឬលេខ</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>អត្ថបទ លេខ ឬបញ្ជី</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>អត្ថបទ លេខ ឬបញ្ជីអត្ថបទ</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} មិនមែនជាលេខដែល JSON អនុញ្ញាតទេ</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>តម្រូវ true ឬ false ប៉ុន្តែបានរកឃើញ {kind}</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>តម្រូវ {what} ប៉ុន្តែបានរកឃើញ {kind}</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>តម្រូវ null ប៉ុន្តែបានរកឃើញ {kind}</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>វាលដដែលលេចឡើងពីរដង</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} បៃ លើសពី {limit:,}</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>តម្រូវ &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>តម្រូវអត្ថបទ ប៉ុន្តែបានរកឃើញ {kind}</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>អត្ថបទមាន {length:,} តួអក្សរ លើសពី {limit:,}</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>អត្ថបទមិនមានទម្រង់ដូចការរំពឹងទុកទេ</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>តម្រូវលេខ ប៉ុន្តែបានរកឃើញ {kind}</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>លេខនេះមិនមែនជាតម្លៃកំណត់ និងសមហេតុផលទេ</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>លេខ {value} ស្ថិតនៅក្រៅចន្លោះ {low}–{high}</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>តម្រូវបញ្ជី ប៉ុន្តែបានរកឃើញ {kind}</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>បញ្ជីមាន {count:,} ធាតុ លើសពី {limit:,}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>តម្រូវវត្ថុ (object) ប៉ុន្តែបានរកឃើញ {kind}</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>{count:,} ធាតុ លើសពី {limit:,}</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>លេខសម្គាល់</translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation>អត្ថបទ ឬវត្ថុ (object)</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>មិនមែនជាអត្ថបទ UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation>មិនមែនជា JSON ត្រឹមត្រូវ (បន្ទាត់ {line})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>បង្កប់ជ្រៅពេក</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>វាលមិនស្គាល់</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>បាត់</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>ថាសពេញហើយ៖ សូមបង្កើនទំហំទំនេរ {megabytes} MB លើដ្រាយនៃ {folder} រួចព្យាយាមម្តងទៀត។ គ្មានអ្វីបាត់បង់ទេ៖ អ្វីៗដែលបានរក្សាទុកពីមុននៅមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>ការស្តារ {backup} ត្រូវបានរំខានមុនពេលវាផ្លាស់ប្តូរអ្វីមួយ៖ ទិន្នន័យរបស់អ្នកនៅដដែលដូចពីមុន។</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>ការស្តារ {backup} ត្រូវបានរំខាន៖ ឥឡូវនេះវាត្រូវបានបញ្ចប់ហើយ។ ទិន្នន័យដែលអ្នកមានពីមុនត្រូវបានរក្សាទុកក្នុង {kept}។</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>ការស្តារការបម្រុងទុកមួយត្រូវបានរំខាន ហើយកំណត់ហេតុ {journal} របស់វាមិនអាចអានបានទេ ({error})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ ទិន្នន័យរបស់អ្នកស្ថិតនៅក្នុង {folder}។</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>ការស្តារដែលត្រូវបានរំខានបានបន្សល់ទុកច្បាប់ចម្លងខូចមួយ {staging} ({problem})។ ទិន្នន័យពីមុនរបស់អ្នកស្ថិតនៅក្នុង {kept}។</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>ការស្តារដែលត្រូវបានរំខានមិនបានបន្សល់ទុកមូលដ្ឋានទិន្នន័យទេ។ ទិន្នន័យពីមុនរបស់អ្នកស្ថិតនៅក្នុង {kept}៖ ការបម្រុងទុកគឺ {backup}។</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>មិនអាចអាន {database} បានទេ ({problem})។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។ សូមពិនិត្យថាថតនោះអាចអានបាន និងថាថាសមិនពេញ រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>មិនអាចសរសេរការបម្រុងទុកទៅ {folder} បានទេ៖ {error}។ ទិន្នន័យរបស់អ្នកនៅដដែល។</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>មិនអាចរៀបចំប្លង់បង្កាន់ដៃពិនិត្យបានទេ៖ {detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>បង្កាន់ដៃពិនិត្យគ្មានកន្លែងសម្រាប់ហត្ថលេខាទេ</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>មិនអាចរៀបចំប្លង់សេចក្តីសង្ខេបបានទេ៖ {detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>ការដាក់ជូនដែលមានស្ថានភាព {old} មិនអាចប្តូរទៅជា {new} បានទេ</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>ការដាក់ជូន {id} ត្រូវបានផ្លាស់ប្តូរដោយ {who} ខណៈពេលដែលអ្នកកំពុងមើលវា៖ គ្មានអ្វីត្រូវបានសរសេរជាន់លើទេ។ សូមបើកវាម្តងទៀតដើម្បីមើលការផ្លាស់ប្តូរ។</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>គ្មានការដាក់ជូន {id} នៅក្នុងប្រអប់ទទួលទេ</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>{url} មិនមែនជា URL មូលដ្ឋានទិន្នន័យដែលកម្មវិធីនេះអាចប្រើបានទេ</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>ប្រអប់ទទួល {url} ត្រូវបានសរសេរដោយកំណែថ្មីជាងនៃ AISafe Desktop (schema {revision})៖ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។ សូមដំឡើងកំណែថ្មីជាងនោះ។</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>មិនអាចសរសេរប្រអប់ទទួល {url} បានទេ៖ {detail}។ គ្មានផ្នែកណាមួយនៃសកម្មភាពនេះត្រូវបានរក្សាទុកទេ៖ សូមបង្កើនទំហំទំនេរលើថាស ឬព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>ប្រអប់ទទួល {url} មិនអនុញ្ញាតឱ្យអ្នកប្រើ {user} ធ្វើសកម្មភាពនេះទេ៖ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមស្នើសិទ្ធិជាមន្ត្រីពីអ្នកគ្រប់គ្រងប្រអប់ទទួល (docs/inbox.md)។</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>ប្រអប់ទទួលត្រូវការឯកសារមូលដ្ឋានទិន្នន័យ មិនមែន {url} ទេ</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>ប្រអប់ទទួលដំណើរការជាមួយ SQLite ឬ PostgreSQL មិនមែន {url} ទេ</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>មិនអាចភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យប្រអប់ទទួល {url} បានទេ ({detail})។ សូមពិនិត្យឈ្មោះម៉ាស៊ីនមេ និងច្រក (port) ពិនិត្យថាម៉ាស៊ីនមេកំពុងដំណើរការ និងទទួលការតភ្ជាប់ពីកុំព្យូទ័រនេះ ព្រមទាំងពិនិត្យឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់។</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>វាល {path} នៃបង្កាន់ដៃត្រូវតែជាអត្ថបទដែលមានមិនលើសពី {limit} តួអក្សរ</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>ទិន្នន័យនៃបង្កាន់ដៃមិនមែនជាអត្ថបទ JSON ទេ</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>ឯកសារនេះមិនមែនជាបង្កាន់ដៃពិនិត្យទេ ({expected})</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>របាយការណ៍ កម្រងសំណួរ ឬមតិយោបល់នៃបង្កាន់ដៃបាត់ ឬមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>បង្កាន់ដៃមិនបញ្ជាក់ SHA-256 នៃឯកសារដែលបានពិនិត្យទេ</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>កាលបរិច្ឆេទនៃបង្កាន់ដៃមិនត្រូវបានសរសេរជា YYYY-MM-DD ទេ</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>មតិយោបល់ទី {index} នៃបង្កាន់ដៃមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>បង្កាន់ដៃនេះទាក់ទងនឹងរបាយការណ៍ដែលកុំព្យូទ័រនេះមិនបាននាំចេញ (SHA-256 {sha256})៖ សូមនាំចូលវានៅលើកុំព្យូទ័រដែលបានបង្កើតរបាយការណ៍នោះ</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>ឯកសារធំពេកមិនអាចជាបង្កាន់ដៃពិនិត្យបានទេ</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>ឯកសារនេះមិនមែនជា PDF ទេ</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>មិនអាចពឹងផ្អែកលើបង្កាន់ដៃនេះបានទេ៖ {reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — តើអ្នកចង់សំដៅលើ &apos;{guess}&apos; ឬ?</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>។ កូនសោដែលអនុញ្ញាតក្នុង {what}៖ {keys}។</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> តើអ្នកចង់សំដៅលើ &apos;{guess}&apos; ({language}) ឬ?</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> តើអ្នកចង់សំដៅលើ &apos;{guess}&apos; ឬ?</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>និង {count} ទៀត</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>កម្រិតលទ្ធផល {band} ពិន្ទុ {score} គ្មានសញ្ញាព្រមាន</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>កម្រិតលទ្ធផល {band} ពិន្ទុ {score} សញ្ញាព្រមាន៖ {flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>គ្មានកម្រិតលទ្ធផល</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>កម្រិតលទ្ធផលច្រើន ({bands})</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>គ្មានសញ្ញាព្រមាន</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>សញ្ញាព្រមាន៖ {flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>គ្មានពិន្ទុសរុប</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>ពិន្ទុសរុប {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}, {score} / 100, សញ្ញាព្រមាន៖ {flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}, {score} / 100, គ្មានសញ្ញាព្រមាន</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>ចម្លើយចំពោះ &apos;{question}&apos; មានតួអក្សរដែលពុម្ពអក្សរភ្ជាប់មកជាមួយមិនអាចបង្ហាញបាន ({characters})៖ របាយការណ៍បង្ហាញ {replacement} ជំនួសវិញ</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>អត្តសញ្ញាណនេះមានកូនសោប្រភេទ {key_type}៖ ហត្ថលេខាមានសុពលភាព ប៉ុន្តែហត្ថលេខាបែបនេះធ្វើឱ្យឯកសារក្លាយជា PDF 2.0 ដូច្នេះវាលែងជា PDF/A-3b (ទម្រង់សម្រាប់រក្សាទុកជាបណ្ណសារ) ទៀតហើយ៖ សូមប្រើអត្តសញ្ញាណ RSA ដើម្បីរក្សាទម្រង់ PDF/A</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>--days ត្រូវតែស្ថិតនៅចន្លោះ 1 និង {most} មិនមែន {days} ទេ</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>មិនអាចបង្កើតអាជ្ញាធរវិញ្ញាបនបត្របានទេ៖ {problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>មិនអាចអានបញ្ជីកត់ត្រា CA {path} បានទេ៖ {detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>មិនអាចអានបញ្ជីជឿទុកចិត្តរបស់អ្នកក្នុង {path} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>មិនអាចអាន {path} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>មិនអាចសរសេរបញ្ជីកត់ត្រា CA {path} បានទេ៖ {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>មិនអាចសរសេរ {path} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>បញ្ជីកត់ត្រា CA {path} ត្រូវបានខូច ({detail})៖ សូមស្តារវាឡើងវិញពីការបម្រុងទុករបស់អ្នក</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>បញ្ជីកត់ត្រា CA {path} ធំពេក</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>វិញ្ញាបនបត្រក្នុង {source} មិនមានសុពលភាពនៅថ្ងៃនេះទេ (មានសុពលភាពពី {start} ដល់ {end})</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>វិញ្ញាបនបត្រក្នុង {source} មិនអាចចុះហត្ថលេខាលើឯកសារបានទេ (key usage)</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>បញ្ជីកត់ត្រា {path} ជាកម្មសិទ្ធិរបស់ CA ផ្សេង ({other})</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>កំណត់ចំណាំវែងជាង {most} តួអក្សរ</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>បញ្ជីកត់ត្រារបស់ CA នេះគ្មានវិញ្ញាបនបត្រដែលមានលេខស៊េរី {serial} ទេ</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>អត្តសញ្ញាណនេះមិនមែនជាឯកសារអាជ្ញាធរវិញ្ញាបនបត្រទេ</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>{file} គ្មានសុពលភាព (INVALID)៖ {reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>{file} មិនជឿទុកចិត្ត (UNTRUSTED)៖ {reason}។ សូមជឿទុកចិត្តអ្នកចុះហត្ថលេខាជាមុនសិន ឬអនុញ្ញាតអ្នកចុះហត្ថលេខាដែលមិនជឿទុកចិត្ត</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>{fingerprint} ត្រូវបានជឿទុកចិត្តជា CA រួចហើយ</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>{fingerprint} មិនស្ថិតក្នុងបញ្ជីជឿទុកចិត្តរបស់អ្នកទេ</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>{path} គឺជាអត្តសញ្ញាណចុះហត្ថលេខា មិនមែនជាឯកសារអាជ្ញាធរវិញ្ញាបនបត្រទេ</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>{path} ធំពេកមិនអាចជាវិញ្ញាបនបត្រ ឬ CRL បានទេ</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>{path} ធំពេកមិនអាចជាសំណើ ឬវិញ្ញាបនបត្របានទេ</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>{serial} មិនមែនជាលេខស៊េរីទេ (គោលដប់ប្រាំមួយ ដូចដែលព័ត៌មានលម្អិតនៃអត្តសញ្ញាណបង្ហាញ)</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>{source} មិនផ្តល់ឈ្មោះក្នុង subject របស់វាទេ</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>{source} មិនផ្តល់ស្ថាប័នក្នុង subject របស់វាទេ</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>{source} មិនមានវិញ្ញាបនបត្រ X.509 ដែលអាចអានបាន (PEM ឬ DER) ទេ</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>{source} ត្រូវបានខូច៖ ហត្ថលេខារបស់វាមិនត្រូវនឹងកូនសោរបស់វាទេ</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>{source} មិនមែនជាវិញ្ញាបនបត្រសម្រាប់កូនសោក្នុង {identity} ទេ</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>{source} មិនមែនជាសំណើវិញ្ញាបនបត្រ (PKCS#10, PEM ឬ DER) ទេ</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>{source} មិនមែនជាបញ្ជីដកហូតវិញ្ញាបនបត្រ (CRL, PEM ឬ DER) ទេ</translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation>{source} មិនមែនសម្រាប់កូនសោ RSA ឬ EC ទេ</translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation>{source} ចាស់ជាង CRL ដែលបានរក្សាទុករួចហើយសម្រាប់ {ca}</translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation>{source} មិនត្រូវបានចុះហត្ថលេខាដោយ CA ក្នុងបញ្ជីជឿទុកចិត្តរបស់អ្នកទេ៖ សូមបន្ថែមវិញ្ញាបនបត្ររបស់ CA ជាមុនសិន</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{text} មិនមែនជាស្នាមសម្គាល់ SHA-256 (លេខគោលដប់ប្រាំមួយ 64 ខ្ទង់) ទេ</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>{value} មិនមែនជាស្នាមសម្គាល់ SHA-256 ឬឯកសារវិញ្ញាបនបត្រ ឬ CRL ទេ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>អ្នកមិនទាន់មានអត្តសញ្ញាណចុះហត្ថលេខានៅឡើយទេ៖ សូមជ្រើសរើស ថ្មី… ដើម្បីបង្កើតមួយ។</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>រក្សាទុករបាយការណ៍ជា</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>សូមជ្រើសរើសអត្តសញ្ញាណ ហើយវាយឃ្លាសម្ងាត់របស់វា។</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>កំពុងបង្កើតរបាយការណ៍…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>របាយការណ៍ដែលបានចុះហត្ថលេខាត្រូវបានរក្សាទុកជា {file}។
ស្នាមសម្គាល់របស់អ្នកចុះហត្ថលេខា (SHA-256) សម្រាប់ស្ថាប័ន៖ {fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>សូមកត់សម្គាល់៖</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>ឃ្លាសម្ងាត់នោះមិនអាចបើកអត្តសញ្ញាណនេះបានទេ។ សូមវាយបញ្ចូលម្តងទៀត។</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>នាំចេញ PDF ដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>របាយការណ៍ត្រូវបានចុះហត្ថលេខាដោយអត្តសញ្ញាណរបស់អ្នក ដូច្នេះស្ថាប័នអាចពិនិត្យបានថាអ្នកណាជាអ្នកផ្ញើ និងថាវាមិនត្រូវបានផ្លាស់ប្តូរ។ ចម្លើយរបស់អ្នកត្រូវបានភ្ជាប់នៅក្នុង PDF។</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>អត្តសញ្ញាណចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>ហត្ថលេខារបស់អ្នកណាដែលមាននៅលើរបាយការណ៍</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>ឃ្លាសម្ងាត់នៃអត្តសញ្ញាណដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>ភាសារបាយការណ៍</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>ភាសាដែលប្រើសរសេររបាយការណ៍</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>រក្សាទុកជា</translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation>កន្លែងរក្សាទុកឯកសារ PDF</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>ថ្មី…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>បង្កើតអត្តសញ្ញាណចុះហត្ថលេខាថ្មី</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>នាំចូល…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>នាំចូលឯកសារ .p12 ឬ .pfx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>នាំចេញ(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>បើកថត</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>កែប្រែការវាយតម្លៃដែលបាននាំចេញរួច?</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>ការវាយតម្លៃនេះត្រូវបាននាំចេញជា PDF ដែលបានចុះហត្ថលេខារួចហើយ។ ប្រសិនបើអ្នកប្តូរចម្លើយណាមួយ PDF នឹងលែងត្រូវនឹងចម្លើយដែលរក្សាទុកនៅទីនេះ ហើយលទ្ធផលនឹងក្លាយជាបណ្តោះអាសន្ន រហូតដល់អ្នកបំពេញរួចម្តងទៀត។ កំណត់ត្រានៃ PDF ដែលបាននាំចេញត្រូវបានរក្សាទុក។

ដើម្បីទុកចម្លើយដែលបាននាំចេញឱ្យនៅដដែល សូមធ្វើការលើច្បាប់ចម្លងមួយ។</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>ប្តូរចម្លើយ</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>ធ្វើការលើច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>ទុកឱ្យនៅដដែល</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>សូមបញ្ចូលឈ្មោះស្ថាប័ន ឬជ្រើសរើស &apos;រំលងសិន&apos;។</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>សូមស្វាគមន៍មកកាន់ AISafe Desktop</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>កម្មវិធីនេះណែនាំអ្នកក្នុងការធ្វើស្វ័យវាយតម្លៃលើប្រព័ន្ធ AI ដែលស្ថាប័នរបស់អ្នកប្រើប្រាស់ ឬបង្កើត៖ អ្វីដែលអាចខុស អ្វីដែលអ្នកកំពុងធ្វើរួចហើយដើម្បីដោះស្រាយ និងអ្វីដែលត្រូវធ្វើបន្ទាប់។ អ្នកឆ្លើយសំណួរងាយៗ៖ អ្នកអាចឈប់នៅពេលណាក៏បាន ហើយបន្តនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>អ្វីៗទាំងអស់ដែលអ្នកបញ្ចូល នៅតែស្ថិតនៅលើកុំព្យូទ័រនេះ។ កម្មវិធីនេះមិនដែលភ្ជាប់ទៅអ៊ីនធឺណិតទេ ហើយចម្លើយរបស់អ្នកត្រូវបានរក្សាទុកភ្លាមៗនៅពេលអ្នកផ្តល់ចម្លើយ។</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>អំពីស្ថាប័នរបស់អ្នក</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>ព័ត៌មាននេះបង្ហាញនៅលើរបាយការណ៍របស់អ្នក។ អ្នកអាចរំលងវាឥឡូវនេះ ហើយបំពេញនៅពេលក្រោយពីទំព័រដើម។</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>រំលងសិន</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>រក្សាទុក ហើយបន្ត</translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation>ប្រើភាសានេះសម្រាប់កម្មវិធី</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation>ប្រវត្តិនៃចម្លើយនេះ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>មតិយោបល់</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>មិនទាន់មានការផ្លាស់ប្តូរនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>នាំចេញជា CSV…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>នាំចេញប្រវត្តិ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>ស្ថាប័នរបស់អ្នក</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>សូមបន្ថែមព័ត៌មានលម្អិតនៃស្ថាប័នរបស់អ្នក ដើម្បីឱ្យវាបង្ហាញនៅលើរបាយការណ៍របស់អ្នក។</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>បន្ថែមព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>កែសម្រួល</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>កែសម្រួលព័ត៌មានលម្អិតនៃស្ថាប័ន</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (ច្បាប់ចម្លង)</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>“{title}” ត្រូវបានផ្លាស់ទីទៅធុងសំរាម។</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>នាំចូលចម្លើយ</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>ចម្លើយ AISafe (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>ស្វែងរកតាមចំណងជើង កម្រងសំណួរ ឬប្រព័ន្ធ AI</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>ស្វែងរកការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>បង្ហាញតែការវាយតម្លៃដែលមានអត្ថបទនេះប៉ុណ្ណោះ។ ផ្លូវកាត់៖ Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>ការវាយតម្លៃថ្មី(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>ចាប់ផ្តើមការវាយតម្លៃថ្មី (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>នាំចូល(&amp;I)…</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>បង្កើតការវាយតម្លៃពីឯកសារចម្លើយ (.json)</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>ផ្ទៀងផ្ទាត់ PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>ពិនិត្យថារបាយការណ៍ដែលបានចុះហត្ថលេខាមិនត្រូវបានផ្លាស់ប្តូរ។ អ្នកក៏អាចទម្លាក់ឯកសារ PDF មកលើអេក្រង់នេះបានដែរ។</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក(&amp;O)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>ចម្លង(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>លុប(&amp;D)</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>ផ្លាស់ទីទៅធុងសំរាម៖ អ្នកអាចមិនធ្វើវិញបាន</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>មិនទាន់មានការវាយតម្លៃនៅឡើយទេ</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>ចាប់ផ្តើមការវាយតម្លៃដំបូងរបស់អ្នក៖ ជ្រើសរើសកម្រងសំណួរ ឆ្លើយសំណួរតាមពេលវេលាដែលអ្នកទំនេរ ហើយមើលលទ្ធផលរបស់អ្នកជាមួយជំហានបន្ទាប់ដែលច្បាស់លាស់។ អ្នកអាចឈប់នៅពេលណាក៏បាន៖ ចម្លើយនីមួយៗត្រូវបានរក្សាទុកនៅពេលអ្នកឆ្លើយ។</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>ចាប់ផ្តើមការវាយតម្លៃដំបូងរបស់អ្នក</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation>ចុច Enter ដើម្បីបើកការវាយតម្លៃដែលបានជ្រើសរើស</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation>នាំចូលអត្តសញ្ញាណចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>អត្តសញ្ញាណចុះហត្ថលេខា (*.p12 *.pfx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>ឃ្លាសម្ងាត់របស់ {file}៖</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>រក្សាទុកវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>វិញ្ញាបនបត្រ (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>អត្តសញ្ញាណចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>ប្រើសម្រាប់ចុះហត្ថលេខាលើរបាយការណ៍ PDF របស់អ្នក។ សូមផ្ញើវិញ្ញាបនបត្រ (មិនមែនឯកសារអត្តសញ្ញាណទេ) ទៅស្ថាប័ន ដើម្បីឱ្យស្ថាប័នអាចពិនិត្យរបាយការណ៍របស់អ្នកបាន។</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>នីមួយៗមានស្នាមសម្គាល់ដែលស្ថាប័នអាចពិនិត្យបាន</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>អត្តសញ្ញាណថ្មី…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>នាំចូល…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>នាំចូលឯកសារ .p12 ឬ .pfx</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>នាំចេញវិញ្ញាបនបត្រ…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>រក្សាទុកវិញ្ញាបនបត្រសាធារណៈដើម្បីផ្ញើទៅស្ថាប័ន</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>លទ្ធផលផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>កម្រងសំណួរ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>អ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>ជឿទុកចិត្ត</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>មិនជឿទុកចិត្ត</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>គ្មានសុពលភាព</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ថ្មី</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>កំពុងពិនិត្យ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>បានទទួលយក</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>បានប្រគល់ត្រឡប់</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation>មូលដ្ឋានទិន្នន័យប្រអប់ទទួល</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>ទុកអាសយដ្ឋានឱ្យនៅទទេ ដើម្បីរក្សាប្រអប់ទទួលនៅលើកុំព្យូទ័រនេះ។ សម្រាប់មន្ត្រីច្រើននាក់ដែលប្រើប្រអប់ទទួលរួមគ្នា សូមបញ្ចូលអាសយដ្ឋាន PostgreSQL ដែលបុគ្គលិក IT របស់អ្នកបានផ្តល់ ឧទាហរណ៍ postgresql+psycopg://officer@db.agency.example:5432/inbox។ ពាក្យសម្ងាត់មិនដែលត្រូវបានរក្សាទុកទេ៖ អ្នកវាយបញ្ចូលវានៅពេលប្រអប់ទទួលបើក ឬបុគ្គលិក IT របស់អ្នកដាក់វាក្នុងឯកសារ .pgpass របស់អ្នក។</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>ឈ្មោះរបស់អ្នក ដូចដែលបង្ហាញក្នុងប្រវត្តិពិនិត្យ</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>អាសយដ្ឋានមូលដ្ឋានទិន្នន័យ(&amp;A)</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>ឈ្មោះរបស់អ្នក(&amp;N)</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>ប្រើប្រអប់ទទួលនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>នេះមិនមែនជាអាសយដ្ឋានមូលដ្ឋានទិន្នន័យទេ។</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>ប្រអប់ទទួលដំណើរការជាមួយ PostgreSQL (ឬឯកសារក្នុងម៉ាស៊ីន)។</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>ប្រអប់ទទួល — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>បន្ថែមឯកសារ…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>បន្ថែមថត…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ផ្ទាំងគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>នាំចេញតារាង…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>មូលដ្ឋានទិន្នន័យ…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>ផ្ទៀងផ្ទាត់ម្តងទៀត</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>ពិនិត្យឯកសារដែលបានរក្សាទុកទាំងអស់ម្តងទៀត ឧទាហរណ៍ បន្ទាប់ពីអ្នកបានជឿទុកចិត្តអ្នកចុះហត្ថលេខាណាម្នាក់</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>ស្ថាប័ន អ្នកចុះហត្ថលេខា ប្រព័ន្ធ AI ឬឯកសារ</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>របាយការណ៍ដែលបានទទួល</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ស្វែងរក(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>លទ្ធផលផ្ទៀងផ្ទាត់(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>ស្ថានភាព(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>លទ្ធផល(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ប្រទេស(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>វិស័យ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>កម្រងសំណួរ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ពី(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>ដល់(&amp;O)</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>កំពុងបើកប្រអប់ទទួល…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>មិនអាចបើកប្រអប់ទទួលបានទេ។</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>ប្រអប់ទទួល៖ {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>របាយការណ៍ចំនួន %n</numerusform>
            <numerusform>របាយការណ៍ចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>បន្ថែមរបាយការណ៍ដែលបានទទួល</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>របាយការណ៍ PDF (*.pdf);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>បន្ថែមថតនៃរបាយការណ៍</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>បានផ្ទៀងផ្ទាត់ %v ក្នុងចំណោម %m</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>បានបន្ថែមរបាយការណ៍ចំនួន %n</numerusform>
            <numerusform>បានបន្ថែមរបាយការណ៍ចំនួន %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>ចំនួន %n មាននៅក្នុងប្រអប់ទទួលរួចហើយ</numerusform>
            <numerusform>ចំនួន %n មាននៅក្នុងប្រអប់ទទួលរួចហើយ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>បានរំលងឯកសារផ្សេងទៀតចំនួន %n</numerusform>
            <numerusform>បានរំលងឯកសារផ្សេងទៀតចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>នាំចេញតារាង</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>សៀវភៅបញ្ជី Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>បានសរសេររបាយការណ៍ចំនួន %n ទៅ {file}</numerusform>
            <numerusform>បានសរសេររបាយការណ៍ចំនួន %n ទៅ {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>draft translation</source>
        <translation>ការបកប្រែព្រាង</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Please note</source>
        <translation>សូមកត់សម្គាល់</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (ច្បាប់ចម្លង)</translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation>AISafe Desktop</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>កំពុងបើកទិន្នន័យរបស់អ្នក…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ទំព័រដើម</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>ត្រឡប់ទៅបញ្ជីការវាយតម្លៃ (Alt+Home)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>ការវាយតម្លៃថ្មី</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>ចាប់ផ្តើមការវាយតម្លៃថ្មី (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>ភាសា ទំហំអក្សរ ការបម្រុងទុក (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្តារចុច</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>ផ្លូវកាត់ក្តារចុចទាំងអស់របស់កម្មវិធី (F1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>ប្រអប់ទទួល</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>សម្រាប់ស្ថាប័ន៖ ទទួល ពិនិត្យ និងរាប់របាយការណ៍ដែលអាជីវកម្មផ្ញើមកអ្នក (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ការរុករក</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation>នៅសល់ត្រូវឆ្លើយ មុនពេលអ្នកអាចបញ្ចប់</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>សំណួរតម្រូវចំនួន %n មិនទាន់មានចម្លើយនៅឡើយ។ សូមជ្រើសរើសសំណួរមួយ ដើម្បីទៅកាន់សំណួរនោះ។</numerusform>
            <numerusform>សំណួរតម្រូវចំនួន %n មិនទាន់មានចម្លើយនៅឡើយ។ សូមជ្រើសរើសសំណួរមួយ ដើម្បីទៅកាន់សំណួរនោះ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>សំណួរតម្រូវទាំងអស់ត្រូវបានឆ្លើយរួចហើយ</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>សូមជ្រើសរើស បញ្ចប់ ដើម្បីមើលលទ្ធផលរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>សំណួរដែលនៅសល់ត្រូវឆ្លើយ</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>ចុច Enter ដើម្បីទៅកាន់សំណួរដែលបានជ្រើសរើស</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>ឯកសារកម្រងសំណួរទាំងនេះក្នុងថតរបស់អ្នកមិនអាចប្រើបានទេ រហូតដល់វាត្រូវបានកែតម្រូវ៖</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… និង {count} ទៀត</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>ប្រហែល {minutes} នាទី · ភាសា៖ {languages} · អ្នកបោះពុម្ពផ្សាយ៖ {publisher} · កំណែ {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>(មិនទាក់ទងនឹងប្រព័ន្ធជាក់លាក់ណាមួយទេ)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>ការវាយតម្លៃថ្មី</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>សូមជ្រើសរើសកម្រងសំណួរដែលសមនឹងអ្វីដែលអ្នកចង់ពិនិត្យ។ អ្នកអាចឈប់នៅពេលណាក៏បាន៖ ចម្លើយនីមួយៗត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>ឈ្មោះដែលអ្នកនឹងចំណាំបានក្នុងបញ្ជី ឧទាហរណ៍ ឈ្មោះគម្រោង</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>ប្រព័ន្ធ AI (មិនតម្រូវ)</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>ជ្រើសរើសមួយ ឬវាយឈ្មោះប្រព័ន្ធ AI ដែលការវាយតម្លៃនេះពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>ភាសានៃសំណួរ</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>កម្រងសំណួរត្រូវបានបង្ហាញជាភាសានេះ</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>កម្រងសំណួរ</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>កម្រងសំណួរដែលអ្នកអាចប្រើបាន</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ចាប់ផ្តើម(&amp;S)</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>លេខពី {low} ដល់ {high}។</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>លេខយ៉ាងហោចណាស់ {low}។</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>លេខរហូតដល់ {high}។</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>លេខ។</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>“{text}” មិនមែនជាលេខទេ។ សូមវាយតែខ្ទង់លេខប៉ុណ្ណោះ ឧទាហរណ៍ {whole} ឬ {example}។</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>ឯកសារមានទំហំ {size:,} បៃ៖ កម្រងសំណួរត្រូវបានកំណត់ត្រឹម {limit:,} បៃ។ សូមបំបែកវាជាកម្រងសំណួរច្រើន ឬដកទិន្នន័យដែលបានបង្កប់ចេញ។</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>បៃ 0x{byte:02x} មិនមែនជា UTF-8 ត្រឹមត្រូវទេ។ សូមរក្សាទុកឯកសារជា UTF-8 (ក្នុងកម្មវិធីកែសម្រួលភាគច្រើន៖ &apos;Save with encoding&apos; → UTF-8)។</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>អត្ថបទនៅទីនេះមិនមែនជា YAML ត្រឹមត្រូវទេ ({parser})។ សូមពិនិត្យការចូលបន្ទាត់ (ប្រើតែដកឃ្លាប៉ុណ្ណោះ) ហើយដាក់អត្ថបទដែលមាន &apos;: &apos; ឬ &apos; #&apos; ឬដែលចាប់ផ្តើមដោយនិមិត្តសញ្ញា ក្នុងសញ្ញាសម្រង់។</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>&apos;: &apos; នៅក្នុងអត្ថបទធ្វើឱ្យ YAML អានផ្នែកដែលនៅសល់ជាកូនសោថ្មី។ សូមដាក់អត្ថបទទាំងមូលក្នុងសញ្ញាសម្រង់ (text: &quot;Note: …&quot;) ឬបើវាត្រូវជាកូនសោថ្មីមែន សូមចូលបន្ទាត់ឱ្យដូចកូនសោខាងលើ។ (កម្មវិធីញែក YAML៖ {parser})</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>ការផ្គូផ្គង &apos;{{…}}&apos; មិនត្រូវបានបិទ ឬអត្ថបទក្នុងនោះមាន &apos;: &apos; ឬ &apos; #&apos;។ សូមដាក់អត្ថបទបែបនេះក្នុងសញ្ញាសម្រង់ ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) ហើយបិទការផ្គូផ្គងដោយ &apos;}}&apos;។ (កម្មវិធីញែក YAML៖ {parser})</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>បញ្ជី &apos;[…]&apos; មិនត្រូវបានបិទ ឬធាតុមួយមាន &apos;: &apos; ឬ &apos; #&apos;។ សូមដាក់ធាតុបែបនេះក្នុងសញ្ញាសម្រង់ ហើយបិទបញ្ជីដោយ &apos;]&apos;។ (កម្មវិធីញែក YAML៖ {parser})</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>អត្ថបទក្នុងសញ្ញាសម្រង់មិនត្រូវបានបិទទេ៖ សូមបន្ថែមសញ្ញាសម្រង់បិទ (នៅក្នុង &quot;…&quot; សូមសរសេរសញ្ញាសម្រង់ជា \&quot; នៅក្នុង &apos;…&apos; ជា &apos;&apos;)។ (កម្មវិធីញែក YAML៖ {parser})</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>បន្ទាត់មួយចាប់ផ្តើមដោយតួអក្សរដែល YAML មិនអាចអាននៅទីនេះបាន (ថេប ឬ &apos;@&apos; ឬ &apos;`&apos; នៅដើមអត្ថបទ)។ សូមចូលបន្ទាត់ដោយប្រើតែដកឃ្លា ហើយដាក់អត្ថបទបែបនេះក្នុងសញ្ញាសម្រង់។ (កម្មវិធីញែក YAML៖ {parser})</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>បន្ទាត់នេះមិនមែនជា &apos;key: value&apos; ទេ៖ ខ្វះ &apos;:&apos; បន្ទាប់ពីកូនសោ ឬអត្ថបទវែងបន្តទៅបន្ទាត់ដែលចូលបន្ទាត់តិចជាងការគួរ (សូមប្រើប្លុក &apos;&gt;-&apos; សម្រាប់អត្ថបទវែង)។ (កម្មវិធីញែក YAML៖ {parser})</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>ការចូលបន្ទាត់មិនត្រូវនឹងបន្ទាត់ខាងលើទេ៖ កូនសោនៃការផ្គូផ្គងមួយ និងធាតុ &apos;- &apos; នៃបញ្ជីមួយ ត្រូវចាប់ផ្តើមនៅជួរឈរតែមួយ។ (កម្មវិធីញែក YAML៖ {parser})</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>alias *{anchor} គ្មាន anchor &amp;{anchor} នៅពីមុខវាទេ៖ សូមកំណត់ anchor នោះជាមុនសិន។</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>ឯកសារនេះមានឯកសារ YAML ច្រើនជាងមួយ (&apos;---&apos;)៖ សូមរក្សាកម្រងសំណួរតែមួយក្នុងមួយឯកសារ។</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>ឯកសារនេះពង្រីកទៅជាតម្លៃច្រើនជាង {limit:,} (ជាធម្មតាដោយសារ alias ដែលយោងទៅ alias ផ្សេងទៀត)។ សូមសរសេរតម្លៃឱ្យពេញ ឬប្រើ alias តិចជាងនេះ។</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>តម្លៃត្រូវបានដាក់ត្រួតគ្នាជ្រៅជាង {limit} កម្រិត៖ កម្រងសំណួរមិនដែលត្រូវការបែបនេះទេ។ សូមពិនិត្យការចូលបន្ទាត់។</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>កូនសោស្ទួន {key!r}៖ វាត្រូវបានផ្តល់រួចហើយនៅបន្ទាត់ {first_line}។ YAML រក្សាទុកតែមួយប៉ុណ្ណោះ ដូច្នេះសូមលុប ឬប្តូរឈ្មោះមួយ។</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>មិនអាចអានឯកសារបានទេ៖ {reason}។ សូមពិនិត្យផ្លូវ និងសិទ្ធិចូលប្រើ។</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>កូនសោបញ្ចូល (&apos;&lt;&lt;: *anchor&apos;) មិនត្រូវបានគាំទ្រក្នុងកម្រងសំណួរទេ៖ សូមសរសេរកូនសោឱ្យពេញ (alias &apos;*anchor&apos; តែឯង ជាតម្លៃទាំងមូល អាចប្រើបាន)។</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>កូនសោ &apos;{key}&apos; មិនស្គាល់ក្នុង {where}{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>{where} ត្រូវតែជា {expected} មិនមែន {found} ទេ។</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>{where} ទទេ៖ សូមសរសេរអត្ថបទ។</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>ស្លាក {tag!r} មិនត្រូវបានអនុញ្ញាតនៅទីនេះទេ៖ សូមសរសេរតម្លៃធម្មតាដោយគ្មាន &apos;!tag&apos;។</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>កូនសោត្រូវតែជាពាក្យធម្មតា មិនមែនជាបញ្ជី ឬការផ្គូផ្គងទេ។</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}៖ &apos;{combiner}&apos; ត្រូវតែនៅតែឯងក្នុងលក្ខខណ្ឌរបស់វា៖ សូមដាក់ការប្រៀបធៀបផ្សេងទៀតនៅខាងក្នុងវា។</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>{where} ({what}) ខ្វះកូនសោចាំបាច់ &apos;{key}&apos;។ សូមបន្ថែម &apos;{key}: …&apos;{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>{where} ត្រូវតែមានធាតុយ៉ាងហោចណាស់ {count}។</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>{where} ត្រូវការ &apos;question: &lt;លេខសម្គាល់សំណួរ&gt;&apos; ដើម្បីបញ្ជាក់ថាវាពិនិត្យចម្លើយណា។</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>{where} ត្រូវការការប្រៀបធៀបតែមួយគត់ ({operators}) ប៉ុន្តែរកឃើញ {count}។ សូមបញ្ចូលការប្រៀបធៀបច្រើនដោយប្រើ &apos;all:&apos; ឬ &apos;any:&apos;។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; មិនត្រូវបានអនុញ្ញាតសម្រាប់ {where} ទេ។{hint} សូមប្រើមួយក្នុងចំណោម៖ {choices}។</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>{where} គឺ {value}៖ វាត្រូវតែ {bound}។</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>&apos;{key}&apos; អនុវត្តតែចំពោះសំណួរលេខប៉ុណ្ណោះ៖ សំណួរ &apos;{question}&apos; ជាប្រភេទ {qtype}។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>&apos;{value}&apos; មិនមែនជាកំណែទេ៖ សូមសរសេរលេខបី major.minor.patch ដូចជា 1.0.0។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&apos;{value}&apos; ក្នុង {where} មិនមែនជាឧបករណ៍សម្គាល់ត្រឹមត្រូវទេ៖ សូមប្រើអក្សរតូច លេខ &apos;-&apos;, &apos;_&apos; ឬ &apos;.&apos;។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; មិនមែនជាកូដភាសាដែល AISafe ស្គាល់ទេ ({where})។{hint} សូមប្រើមួយក្នុងចំណោម៖ {choices}។</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>សំណួរ &apos;{question}&apos; ជាប្រភេទ {qtype} ហើយមិនអាចមានជម្រើសបានទេ៖ សូមលុបជម្រើសទាំងនោះ ឬប្តូរប្រភេទ។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>&apos;{value}&apos; តែឯង (គ្មាន value: និង label:) គឺជាទម្រង់ខ្លីនៃចម្លើយ yes_no៖ សំណួរ &apos;{question}&apos; ជាប្រភេទ {qtype} ដូច្នេះសូមសរសេរ {{value: …, label: …}}។</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>សំណួរ yes_no មានតែចម្លើយ yes, no និង na ប៉ុណ្ណោះ៖ &apos;{value}&apos; មិនមែនជាចម្លើយមួយក្នុងចំណោមនោះទេ។ សូមប្រើ single_choice សម្រាប់ចម្លើយផ្សេងទៀត។</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>សំណួរប្រភេទ {qtype} &apos;{question}&apos; ត្រូវការជម្រើសយ៉ាងហោចណាស់ពីរនៅក្រោម &apos;options&apos;។</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>សំណួរមាត្រដ្ឋាន &apos;{question}&apos; ត្រូវការចំណុចយ៉ាងហោចណាស់ពីរនៅក្រោម &apos;options&apos; (តម្លៃ 0, 1, … នីមួយៗមានស្លាក)។</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>ចំណុចមាត្រដ្ឋានជាចំនួនគត់ (0, 1, 2 …)៖ &apos;{value}&apos; មិនមែនជាចំនួនគត់ទេ។</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>{what} មាន min {minimum} ធំជាង (ឬស្មើនឹង) max {maximum}៖ សូមប្តូរទីតាំងពួកវា។</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>ចំណុចនៃសំណួរមាត្រដ្ឋាន &apos;{question}&apos; គឺ {points}៖ សូមដាក់លេខ 0, 1, 2 … (ឬ 1, 2, 3 …) ដោយគ្មានចន្លោះ (ខ្វះ៖ {missing})។</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}៖ &apos;{fragment}&apos; មើលទៅដូចជាផ្នែកដែលនៅសល់នៃអត្ថបទដែលត្រូវកាត់នៅ &apos;,&apos; ឬ &apos;?&apos; ដែលគ្មានសញ្ញាសម្រង់។ សូមដាក់អត្ថបទនេះក្នុងសញ្ញាសម្រង់៖ {key}: &quot;…, …&quot;។</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>{what} &apos;{value}&apos; ត្រូវបានប្រើពីរដង (លើកទីមួយនៅបន្ទាត់ {first_line})៖ {what} នីមួយៗត្រូវតែមិនស្ទួន។ សូមប្តូរឈ្មោះមួយ។</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>{where} គ្មានអត្ថបទជា {missing} ទេ៖ សូមបន្ថែម {add}។</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>{where} ជាអត្ថបទធម្មតា ប៉ុន្តែឯកសារប្រកាស {languages}៖ សូមសរសេរវាជាការផ្គូផ្គងដែលមានអត្ថបទមួយក្នុងមួយភាសា ({add})។</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>{where} មានអត្ថបទជា {extra} ដែលមិនមានក្នុង languages៖ សូមបន្ថែមកូដនោះទៅ languages ឬលុបអត្ថបទនោះ។</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>អត្ថបទ {count} គ្មានអត្ថបទ &apos;{code}&apos;{found} — នេះកើតចេញពី languages (បន្ទាត់ {line})៖ សូមកែតម្រូវចំណុចនោះជាមុនសិន។</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>default_language &apos;{value}&apos; មិនមានក្នុង languages ({languages}) ទេ៖ សូមបន្ថែមវានៅទីនោះ។</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>លក្ខខណ្ឌយោងទៅសំណួរ &apos;{question}&apos; ដែលមិនមាន{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>សំណួរ &apos;{question}&apos; គ្មានជម្រើស &apos;{value}&apos; ទេ៖ ជម្រើសរបស់វាគឺ {options}។</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>លក្ខខណ្ឌនៃ {owner} នេះពិនិត្យសំណួរ &apos;{question}&apos; ដែលបង្ហាញតែនៅពេលលក្ខខណ្ឌនោះពិតប៉ុណ្ណោះ។ សូមផ្អែកវាលើសំណួរផ្សេងទៀត (វាអាចនៅមុន ឬក្រោយក៏បាន៖ លក្ខខណ្ឌអាចយោងទៅមុខបាន)។</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>លក្ខខណ្ឌបង្កើតជារង្វង់៖ {chain}៖ គ្មានសំណួរណាអាចបង្ហាញមុនគេបានទេ។ សូមបំបែករង្វង់ដោយលុបលក្ខខណ្ឌមួយក្នុងចំណោមលក្ខខណ្ឌទាំងនេះ។</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>&apos;{operator}&apos; ប្រៀបធៀបលេខ ឬកាលបរិច្ឆេទ ប៉ុន្តែសំណួរ &apos;{question}&apos; ជាប្រភេទ {qtype}៖ សូមប្រើ equals ឬ in។</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>&apos;includes&apos; សម្រាប់សំណួរ multiple_choice៖ &apos;{question}&apos; ជាប្រភេទ {qtype}៖ សូមប្រើ equals។</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>&apos;{question}&apos; អនុញ្ញាតចម្លើយច្រើន៖ សូមប្រើ &apos;includes: VALUE&apos; ឬ &apos;in: [VALUES]&apos; ជំនួស {operator}។</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>&apos;{operator}: {value}&apos; លើសំណួរមាត្រដ្ឋាន &apos;{question}&apos; ត្រូវតែជាចំណុចមួយរបស់វា ({points}) ដែលសរសេរជាលេខដោយគ្មានសញ្ញាសម្រង់។</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>សំណួរ &apos;{question}&apos; ជាសំណួរលេខ ដូច្នេះ &apos;{operator}&apos; ត្រូវការលេខ មិនមែន &apos;{value}&apos; ទេ។</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>សំណួរ &apos;{question}&apos; ជាសំណួរកាលបរិច្ឆេទ ដូច្នេះ &apos;{operator}&apos; ត្រូវការកាលបរិច្ឆេទពិតដែលសរសេរជា &quot;YYYY-MM-DD&quot; (ឧ. &quot;2026-12-02&quot;) មិនមែន &apos;{value}&apos; ទេ។</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>សំណួរ &apos;{question}&apos; ជាសំណួរអត្ថបទ ដូច្នេះ &apos;{operator}&apos; ត្រូវការអត្ថបទ មិនមែន &apos;{value}&apos; ទេ៖ សូមដាក់វាក្នុងសញ្ញាសម្រង់។</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>វិមាត្រ &apos;{value}&apos; មិនត្រូវបានប្រកាសនៅក្រោម &apos;dimensions&apos; ទេ។{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>អនុសាសន៍ &apos;{value}&apos; មិនត្រូវបានប្រកាសនៅក្រោម &apos;recommendations&apos; ទេ។{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>កម្រិតលទ្ធផល &apos;{value}&apos; មិនត្រូវបានប្រកាសនៅក្រោម scoring.bands ទេ។{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>កម្រិតលទ្ធផល &apos;{lower}&apos; និង &apos;{upper}&apos; ត្រួតគ្នារវាង {start} និង {end}៖ សូមកំណត់ min នៃ &apos;{upper}&apos; ទៅ {end}។</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>គ្មានកម្រិតលទ្ធផលណាគ្របដណ្តប់ពិន្ទុពី {start} ដល់ {end} ទេ៖ {fix}។</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>វិមាត្រកាត់បន្ថយហានិភ័យមិនអាចរាប់បញ្ចូលក្នុងពិន្ទុសរុបផងដែរបានទេ៖ សូមដកវាចេញពី scoring.overall។</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>គ្មានជម្រើសណាផ្តល់ពិន្ទុដល់វិមាត្រ &apos;{value}&apos; ទេ ដូច្នេះវានឹងទទួលបានពិន្ទុ 0 ជានិច្ច៖ សូមផ្តល់ពិន្ទុ ឬលុបវាចេញ។</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>អនុសាសន៍ &apos;{value}&apos; មិនដែលត្រូវបានធ្វើឱ្យសកម្មដោយជម្រើស សញ្ញាព្រមាន កម្រិតអប្បបរមា ឬលទ្ធផលណាមួយទេ៖ សូមយោងទៅវា ឬលុបវាចេញ។</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>ឯកសារនេះគ្មាន &apos;format: 2&apos; ទេ ដូច្នេះវាត្រូវបានអានជាទម្រង់ 1 ដែលសំណួរ yes_no នីមួយៗក៏ផ្តល់ជម្រើស &apos;មិនពាក់ព័ន្ធ&apos; ផងដែរ (ដែលដកសំណួរនោះចេញពីការគណនាពិន្ទុ)។ សូមបន្ថែម &apos;format: 2&apos; នៅខាងលើបង្អស់ ហើយដាក់ na ក្នុង options តែនៅកន្លែងដែលវាជាចម្លើយពិតប្រាកដប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>{where} មាន &apos;{tag}&apos;៖ អត្ថបទត្រូវបានបង្ហាញជាអត្ថបទធម្មតានៅគ្រប់កន្លែង (អេក្រង់ និង PDF) ដូច្នេះស្លាកនោះនឹងបង្ហាញដូចដែលបានសរសេរ។ សូមលុបវាចេញ។</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>{where} មានតួអក្សរបញ្ជា {char}៖ វានឹងបញ្ជាទែមីណាល់ ឬបង្វិលអត្ថបទនៅលើអេក្រង់។ សូមលុបវាចេញ។</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>អត្ថបទដែលគ្មានការបកប្រែជា {language}៖ {count} (ទីមួយ៖ {first})។ រហូតដល់អត្ថបទទាំងនោះត្រូវបានបកប្រែ អេក្រង់ និង PDF ជា {language} នឹងបង្ហាញវាជា {fallback}។ សូមបកប្រែវានៅក្នុង {translation}។</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>{translation} បកប្រែ &apos;{address}&apos; ដែលកម្រងសំណួរនេះមិនមាន (បានផ្លាស់ទី ឬលុបចោល)។ សូមផ្លាស់ទីវាទៅអាសយដ្ឋានថ្មីនៃអត្ថបទនោះ ឬលុបវាចោល។</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>អត្ថបទ {language} នៃ &apos;{address}&apos; មានកន្លែងដាក់តម្លៃ {found} ប៉ុន្តែអត្ថបទ {fallback} មាន {expected}។ សូមរក្សា {{placeholder}} នីមួយៗឱ្យដូចគ្នាបេះបិទនឹងអ្វីដែលសរសេរក្នុង {fallback}។</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>{translation} បកប្រែ {questionnaire} កំណែ {found} មិនមែន {version} ទេ ដូច្នេះវាមិនត្រូវបានប្រើទេ។ សូមធ្វើបច្ចុប្បន្នភាពអត្ថបទរបស់វា ហើយកំណត់ version: {version}។</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>{translation} មិនមែនជាឯកសារបកប្រែទេ (វាត្រូវការ questionnaire, version, language (កូដដែលស្គាល់), status (draft ឬ reviewed) និង texts)។ សូមកែក្បាលឯកសាររបស់វា។</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>ស្ថាប័នរបស់អ្នក</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>1 ដល់ 9 នាក់</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 ដល់ 49 នាក់</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 ដល់ 249 នាក់</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 នាក់ ឬច្រើនជាងនេះ</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>ស្ថាប័នរដ្ឋាភិបាល ឬស្ថាប័នសាធារណៈ</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>ឈ្មោះស្ថាប័ន</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>លេខចុះបញ្ជី</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>អ៊ីមែលទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>ដូចដែលគួរបង្ហាញនៅលើរបាយការណ៍របស់អ្នក។</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>ឧទាហរណ៍ លេខ SSM, ACRA ឬ DBD របស់អ្នក (ឬលេខចុះបញ្ជីពាណិជ្ជកម្ម)។ មិនតម្រូវ។</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>ទីតាំងរបស់ស្ថាប័ន។</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>ឧទាហរណ៍ ការលក់រាយ សុខាភិបាល ហិរញ្ញវត្ថុ ឬការអប់រំ។</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>ចំនួនមនុស្សដែលធ្វើការឱ្យស្ថាប័ន។</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>អ្នកដែលឆ្លើយសំណួរអំពីការវាយតម្លៃ។ មិនតម្រូវ។</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>អាសយដ្ឋានអ៊ីមែលរបស់អ្នកនោះ។ មិនតម្រូវ។</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>ជ្រើសរើសប្រទេស</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>ជ្រើសរើសទំហំ</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>ឧទាហរណ៍ ការលក់រាយ</translation>
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
        <translation>ចម្លើយនេះកំណត់លទ្ធផលទៅ {band} ទោះបីអ្នកឆ្លើយអ្វីផ្សេងទៀតក៏ដោយ៖ {message} សូមឈប់ ហើយស្វែងរកដំបូន្មានមុនពេលប្រព័ន្ធ AI នេះត្រូវបានប្រើប្រាស់។</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>លទ្ធផលបណ្តោះអាសន្ន៖ {band} ({percent} %)។</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>ផ្អែកលើសំណួរដែលបានឆ្លើយចំនួន %n ក្នុងចំណោមសំណួរ {total} ដែលពាក់ព័ន្ធរហូតមកដល់ពេលនេះ។ លទ្ធផលនៅតែអាចផ្លាស់ប្តូរ នៅពេលអ្នកឆ្លើយសំណួរដែលនៅសល់។</numerusform>
            <numerusform>ផ្អែកលើសំណួរដែលបានឆ្លើយចំនួន %n ក្នុងចំណោមសំណួរ {total} ដែលពាក់ព័ន្ធរហូតមកដល់ពេលនេះ។ លទ្ធផលនៅតែអាចផ្លាស់ប្តូរ នៅពេលអ្នកឆ្លើយសំណួរដែលនៅសល់។</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>សញ្ញាព្រមានរហូតមកដល់ពេលនេះ៖</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>លទ្ធផលរហូតមកដល់ពេលនេះ</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>បានពង្រីក។ {guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>បានបង្រួម។ ចុច Space ដើម្បីបង្ហាញការណែនាំសម្រាប់សំណួរនេះ។</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>ស្ថាប័នបានផ្តល់មតិលើចម្លើយនេះ៖</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>មិនទាន់បានរក្សាទុក។ ចម្លើយរបស់អ្នកត្រូវបានរក្សាទុកនៅទីនេះ ហើយកម្មវិធីកំពុងព្យាយាមរក្សាទុកវាជាបន្តបន្ទាប់។</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>សំណួរនេះជា {language}។</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>តម្រូវ។</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>មិនតម្រូវ។</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>បានបំពេញជាមុនពីប្រវត្តិរូបស្ថាប័នរបស់អ្នក។ សូមកែប្រែ ប្រសិនបើវាមិនត្រឹមត្រូវសម្រាប់ការវាយតម្លៃនេះ។</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>តម្រូវ</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>សម្អាតចម្លើយ</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>សម្អាតចម្លើយ៖ {question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>ដកចម្លើយចំពោះសំណួរនេះចេញ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>ប្រវត្តិ៖ {question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>ពេលណា និងរបៀបដែលចម្លើយនេះ និងមតិយោបល់របស់វាបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>ហេតុអ្វីយើងសួរ</translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation>ហេតុអ្វីយើងសួរ៖ {question}</translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation>ភស្តុតាង ឬមតិយោបល់៖ {question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>មិនតម្រូវ៖ កំណត់ចំណាំ ឈ្មោះឯកសារ ឬតំណភ្ជាប់ទៅភស្តុតាង</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>បង្កាន់ដៃពិនិត្យដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>បង្កាន់ដៃនេះជូនដំណឹងដល់អាជីវកម្មអំពីសេចក្តីសម្រេចរបស់អ្នក និងមតិយោបល់នីមួយៗ ហើយត្រូវបានចុះហត្ថលេខាដោយអត្តសញ្ញាណរបស់ស្ថាប័នអ្នក ដើម្បីឱ្យកម្មវិធីរបស់ពួកគេអាចពិនិត្យបានថាវាមកពីអ្នក។</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>អត្តសញ្ញាណចុះហត្ថលេខា(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>ឃ្លាសម្ងាត់(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>ភាសានៃបង្កាន់ដៃ(&amp;L)</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>មិនទាន់មានអត្តសញ្ញាណចុះហត្ថលេខានៅឡើយទេ៖ សូមបង្កើតមួយក្នុង ការកំណត់ → អត្តសញ្ញាណចុះហត្ថលេខា ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>រក្សាទុកបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>បានរក្សាទុកបង្កាន់ដៃដែលបានចុះហត្ថលេខាទៅ {file}</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>ការពិនិត្យពី {agency}</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>ស្ថាប័នបានទទួលយក</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>បានប្រគល់ត្រឡប់ដើម្បីកែប្រែ</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>ស្ថាប័នកំពុងពិនិត្យ</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>ស្ថាប័នបានទទួល</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency} ({decision}, {date})៖ {comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>សូមដាក់ជូនឡើងវិញត្រឹម {date}</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>បង្កាន់ដៃត្រូវបានចុះហត្ថលេខា និងមិនត្រូវបានផ្លាស់ប្តូរ ប៉ុន្តែអ្នកចុះហត្ថលេខាមិនស្ថិតក្នុងបញ្ជីជឿទុកចិត្តរបស់អ្នកទេ៖ សូមពិនិត្យស្នាមសម្គាល់ជាមួយស្ថាប័ន។</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>សេចក្តីសម្រេច</translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation>ចុះហត្ថលេខាដោយ {signer} ({fingerprint})៖ សម្រេចនៅថ្ងៃ {date}។</translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation>ស្ថាប័នមិនបានផ្តល់មតិយោបល់ទេ។</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>អំពីរបាយការណ៍ទាំងមូល</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>ចម្លើយរបស់អ្នក៖ {answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(មិនទាន់ឆ្លើយ)</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>ស្ថាប័ន៖ {comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>ចម្លើយក្នុងរបាយការណ៍</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>របាយការណ៍នេះមិនឆ្លងកាត់ការត្រួតពិនិត្យមួយ៖ កុំពឹងផ្អែកលើចម្លើយទាំងនេះ។</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>កម្រងសំណួរនេះមិនត្រូវបានដំឡើងនៅទីនេះទេ៖ ចម្លើយត្រូវបានបង្ហាញតាមលេខសម្គាល់សំណួរ។</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>របាយការណ៍នេះគ្មានចម្លើយទេ។</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(មិនទាន់ឆ្លើយ)</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>មតិយោបល់ ឬភស្តុតាង៖ {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>របាយការណ៍ដែលបានទទួល</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>លទ្ធផលផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ ជឿទុកចិត្ត៖ បានចុះហត្ថលេខា មិនត្រូវបានផ្លាស់ប្តូរ ហើយអ្នកចុះហត្ថលេខាស្ថិតក្នុងបញ្ជីជឿទុកចិត្តរបស់អ្នក។</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ មិនជឿទុកចិត្ត៖ បានចុះហត្ថលេខា និងមិនត្រូវបានផ្លាស់ប្តូរ ប៉ុន្តែគ្មាននរណាម្នាក់ដែលអ្នកជឿទុកចិត្តធានាលើអ្នកចុះហត្ថលេខាទេ។ សូមប្រៀបធៀបស្នាមសម្គាល់ជាមួយអាជីវកម្មនោះ មុនពេលពឹងផ្អែកលើវា។</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ គ្មានសុពលភាព៖ កុំពឹងផ្អែកលើឯកសារនេះ។</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>ការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>ការពិនិត្យ</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>អ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>ស្នាមសម្គាល់ (SHA-256)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>ប្រព័ន្ធ AI</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>កម្រងសំណួរ</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>លទ្ធផល (គណនាពិន្ទុឡើងវិញ)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>ពេលវេលាចុះហត្ថលេខាដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>សញ្ញាព្រមាន</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>ហេតុអ្វីបានជាលទ្ធផលនេះ</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>កំណែកម្រងសំណួរនេះមិនត្រូវបានដំឡើងនៅទីនេះទេ៖ ចម្លើយមិនអាចបង្ហាញជាមួយសំណួររបស់វាបានទេ។</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>គ្មានចម្លើយដែលបានផ្ទៀងផ្ទាត់សម្រាប់បង្ហាញទេ។</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(មិនទាន់ឆ្លើយ)</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>មតិយោបល់ ឬភស្តុតាងរបស់អ្នកឆ្លើយ៖ {text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>ផ្តល់មតិយោបល់លើចម្លើយនេះ…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>មតិយោបល់លើ៖ {question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>ការដាក់ជូនឡើងវិញនៃរបាយការណ៍ {id} ដែលបានទទួលនៅ {when}។</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>លទ្ធផល៖ {before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>គ្មានចម្លើយណាមួយបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>មុន៖ {before}
ឥឡូវ៖ {after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}, {when}៖ {text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>មន្ត្រី</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>មតិយោបល់លើរបាយការណ៍ទាំងមូល (មិនតម្រូវ)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ស្ថានភាព(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>មតិយោបល់(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>កាលបរិច្ឆេទកំណត់(&amp;D) (របាយការណ៍ដែលបានប្រគល់ត្រឡប់)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>ស្ថានភាពបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>រក្សាទុកការពិនិត្យ</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>បង្កាន់ដៃដែលបានចុះហត្ថលេខា…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(កំណត់ត្រឹម {date})</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>ផ្តល់មតិយោបល់លើចម្លើយ</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>ផ្ទៀងផ្ទាត់របាយការណ៍ដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>បានជឿទុកចិត្តពីទិដ្ឋភាពផ្ទៀងផ្ទាត់ បន្ទាប់ពីបានប្រៀបធៀបស្នាមសម្គាល់</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>ហេតុអ្វីបានជាលទ្ធផលនេះ</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>អ្វីដែលកម្រិតនេះតម្រូវពីអ្នក</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>លទ្ធផល៖ {band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>លទ្ធផលតាមមាត្រដ្ឋាននៃកម្រងសំណួរ</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}៖ កម្រិតលទ្ធផលទី {number} ក្នុងចំណោម {count} ({bands}); ពិន្ទុសរុប {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>កម្រិតលទ្ធផលទី {number} ក្នុងចំណោម {count} · ពិន្ទុសរុប {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>ពិន្ទុសរុប៖ {score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>សញ្ញាព្រមាន</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>សញ្ញាព្រមាន</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>ផ្នែកហានិភ័យ (ពិន្ទុកាន់តែខ្ពស់ កាន់តែធ្ងន់ធ្ងរ)</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>ពិន្ទុតាមផ្នែក (កាន់តែខ្ពស់ កាន់តែល្អ)</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>វិធានការការពារ (កាន់តែខ្ពស់ កាន់តែល្អ)</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>ធ្វើមុនគេ</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>ធ្វើបន្ទាប់</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>ពេលអ្នកអាចធ្វើបាន</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>អ្វីដែលត្រូវធ្វើបន្ទាប់</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>ផែនការសកម្មភាពរបស់អ្នក៖ សូមធីកជំហាននីមួយៗនៅពេលវារួចរាល់ ហើយកំណត់អ្នកទទួលខុសត្រូវ និងកាលបរិច្ឆេទកំណត់។ ផែនការនេះត្រូវបានរក្សាទុកជាមួយការវាយតម្លៃ ហើយបោះពុម្ពក្នុងរបាយការណ៍ដែលបានចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>ត្រឡប់ទៅចម្លើយវិញ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>នាំចេញ PDF ដែលបានចុះហត្ថលេខា(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>កំណត់ហេតុនៃការផ្លាស់ប្តូរ(&amp;L)…</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>ពេលដែលការវាយតម្លៃនេះត្រូវបានបង្កើត ឆ្លើយ បញ្ចប់ នាំចេញ និងដំឡើងកំណែ (Alt+L)</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>បង្កើតរបាយការណ៍ PDF ដែលបានចុះហត្ថលេខា ដែលអ្នកដទៃអាចផ្ទៀងផ្ទាត់បាន</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>មិនបានរក្សាទុក៖ សូមមើលកំណត់ចំណាំនៅសំណួរ</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>ចម្លើយចំនួន %n មិនទាន់បានរក្សាទុក៖ កំពុងព្យាយាមម្តងទៀត</numerusform>
            <numerusform>ចម្លើយចំនួន %n មិនទាន់បានរក្សាទុក៖ កំពុងព្យាយាមម្តងទៀត</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>បានរក្សាទុកនៅម៉ោង {time}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>ស្ថានភាពរក្សាទុក</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>បានបំពេញរួច</translation>
    </message>
    <message>
        <source>started</source>
        <translation>បានចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>មិនទាន់ចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>ជ្រើសរើសផ្នែកមួយ ដើម្បីទៅកាន់ផ្នែកនោះ។ ផ្លូវកាត់៖ F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>ស្តារការបម្រុងទុក</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>ត្រឡប់ទៅទិន្នន័យដូចដែលមានក្នុងការបម្រុងទុកនេះ? ការផ្លាស់ប្តូរដែលបានធ្វើចាប់តាំងពីពេលនោះនឹងមិនមាននៅក្នុងទិន្នន័យដែលបានស្តារទេ ប៉ុន្តែទិន្នន័យបច្ចុប្បន្នត្រូវបានរក្សាទុកជាច្បាប់ចម្លងជាមុនសិន។</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ស្តារ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ទូទៅ</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>ដូចប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ភ្លឺ</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ងងឹត</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>កម្រិតពណ៌ផ្ទុយខ្ពស់</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation>ភាសារបស់កម្មវិធី។ ផ្លាស់ប្តូរភ្លាមៗ។</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>ទំហំអក្សរ</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>ធ្វើឱ្យអក្សរទាំងអស់ធំជាងមុន</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>ពណ៌</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>ភ្លឺ ងងឹត ឬកម្រិតពណ៌ផ្ទុយខ្ពស់៖ ផ្លាស់ប្តូរភ្លាមៗ</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>ទិន្នន័យរបស់អ្នក</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>អ្វីៗទាំងអស់ដែលអ្នកបញ្ចូលត្រូវបានរក្សាទុកក្នុងថតនេះនៅលើកុំព្យូទ័រនេះ ហើយមិនមែននៅកន្លែងផ្សេងទៀតទេ៖</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>ថតទិន្នន័យ៖ {folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>បើកថតទិន្នន័យ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ការបម្រុងទុក</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>ការបម្រុងទុកត្រូវបានធ្វើរៀងរាល់ថ្ងៃដែលអ្នកប្រើកម្មវិធី និងមុនពេលធ្វើបច្ចុប្បន្នភាពនីមួយៗ។ សូមចម្លងថតការបម្រុងទុកទៅ USB ម្តងម្កាល។</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>ការបម្រុងទុក ថ្មីបំផុតមុនគេ</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>ជ្រើសរើសការបម្រុងទុកដើម្បីស្តារ</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>បម្រុងទុកឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>បើកថតការបម្រុងទុក</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>ស្តារការបម្រុងទុកដែលបានជ្រើសរើស…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>អំពី</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version}។ ដំណើរការដោយមិនភ្ជាប់អ៊ីនធឺណិត៖ មិនដែលផ្ញើទិន្នន័យទៅកន្លែងណាទេ។ បង្កើតឡើងដោយប្រើបណ្ណាល័យ និងពុម្ពអក្សរទាំងនេះ ក្រោមអាជ្ញាប័ណ្ណរបស់វា៖</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>គ្រប់ទីកន្លែង</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>ពេលឆ្លើយ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ទំព័រដើម</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>បញ្ជីផ្លូវកាត់ក្តារចុចនេះ</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>ចាប់ផ្តើមការវាយតម្លៃថ្មី</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>ត្រឡប់ទៅបញ្ជីការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>ការកំណត់៖ ភាសា ទំហំអក្សរ ការបម្រុងទុក</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>ចាកចេញ (សួរជាមុនសិន ប្រសិនបើចម្លើយមិនទាន់បានរក្សាទុក)</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>ការគ្រប់គ្រងបន្ទាប់ / មុន</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + អក្សរដែលមានគូសបន្ទាត់ពីក្រោម</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>ប៊ូតុង ឬវាលដែលមានអក្សរនោះ</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>ស្វែងរកការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>នាំចូលឯកសារចម្លើយ</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>បើកការវាយតម្លៃដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation>ផ្លាស់ទីការវាយតម្លៃដែលបានជ្រើសរើសទៅធុងសំរាម (អ្នកអាចមិនធ្វើវិញបាន)</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>ផ្នែកបន្ទាប់ (បញ្ចប់ នៅផ្នែកចុងក្រោយ)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>ផ្នែកមុន</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter (លើជម្រើសមួយ)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>ផ្នែកបន្ទាប់</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>ទៅកាន់បញ្ជីផ្នែក</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>គ្រាប់ចុចព្រួញ</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>ផ្លាស់ទីរវាងជម្រើសនៃសំណួរ</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>ជ្រើសរើសជម្រើសមួយ៖ បង្ហាញ ឬលាក់ &quot;ហេតុអ្វីយើងសួរ&quot;</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>លទ្ធផលបណ្តោះអាសន្នរហូតមកដល់ពេលនេះ</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្តារចុច</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>អ្វីៗទាំងអស់ក្នុង AISafe Desktop អាចធ្វើបានដោយប្រើក្តារចុច។ ប៊ូតុងក៏បង្ហាញផ្លូវកាត់របស់វានៅក្នុងព័ត៌មានជំនួយ (tooltip) ផងដែរ។</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>គ្រាប់ចុច</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>អ្វីដែលវាធ្វើ</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>បានបើករួចហើយ</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>AISafe Desktop ត្រូវបានបើករួចហើយនៅក្នុងផ្ទាំងវីនដូមួយទៀតជាមួយទិន្នន័យដដែល។ សូមប្តូរទៅផ្ទាំងវីនដូនោះ ឬបិទវា ហើយចាប់ផ្តើមកម្មវិធីម្តងទៀត។</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>ទិន្នន័យកំណែថ្មីជាង</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>ទិន្នន័យរបស់អ្នកត្រូវបានរក្សាទុកដោយកំណែថ្មីជាងនៃ AISafe Desktop។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។ សូមដំឡើងកំណែនោះ (ឬកំណែក្រោយជាងនេះ) ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>ទិន្នន័យខូច</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>ឯកសារទិន្នន័យត្រូវបានខូច ហើយមិនអាចបើកបានទេ។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។ ស្តារការបម្រុងទុកចុងក្រោយ ({backup})? ឯកសារដែលខូចត្រូវបានរក្សាទុកជាច្បាប់ចម្លង។</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>ឯកសារទិន្នន័យត្រូវបានខូច ហើយរកមិនឃើញការបម្រុងទុកទេ។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។ សូមទាក់ទងផ្នែកជំនួយ IT របស់អ្នក៖ ពួកគេអាចពិនិត្យឯកសារក្នុងថតទិន្នន័យបាន។</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>មិនអាចបើកទិន្នន័យរបស់អ្នកបានទេ</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>ស្តារការបម្រុងទុក</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>ជឿទុកចិត្ត៖ ចុះហត្ថលេខាដោយនរណាម្នាក់ដែលអ្នកជឿទុកចិត្ត និងមិនត្រូវបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>{file} ត្រូវបានចុះហត្ថលេខាដោយអ្នកចុះហត្ថលេខាក្នុងបញ្ជីជឿទុកចិត្តរបស់អ្នក ហើយមិនត្រូវបានផ្លាស់ប្តូរចាប់តាំងពីពេលនោះមក។ ចម្លើយនៅខាងក្នុងផ្តល់លទ្ធផលដូចដែលវាបានបញ្ជាក់។</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>មិនជឿទុកចិត្ត (UNTRUSTED)៖ មិនត្រូវបានផ្លាស់ប្តូរ ប៉ុន្តែអ្នកចុះហត្ថលេខាមិនស្ថិតក្នុងបញ្ជីជឿទុកចិត្តរបស់អ្នកទេ</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>{file} មិនត្រូវបានផ្លាស់ប្តូរចាប់តាំងពីវាត្រូវបានចុះហត្ថលេខា។ ប៉ុន្តែនរណាក៏អាចបង្កើតកូនសោដែលមានឈ្មោះណាមួយនៅលើវាបានដែរ៖ មុនពេលអ្នកពឹងផ្អែកលើវា សូមប្រៀបធៀបស្នាមសម្គាល់ខាងក្រោមជាមួយអ្នកចុះហត្ថលេខាតាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>កុំពឹងផ្អែកលើរបាយការណ៍នេះ</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>{file} មិនត្រូវបានផ្លាស់ប្តូរទេ ប៉ុន្តែវិញ្ញាបនបត្ររបស់អ្នកចុះហត្ថលេខាមិនអាចទទួលយកបានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>វាត្រូវបានដកហូត</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>វាមិនមានសុពលភាពនៅពេលវេលាចុះហត្ថលេខាដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>វាមិនអាចប្រើដើម្បីចុះហត្ថលេខាលើឯកសារបានទេ</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>ខ្សែសង្វាក់វិញ្ញាបនបត្ររបស់វាត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>ស្ថិតក្នុងបញ្ជីជឿទុកចិត្តរបស់អ្នក</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>មិនស្ថិតក្នុងបញ្ជីជឿទុកចិត្តរបស់អ្នក</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>អ្នកចុះហត្ថលេខា៖ {signer}
ស្ថាប័ន៖ {organisation} ({country})
ស្នាមសម្គាល់ (SHA-256)៖ {fingerprint}
ពេលវេលាចុះហត្ថលេខាដែលបានប្រកាស៖ {when} (នាឡិការបស់អ្នកចុះហត្ថលេខាផ្ទាល់)
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>ជឿទុកចិត្តអ្នកចុះហត្ថលេខានេះ?</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>សូមទូរស័ព្ទទៅ {signer} ({organisation}) តាមលេខទូរស័ព្ទដែលអ្នកស្គាល់រួចហើយ — មិនមែនលេខពីរបាយការណ៍នេះទេ — ហើយសុំឱ្យពួកគេអានស្នាមសម្គាល់របស់ពួកគេ។ សូមជឿទុកចិត្តពួកគេ លុះត្រាតែវាដូចគ្នាទាំងស្រុងនឹង៖

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>បន្ទាប់មក របាយការណ៍នីមួយៗដែលកូនសោនេះចុះហត្ថលេខា នឹងត្រូវបង្ហាញថាជឿទុកចិត្ត។ អ្នកអាចដកវាចេញបាននៅក្នុង ការកំណត់ → អ្នកចុះហត្ថលេខា និងស្ថាប័នដែលជឿទុកចិត្ត។</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>ដូចគ្នា៖ ជឿទុកចិត្តអ្នកចុះហត្ថលេខានេះ</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>CA របស់ស្ថាប័ន (ជឿទុកចិត្តវិញ្ញាបនបត្រទាំងអស់ដែលវាចេញ)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>អ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>(ស្គាល់តែតាមស្នាមសម្គាល់ប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>បន្ថែមនៅ {when} ដោយ {who}</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>បញ្ជីដកហូតនៃ {when}</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>ជឿទុកចិត្តវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>វិញ្ញាបនបត្រ និងបញ្ជីដកហូត (*.pem *.crt *.cer *.der *.crl);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>ឈប់ជឿទុកចិត្ត</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>ឈប់ជឿទុកចិត្ត {name}? បន្ទាប់មក របាយការណ៍របស់វានឹងត្រូវផ្ទៀងផ្ទាត់ថា UNTRUSTED (មិនជឿទុកចិត្ត)។</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>អ្នកចុះហត្ថលេខា និងស្ថាប័នដែលជឿទុកចិត្ត</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>របាយការណ៍ពីអ្នកចុះហត្ថលេខាទាំងនេះ ឬដែលមានវិញ្ញាបនបត្រពី CA របស់ស្ថាប័នទាំងនេះ នឹងត្រូវផ្ទៀងផ្ទាត់ថាជឿទុកចិត្ត។ របាយការណ៍របស់អ្នកផ្សេងទៀតត្រូវបានបង្ហាញថា UNTRUSTED (មិនជឿទុកចិត្ត) ទោះបីឈ្មោះរបស់ពួកគេសរសេរយ៉ាងណាក៏ដោយ។</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>បន្ថែមវិញ្ញាបនបត្រ ឬបញ្ជីដកហូត…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>ឈប់ជឿទុកចិត្ត…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>កំណែថ្មីជាងនៃកម្រងសំណួរនេះ ({new}) ត្រូវបានដំឡើង៖ ការវាយតម្លៃនេះប្រើកំណែ {old}។</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>ដំឡើងកំណែទៅ {version}…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>សំណួរថ្មី</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>បានដកចេញ</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>ប្រភេទចម្លើយខុសគ្នា</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>ជម្រើសចម្លើយខុសគ្នា</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>បានកែពាក្យពេចន៍</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — ចម្លើយរបស់អ្នក៖ {answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>សំណួរបានផ្លាស់ប្តូរ៖ សូមពិនិត្យថាចម្លើយរបស់អ្នកនៅតែត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — សំណួរថ្មី</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>ឥឡូវនេះវាទទួលប្រភេទចម្លើយខុសពីមុន</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — ចម្លើយរបស់អ្នក ({answer}) លែងត្រូវគ្នាទៀតហើយ៖ {why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — ចម្លើយរបស់អ្នក ({answer}) នៅតែមានក្នុងប្រវត្តិ</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>ដំឡើងកំណែទៅ {version}</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>{questionnaire}៖ កំណែ {old} → {new}។ ចម្លើយនីមួយៗ និងប្រវត្តិរបស់វាត្រូវបានរក្សាទុក៖ គ្មានអ្វីផ្លាស់ប្តូរទេ រហូតដល់អ្នកជ្រើសរើស ធ្វើឱ្យទាន់សម័យ។</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>អ្វីដែលបានផ្លាស់ប្តូរក្នុងកម្រងសំណួរ ({count})</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>គ្មានសំណួរណាមួយបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>ចម្លើយដែលផ្ទេរបន្ត ({count})</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>គ្មានចម្លើយណាមួយផ្ទេរបន្តទេ។</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>សំណួរដែលត្រូវការចម្លើយថ្មី ({count})</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>គ្មាន៖ ចម្លើយទាំងអស់នៅតែត្រូវគ្នា។</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>ចម្លើយចំពោះសំណួរដែលបានដកចេញ ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>គ្មាន។</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>ដំឡើងកំណែ</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>ផ្ទៀងផ្ទាត់របាយការណ៍ដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>ជឿទុកចិត្តអ្នកចុះហត្ថលេខានេះ…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>បង្ហាញចម្លើយ…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>កុំពឹងផ្អែកលើរបាយការណ៍នេះ</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>{file} មិនបានឆ្លងកាត់ការពិនិត្យយ៉ាងហោចណាស់មួយខាងក្រោម។ វាអាចត្រូវបានផ្លាស់ប្តូរក្រោយពេលចុះហត្ថលេខា ឬវាមិនមែនជារបាយការណ៍ AISafe ទេ។</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>ការត្រួតពិនិត្យ៖ បរាជ័យ %n</numerusform>
            <numerusform>ការត្រួតពិនិត្យ៖ បរាជ័យ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>ការត្រួតពិនិត្យ៖ គ្មានការបរាជ័យទេ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>បរាជ័យ</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>មិនបានត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ជាប់</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>មិនអាចបើកឯកសារនេះបានទេ៖ វាមិនមាន ឬមិនអាចអានបាន។</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>ឯកសារនេះមិនមែនជាឯកសារ PDF ទេ។</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>ឯកសារនេះត្រូវបានខូច ឬមិនមែនជា PDF ដែល AISafe Desktop អាចអានបានទេ។</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>ឯកសារនេះមានទំហំ {size} បៃ៖ របាយការណ៍ដែលធំជាង {limit} បៃត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>ផ្នែកមួយនៃឯកសារនេះពន្លាចេញលើសពី {limit} បៃ៖ ឯកសារនេះត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>ឯកសារនេះមានលើសពី {limit} ទំព័រ៖ ឯកសារនេះត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>ឯកសារនេះមានវត្ថុខាងក្នុងលើសពី {limit}៖ ឯកសារនេះត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>ឯកសារនេះត្រូវបានរក្សាទុកជាន់គ្នាចំនួន {count} ដង (ដែនកំណត់គឺ {limit})៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>រចនាសម្ព័ន្ធខាងក្នុងនៃឯកសារនេះបង្កប់ជ្រៅលើសពី {limit} កម្រិត៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>ឯកសារនេះចង្អុលទៅខាងក្រៅខ្លួនវា ({what})៖ ឯកសារបែបនេះត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>ឯកសារនេះមិនត្រូវបានចុះហត្ថលេខាទេ។</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>ឯកសារនេះគួរតែមានហត្ថលេខា AISafe តែមួយគត់៖ វាមាន {count}។</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>ឯកសារនេះត្រូវបានផ្លាស់ប្តូរក្រោយពេលចុះហត្ថលេខា៖ ហត្ថលេខាមិនត្រូវនឹងខ្លឹមសាររបស់វាទេ។</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>ហត្ថលេខាមិនគ្របដណ្តប់ឯកសារទាំងមូលទេ៖ មានអ្វីមួយត្រូវបានបន្ថែមនៅជុំវិញវា។</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>មានអ្វីមួយត្រូវបានបន្ថែមក្រោយពេលចុះហត្ថលេខា៖ {what}។</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>ឯកសារនេះមិនមានចម្លើយដែលបានចុះហត្ថលេខា (answers.json) ទេ។</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>ឯកសារនេះមាន answers.json ច្រើនជាងម្តង។</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>ចម្លើយដែលបានបង្កប់ (answers.json) ត្រូវបានខូច ឬត្រូវបានរក្សាទុកតាមរបៀបដែលមិនស្គាល់។</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>ចម្លើយដែលបានបង្កប់ពន្លាចេញលើសពី {limit} បៃ៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>ចម្លើយដែលបានបង្កប់មិនមែនជាអត្ថបទ JSON ដែលអាចអានបានទេ។</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>ចម្លើយដែលបានបង្កប់មានកំហុសនៅ {path}៖ {problem}។</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>កម្រងសំណួរ {questionnaire} មិនត្រូវបានដំឡើងនៅទីនេះទេ៖ សូមបន្ថែមឯកសាររបស់វា ដើម្បីពិនិត្យចម្លើយឡើងវិញ។</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>ចម្លើយដែលបានបង្កប់មិនបញ្ជាក់ច្បាស់ថាឯកសារកម្រងសំណួរណាមួយត្រូវបានប្រើទេ (គ្មាន SHA-256)។</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>កម្រងសំណួរដែលបានដំឡើងនៅទីនេះខុសពីកម្រងសំណួរដែលបានប្រើដើម្បីបង្កើតរបាយការណ៍។</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>ចម្លើយដែលបានចុះហត្ថលេខាបំពានវិធានរបស់កម្រងសំណួរ៖ {problems}។</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>សំណួរតម្រូវមិនទាន់បានឆ្លើយ ({questions}) ប៉ុន្តែរបាយការណ៍មិនត្រូវបានសម្គាល់ថាមិនទាន់បំពេញរួចទេ។</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>លទ្ធផលដែលបានបញ្ជាក់ក្នុងចម្លើយ ({stated}) ខុសពីលទ្ធផលនៃការគណនាពិន្ទុឡើងវិញ ({rescored})។</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>ទំព័របញ្ជាក់ {stated} ប៉ុន្តែចម្លើយដែលបានចុះហត្ថលេខាផ្តល់ {rescored}។</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>មិនអាចអានអត្ថបទនៃទំព័ររបាយការណ៍ ដើម្បីប្រៀបធៀបជាមួយចម្លើយបានទេ។</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>រចនាសម្ព័ន្ធ PDF អាចអានបាន</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>ហត្ថលេខាមួយ</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>បៃដែលបានចុះហត្ថលេខាត្រូវនឹងហត្ថលេខា</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>ហត្ថលេខាគ្របដណ្តប់ឯកសារទាំងមូល</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>គ្មានអ្វីត្រូវបានបន្ថែមបន្ទាប់ពីចុះហត្ថលេខាទេ</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>{attachment} ត្រូវបានអានពីកំណែដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>answers.json មានវាល ប្រភេទ និងទំហំដូចការរំពឹងទុក</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>{questionnaire} ត្រូវបានដំឡើងនៅទីនេះ</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>SHA-256 ដូចគ្នានឹងឯកសារដែលបានប្រើសម្រាប់របាយការណ៍</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>ចម្លើយទាំងអស់មានសុពលភាពសម្រាប់កម្រងសំណួរនេះ</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>ចម្លើយទាំងអស់មានសុពលភាពសម្រាប់កម្រងសំណួរនេះ៖ របាយការណ៍ត្រូវបានសម្គាល់ថា មិនទាន់បំពេញរួច៖ សំណួរតម្រូវចំនួន {count} មិនទាន់បានឆ្លើយ</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>ការគណនាពិន្ទុឡើងវិញផ្តល់ “{band}” ({score}) ដូចដែលបានបញ្ជាក់</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>ទំព័រគម្រប និងសេចក្តីសង្ខេបបញ្ជាក់លទ្ធផលដែលបានគណនាឡើងវិញ</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>វិញ្ញាបនបត្រភ្ជាប់ជាខ្សែសង្វាក់ទៅ {anchor} ដែលអ្នកជឿទុកចិត្ត</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>បញ្ជីជឿទុកចិត្តរបស់អ្នកទទេ៖ អ្នកមិនស្គាល់អ្នកចុះហត្ថលេខាទេ</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>អ្នកចុះហត្ថលេខា {fingerprint} មិនស្ថិតក្នុងបញ្ជីជឿទុកចិត្តរបស់អ្នកទេ ហើយគ្មាន CA ដែលអ្នកជឿទុកចិត្តបានចេញវិញ្ញាបនបត្ររបស់គាត់ទេ</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>វិញ្ញាបនបត្ររបស់អ្នកចុះហត្ថលេខា (ឬរបស់អ្នកចេញវិញ្ញាបនបត្រ) ត្រូវបានដកហូតហើយ</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>វិញ្ញាបនបត្ររបស់អ្នកចុះហត្ថលេខាមិនមានសុពលភាពនៅពេលចុះហត្ថលេខាដែលបានអះអាងទេ (មានសុពលភាពពី {start} ដល់ {end})</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>វិញ្ញាបនបត្ររបស់អ្នកចុះហត្ថលេខាមិនត្រូវបានអនុញ្ញាតឱ្យចុះហត្ថលេខាលើឯកសារទេ (key usage)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>ខ្សែសង្វាក់វិញ្ញាបនបត្ររបស់អ្នកចុះហត្ថលេខាត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>មិនអាចអានព័ត៌មានអ្នកចុះហត្ថលេខាបានទេ</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>ការផ្លាស់ប្តូរព័ត៌មានរបស់ឯកសារ (ដូចជាចំណងជើង) ឬទិន្នន័យផ្ទៀងផ្ទាត់សុពលភាព</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>វាលទម្រង់បែបបទដែលបានបំពេញ</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>មតិយោបល់ ឬសញ្ញាសម្គាល់នៅលើទំព័រ</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>ការផ្លាស់ប្តូរខ្លឹមសាររបស់ឯកសារ</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>សកម្មភាពប្រភេទ {target}</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>តំណទៅ {target}</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>ឯកសារ {target}</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>ការបញ្ជាក់ឯកសារតាម URL</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>ទិន្នន័យស្ទ្រីមដែលរក្សាទុកក្នុងឯកសារផ្សេង</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>ទំព័រដែលបាននាំចូលពីឯកសារផ្សេង</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>បានបំពេញ %n ផ្នែក ក្នុងចំណោម {total}</numerusform>
            <numerusform>បានបំពេញ %n ផ្នែក ក្នុងចំណោម {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>បានឆ្លើយសំណួរ %n ក្នុងចំណោម {total} ដែលពាក់ព័ន្ធរហូតមកដល់ពេលនេះ</numerusform>
            <numerusform>បានឆ្លើយសំណួរ %n ក្នុងចំណោម {total} ដែលពាក់ព័ន្ធរហូតមកដល់ពេលនេះ</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>ចម្លើយខ្លះធ្វើឱ្យសំណួរបន្ថែមទៀតពាក់ព័ន្ធ ដូច្នេះចំនួនសំណួរអាចកើនឡើងនៅពេលអ្នកបន្ត។</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>បញ្ចប់(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>បន្ទាប់(&amp;N)</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>មើលលទ្ធផល (Alt+Right)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>ផ្នែកបន្ទាប់ (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ(&amp;B)</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>ផ្នែកមុន (Alt+Left)</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>តើរាប់យ៉ាងដូចម្តេច?</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>លទ្ធផលរហូតមកដល់ពេលនេះ(&amp;S)</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>មើលលទ្ធផលបណ្តោះអាសន្ននៃចម្លើយដែលបានផ្តល់រហូតមកដល់ពេលនេះ (Alt+S)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>ពាក្យសម្ងាត់មូលដ្ឋានទិន្នន័យប្រអប់ទទួល</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>ពាក្យសម្ងាត់សម្រាប់ {where} (រក្សាទុកសម្រាប់តែវគ្គនេះប៉ុណ្ណោះ)៖</translation>
    </message>
</context>
</TS>
