<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>မသိမ်းရသေးပါ။ သင်ရိုက်ထည့်ထားသည်ကို ဤနေရာတွင် ထားရှိပြီး အက်ပ်က ဆက်လက် သိမ်းရန် ကြိုးစားနေသည်။</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ပြီးပါပြီ</translation>
    </message>
    <message>
        <source>Done: {recommendation}</source>
        <translation>ပြီးပါပြီ- {recommendation}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>တာဝန်ခံ</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>တာဝန်ခံ- {recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>ဤအဆင့်ကို ပြီးမြောက်အောင် ဆောင်ရွက်ပေးမည့်သူ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>သတ်မှတ်ရက်- {recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>YYYY-MM-DD ပုံစံဖြင့် ရေးထားသော ရက်စွဲ၊ ဥပမာ 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>လုပ်ငန်းအစီအစဉ် အချက်</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>မေးခွန်းလွှာ</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>ဉာဏ်ရည်တုစနစ်</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ပြီးစီးမှု</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>နောက်ဆုံးပြောင်းလဲချိန်</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>ဆောင်ရွက်ဆဲ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>ပြီးဆုံးပြီ</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>အစီရင်ခံစာ ထုတ်ယူခဲ့သည်</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>မရှိ</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ဟုတ်ကဲ့</translation>
    </message>
    <message>
        <source>No</source>
        <translation>မဟုတ်ပါ</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation>ဆောင်ရွက်နေသည်…</translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation>တောင်းဆိုချက် {file} ကို သိမ်းပြီးပါပြီ။ ၎င်းကို အေဂျင်စီထံ ပေးပို့ပါ။</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>{issuer} ထံမှ အသိအမှတ်ပြုလွှာကို ထည့်သွင်းပြီးပါပြီ။ သင်၏ အစီရင်ခံစာများတွင် ယခု ၎င်းပါဝင်ပါမည်။</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>CA ဖိုင် {file} ကို ဖန်တီးပြီးပါပြီ။ {certificate} အသိအမှတ်ပြုလွှာကို စိစစ်သူတိုင်းထံ ပေးပါ။ ၎င်း၏ လက်ဗွေမှာ {fingerprint} ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>{file} ကို {subject} ထံ ထုတ်ပေးပြီးပါပြီ၊ အမှတ်စဉ် {serial}။</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>{serial} ({subject}) ကို ရုပ်သိမ်းပြီးပါပြီ။ ရုပ်သိမ်းစာရင်းအသစ် ရေးသားပြီး စိစစ်သူများထံ ပေးပါ။</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>ရုပ်သိမ်းစာရင်း {file} ကို သိမ်းပြီးပါပြီ (ရုပ်သိမ်းထားသည့် အရေအတွက် {count})။</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာစု</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>{file} ၏ စကားဝှက်စာစု-</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>လက်မှတ်ထိုး အထောက်အထားများ (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>မည်သည့် အထောက်အထားနည်း။</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>တောင်းဆိုချက်ကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation>တောင်းဆိုချက်များ (*.csr)</translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation>အေဂျင်စီထံမှ အသိအမှတ်ပြုလွှာ</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>အသိအမှတ်ပြုလွှာများ (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>CA ဖိုင်ကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>လက်မှတ်ထိုးရမည့် တောင်းဆိုချက်</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>CA ဖိုင်</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>သက်တမ်း</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>သက်တမ်း (ရက်)-</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>အသိအမှတ်ပြုလွှာကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>အသိအမှတ်ပြုလွှာများ (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>ရုပ်သိမ်းရန်</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>ရုပ်သိမ်းမည့် အသိအမှတ်ပြုလွှာ၏ အမှတ်စဉ်-</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>ရုပ်သိမ်းစာရင်းကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>ရုပ်သိမ်းစာရင်းများ (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>အေဂျင်စီထံမှ အသိအမှတ်ပြုလွှာများ</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>အေဂျင်စီတစ်ခုသည် သင်၏ အစီရင်ခံစာအားလုံးအတွက် သင့်အထောက်အထားကို တစ်ကြိမ်တည်း အာမခံပေးနိုင်သည်- ၎င်းထံ တောင်းဆိုချက် ပေးပို့ပြီး ပြန်ပေးသည့် အသိအမှတ်ပြုလွှာကို ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>အသိအမှတ်ပြုလွှာ တောင်းဆိုရန်…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>အသိအမှတ်ပြုလွှာ ထည့်သွင်းရန်…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>အေဂျင်စီ၏ အသိအမှတ်ပြုလွှာ ထုတ်ပေးသည့်အဖွဲ့ (CA)</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>အေဂျင်စီဝန်ထမ်းများအတွက်- သင်မှတ်ပုံတင်သော လုပ်ငန်းများထံ အသိအမှတ်ပြုလွှာ ထုတ်ပေးပြီး လိုအပ်ပါက ရုပ်သိမ်းပါ။ CA ဖိုင်နှင့် ၎င်း၏ မှတ်တမ်းစာအုပ်ကို အင်တာနက်နှင့် မချိတ်ဆက်ဘဲ ထားပြီး အရန်မိတ္တူ ကူးထားပါ။</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>CA ဖန်တီးရန်…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>အသိအမှတ်ပြုလွှာ ထုတ်ပေးရန်…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>အသိအမှတ်ပြုလွှာ ရုပ်သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>ရုပ်သိမ်းစာရင်း ရေးသားရန်…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>ဖန်တီးခဲ့သည်</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ဖြေဆိုခဲ့သည်</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>မှတ်ချက် ပြောင်းလဲခဲ့သည်</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>တင်သွင်းခဲ့သည်</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>မြှင့်တင်ခဲ့သည်</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ပြီးဆုံးခဲ့သည်</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>အစီရင်ခံစာ ထုတ်ယူခဲ့သည်</translation>
    </message>
    <message>
        <source>to version {version}</source>
        <translation>ဗားရှင်း {version} သို့</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>ပြောင်းလဲမှု မှတ်တမ်း</translation>
    </message>
    <message>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>What</source>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>မေးခွန်း</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ပြုလုပ်သူ</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>ပြောင်းလဲမှု မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>CSV အဖြစ် ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>ပြောင်းလဲမှု မှတ်တမ်းကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ဖိုင်များ (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>ဖိုင်ကို ဖတ်နိုင်သည်</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>လက်မှတ် တစ်ခုတည်းသာ ပါရှိသည်</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>လက်မှတ် မပျက်စီးပါ</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>လက်မှတ်သည် ဖိုင်တစ်ခုလုံးကို လွှမ်းခြုံသည်</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>လက်မှတ်ရေးထိုးပြီးနောက် မည်သည့်အရာမျှ မပြောင်းလဲပါ</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>အဖြေများ ပူးတွဲပါရှိသည်</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>လက်မှတ်ရေးထိုးသူသည် သင်၏ ယုံကြည်စာရင်းတွင် ပါရှိသည်</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>ပူးတွဲပါ အဖြေများကို ဖတ်နိုင်သည်</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>မေးခွန်းလွှာကို ဤကွန်ပျူတာတွင် ထည့်သွင်းထားသည်</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>မေးခွန်းလွှာ စာသား တူညီသည်</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>ပြန်လည်တွက်ချက်သော ရမှတ်သည် ဖော်ပြထားသော ရလဒ်နှင့် ကိုက်ညီသည်</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>အဖြေများသည် မေးခွန်းလွှာ၏ စည်းမျဉ်းများနှင့် ကိုက်ညီသည်</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>စာမျက်နှာများတွင် ဖော်ပြထားသော ရလဒ်သည် လက်မှတ်ထိုးထားသော အဖြေများနှင့် တူညီသည်</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>အဖြေများ မသိမ်းရသေးပါ</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>အဖြေ %n ခုကို မသိမ်းနိုင်သေးပါ။ ယခု သိမ်းမလား၊ သို့မဟုတ် ပိတ်ပြီး ဖယ်ရှားမလား။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>အဖြေ %n ခုကို ဖယ်ရှားပြီး ပိတ်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>ထပ်မံ သိမ်းကြည့်ရန်</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Brunei Darussalam</source>
        <translation>ဘရူနိုင်း ဒါရုဆလမ်</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>ကမ္ဘောဒီးယား</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>အင်ဒိုနီးရှား</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>လာအို ပြည်သူ့ဒီမိုကရက်တစ် သမ္မတနိုင်ငံ</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>မလေးရှား</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>ဖိလစ်ပိုင်</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>စင်ကာပူ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ထိုင်း</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>တီမောလက်စ်တေ</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>ဗီယက်နမ်</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation>အေဂျင်စီ၏ အသိအမှတ်ပြုလွှာ ထုတ်ပေးသည့်အဖွဲ့ (CA) ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>CA အမည်</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>နိုင်ငံ (အက္ခရာ နှစ်လုံး)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာစု</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>စကားဝှက်စာစု ထပ်မံ</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>အနည်းဆုံး စာလုံး {n} လုံးပါသော စကားဝှက်စာစုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>စကားဝှက်စာစု နှစ်ခု မတူညီပါ။ ထပ်မံ ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>သင့်အမည်နှင့် အဖွဲ့အစည်းအမည်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>အနည်းဆုံး စာလုံး {n} လုံးပါသော စကားဝှက်စာစုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>စကားဝှက်စာစု နှစ်ခု မတူညီပါ။ ထပ်မံ ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>လက်မှတ်ထိုး အထောက်အထား အသစ်</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>လက်မှတ်ထိုး အထောက်အထားဖြင့် သင်၏ အစီရင်ခံစာများကို လက်မှတ်ရေးထိုးနိုင်ပြီး မည်သူပေးပို့သည်နှင့် မည်သည့်အရာမျှ မပြောင်းလဲကြောင်း အေဂျင်စီက စစ်ဆေးနိုင်သည်။ ၎င်းကို သင်၏ ဒေတာဖိုင်တွဲတွင် သင့်စကားဝှက်စာစုဖြင့် သော့ခတ်၍ သိမ်းထားသည်။ စကားဝှက်စာစုကို ပြန်လည်ရယူ၍ မရပါ- လုံခြုံသောနေရာတွင် ရေးမှတ်ထားပါ။</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>သင့်အမည်</translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation>လက်မှတ်ရေးထိုးမည့်သူ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>လက်မှတ်တွင် ပြသမည်</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>အဖွဲ့အစည်း တည်ရှိရာ</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>အီးမေးလ် (မထည့်လည်း ရသည်)</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>အသိအမှတ်ပြုလွှာတွင် ပြသမည်</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာစု</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>အနည်းဆုံး စာလုံး 8 လုံး၊ လက်မှတ်ထိုးတိုင်း လိုအပ်သည်</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>စကားဝှက်စာစု ထပ်မံ</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>တူညီသော စကားဝှက်စာစုကို နောက်တစ်ကြိမ်</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ဖန်တီးရန်</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>ဝင်စာပုံး ဒက်ရှ်ဘုတ်</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>ရေတွက်နေသည်…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>PDF အကျဉ်းချုပ် ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>စိစစ်မှုရလဒ်</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>စိစစ်သုံးသပ်မှု အခြေအနေ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ကဏ္ဍ</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>မေးခွန်းလွှာ</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>အများဆုံးတွေ့ရသော အန္တရာယ်အချက်ပြများ</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>အများဆုံးတွေ့ရသော အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>လစဉ် လက်ခံရရှိမှု</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>ဇယား၏ စစ်ထုတ်မှုများနှင့် ကိုက်ညီသော အစီရင်ခံစာ %n ခု ရှိသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>PDF အကျဉ်းချုပ် ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>ဝင်စာပုံး အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation>အကျဉ်းချုပ်ကို {file} တွင် သိမ်းပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>မသတ်မှတ်ရသေး</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ယနေ့</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>ယနေ့ရက်စွဲကို ဖြည့်ရန်</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>ကျေးဇူးပြု၍ စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>ဖိုင်တစ်ခုကို ဖတ်ရန် သို့မဟုတ် ရေးရန် မဖြစ်နိုင်ပါ- {reason}။ ဖိုင်တွဲ ရှိကြောင်း၊ ၎င်းထဲသို့ ရေးခွင့်ရှိကြောင်းနှင့် ဒစ်ခ် မပြည့်ကြောင်း စစ်ဆေးပြီး ထပ်မံ ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>ဖိုင် ပြဿနာ</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>AISafe Desktop အတွင်း၌ တစ်စုံတစ်ရာ မှားယွင်းသွားသည်။ ယခုအထိ သင်၏ အဖြေများကို သိမ်းထားပြီးဖြစ်သည်။ ဆက်လက်လုပ်ဆောင်နိုင်သည်၊ သို့မဟုတ် တစ်စုံတစ်ရာ မှားနေပုံရပါက အက်ပ်ကို ပြန်စပါ။</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>တစ်စုံတစ်ရာ မှားယွင်းသွားသည်</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>ဆော့ဖ်ဝဲရေးသားသူများအတွက် အစီရင်ခံစာကို အောက်ပါနေရာတွင် သိမ်းထားသည်-
{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>ဖိုင်တွဲကို ဖွင့်ရန်</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation>&apos;answers&apos; သည် မေးခွန်း id များကို အဖြေများနှင့် တွဲပေးသော object ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>&apos;format&apos; သည် &quot;{expected}&quot; ဖြစ်ရမည် ({found} ကို တွေ့ရသည်)။ ဤဖိုင်သည် AISafe အဖြေဖိုင် ဟုတ်ပါသလား။</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>&apos;language&apos; သည် &quot;en&quot; ကဲ့သို့ ဘာသာစကားကုဒ် ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>&apos;questionnaire&apos; (မေးခွန်းလွှာ) သည် {shape} ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>အဖြေစာရွက်စာတမ်းသည် JSON object ({shape}) ဖြစ်သည်</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>အဖြေ &apos;{question_id}&apos; သည် {shape} ဖြစ်ရမည်။ &apos;value&apos; မပါရှိပါ</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>အဖြေ &apos;{question_id}&apos; သည် {shape} ဖြစ်ရမည်။ မသိသော key(များ) {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>YYYY-MM-DD ပုံစံဖြင့် ရေးထားသော ရက်စွဲ လိုအပ်သည်</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>ရွေးချယ်စရာ တန်ဖိုးများစာရင်း လိုအပ်သည်၊ ဥပမာ {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>ကိန်းဂဏန်း လိုအပ်သည်</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>စာသား လိုအပ်သည်</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>ရွေးချယ်စရာတစ်ခုကို နှစ်ကြိမ် ဖော်ပြထားသည်</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>မေးခွန်းလွှာ {questionnaire} {version} တွင် ဤမေးခွန်း မရှိပါ</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>မှန်ကန်သော JSON မဟုတ်ပါ- {reason}၊ စာကြောင်း {line}၊ ကော်လံ {column}</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>မဖြစ်မနေ ဖြေရမည်၊ သို့သော် မဖြေဆိုရသေးပါ</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>အဖြေ &apos;{question_id}&apos; ၏ မှတ်ချက်သည် စာသား ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>ဖိုင်သည် UTF-8 စာသား မဟုတ်ပါ။ UTF-8 အဖြစ် သိမ်းပါ</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>ဖိုင်သည် {size:,} bytes ရှိသည်။ အဖြေစာရွက်စာတမ်းများကို {limit:,} bytes အထိသာ ခွင့်ပြုသည်</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON သည် အဆင့်ဆင့် အလွန်နက်စွာ ထပ်နေသည်</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>မသိသော key(များ)- {keys}</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}- {problem}</translation>
    </message>
    <message>
        <source>{question_id}: {reason}</source>
        <translation>{question_id}- {reason}</translation>
    </message>
    <message>
        <source>{values} not among the options ({options})</source>
        <translation>{values} သည် ရွေးချယ်စရာများ ({options}) ထဲတွင် မပါပါ</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} သည် အများဆုံးတန်ဖိုး {maximum} ထက် ကျော်နေသည်</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} သည် အနည်းဆုံးတန်ဖိုး {minimum} ထက် နည်းနေသည်</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>{value} သည် ရွေးချယ်စရာများ ({options}) ထဲတွင် မပါပါ</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop သည် ဒေတာဖိုင်တွဲ {folder} ဖြင့် ဖွင့်ထားပြီး ဖြစ်သည် (process {owner})။ အခြားဝင်းဒိုးကို အရင်ပိတ်ပါ၊ သို့မဟုတ် အခြားဒေတာဖိုင်တွဲကို သုံးပါ။</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop သည် ဒေတာဖိုင်တွဲ {folder} ဖြင့် ဖွင့်ထားပြီး ဖြစ်သည်။ အခြားဝင်းဒိုးကို အရင်ပိတ်ပါ၊ သို့မဟုတ် အခြားဒေတာဖိုင်တွဲကို သုံးပါ။</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>lock ဖိုင် {file} ကို ဖန်တီး၍ မရပါ- {reason}။ ဖိုင်တွဲ၏ ခွင့်ပြုချက်များကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>{database} ကို ဖတ်၍ မရပါ- {reason}။ မည်သည့်အရာမျှ မပြောင်းလဲပါ။ ထပ်မံ ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>{database} တွင် သိမ်း၍ မရပါ- {reason}။ ဤနောက်ဆုံးပြောင်းလဲမှုကို မသိမ်းရပါ။ ယခင်က သိမ်းထားသမျှ ဘေးကင်းပါသည်။ ဒစ်ခ်နေရာ လွတ်အောင်လုပ်ပါ သို့မဟုတ် ဖိုင်တွဲထဲ ရေးခွင့်ရှိကြောင်း စစ်ဆေးပြီး ထပ်မံ ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>{database} တွင် သိမ်း၍ မရပါ- {reason}။ ဤနောက်ဆုံးပြောင်းလဲမှုကို မသိမ်းရပါ။ ယခင်က သိမ်းထားသမျှ ဘေးကင်းပါသည်။ ဒေတာဘေ့စ်သည် အချိန်ကြာမြင့်စွာ အလုပ်များနေခဲ့သည်။ ထပ်မံ ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>{database} ပျက်စီးနေသည် ({detail})။ ၎င်းကို မပြောင်းလဲထားပါ။ ကောင်းမွန်သော အရန်မိတ္တူ မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>{database} ပျက်စီးနေသည် ({detail})။ ၎င်းကို မပြောင်းလဲထားပါ။ နောက်ဆုံး ကောင်းမွန်သော အရန်မိတ္တူမှာ {backup} ဖြစ်သည်။ ၎င်းကို ပြန်လည်ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>{database} ကို AISafe Desktop ဗားရှင်းအသစ်က ရေးသားထားသည် (schema {revision})။ ၎င်းကို မပြောင်းလဲထားပါ။ ဗားရှင်းအသစ်ကို ပြန်လည်ထည့်သွင်းပါ၊ သို့မဟုတ် အခြားဒေတာဖိုင်တွဲကို သုံးပါ။</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>&apos;{country}&apos; သည် အာဆီယံ အဖွဲ့ဝင်နိုင်ငံ မဟုတ်ပါ။ {countries} ထဲမှ တစ်ခုကို သုံးပါ</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>&apos;{email}&apos; သည် အီးမေးလ်လိပ်စာ (name@example.org) နှင့် မတူပါ</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>အကဲဖြတ်ချက် {assessment_id} သည် အမှိုက်ပုံးထဲတွင် ရှိသည်။ ပြောင်းလဲရန် ၎င်းကို ပြန်ထုတ်ပါ</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>ဒေတာဖိုင်တွဲ {folder} ကို ဖန်တီး၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>ဒေတာဘေ့စ် {database} ကို ဖွင့်၍ မရပါ- {reason}။ ၎င်းကို မပြောင်းလဲထားပါ။</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} ကို ဖတ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>ဉာဏ်ရည်တုစနစ်အတွက် အမည်တစ်ခု ပေးပါ</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>အကဲဖြတ်ချက်အတွက် ခေါင်းစဉ်တစ်ခု ပေးပါ</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>အဖွဲ့အစည်း၏ အမည်ကို ပေးပါ</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>ခေါင်းစဉ်ကို စာလုံး 200 အောက်တွင် ထားပါ</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>တာဝန်ခံအမည်ကို စာလုံး {limit} လုံးထက် နည်းအောင် ရေးပါ</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>သတ်မှတ်ရက်ကို YYYY-MM-DD ပုံစံဖြင့် ရေးပါ၊ ဥပမာ 2027-03-31 ({value} ကို တွေ့ရှိသည်)</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>မေးခွန်းလွှာ &apos;{questionnaire}&apos; ကို ထည့်သွင်းမထားပါ (ရရှိနိုင်သည်- {known})။ ၎င်းအစား ၎င်း၏ YAML ဖိုင်လမ်းကြောင်းကို ပေးပါ</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>မေးခွန်းလွှာ &apos;{questionnaire}&apos; ဗားရှင်း {version} ကို ထည့်သွင်းမထားပါ (ရရှိနိုင်သည်- {known})။ ၎င်းအစား ၎င်း၏ YAML ဖိုင်လမ်းကြောင်းကို ပေးပါ</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>အထောက်အထားကို မည်သည့်နေရာတွင် သိမ်းရမည်ကို ဖော်ပြပါ (ထုတ်ပေးမည့်ဖိုင် သို့မဟုတ် ဒေတာဖိုင်တွဲ)</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>အဖြေများသည် {questionnaire} {version} အတွက် ဖြစ်ပြီး {expected} {expected_version} အတွက် မဟုတ်ပါ။ ကိုက်ညီသော မေးခွန်းလွှာကို ရွေးပါ</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>အဖြေများကို ထုတ်ယူ၍ မရသေးပါ- {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>အဖြေများကို ထုတ်ယူ၍ မရသေးပါ- {problems} (နောက်ထပ် {more} ခု)</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>အဖြေများကို တင်သွင်း၍ မရပါ- {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>အဖြေများကို တင်သွင်း၍ မရပါ- {problems} (နောက်ထပ် {more} ခု)</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>အဖြေများကို {questionnaire} ၏ မတူညီသော စာသား (SHA-256 {sha256}) အတွက် ဖြေဆိုထားသည်။ ထိုမေးခွန်းလွှာဖိုင်ကို ဒေတာဖိုင်တွဲ၏ questionnaires ဖိုင်တွဲထဲ ထည့်ပြီး ထပ်မံ ကြိုးစားပါ</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>မေးခွန်းလွှာ {questionnaire} ကို ထည့်သွင်းမထားပါ။ ၎င်း၏ YAML ဖိုင်ကို ဒေတာဖိုင်တွဲ၏ questionnaires ဖိုင်တွဲထဲ ထည့်ပြီး ထပ်မံ ကြိုးစားပါ</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>သိမ်းထားသော မေးခွန်းလွှာ {questionnaire} {version} မိတ္တူကို ဖွင့်၍ မရတော့ပါ- {problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>သိမ်းထားသော မေးခွန်းလွှာ {sha256}… သည် ဒေတာဘေ့စ်ထဲတွင် မရှိပါ။ အရန်မိတ္တူကို ပြန်လည်ထည့်သွင်းပါ</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>စာသားတွင် မမှန်ကန်သော စာလုံးများ ပါဝင်နေသည် (အတွဲမညီသော UTF-16 surrogate များ)</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>ယုံကြည်စာရင်းပါ {entry} သည် SHA-256 လက်ဗွေ (hex ဂဏန်း 64 လုံး) လည်း မဟုတ်၊ အသိအမှတ်ပြုလွှာဖိုင်လည်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>ဉာဏ်ရည်တုစနစ် {ai_system_id} မရှိပါ</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>အကဲဖြတ်ချက် {assessment_id} မရှိပါ</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>ယနေ့၏ အလိုအလျောက် အရန်မိတ္တူကို {folder} တွင် ပြုလုပ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>မသိသော ဘာသာစကား &apos;{language}&apos; (သိရှိသည်- {known})</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>အရန်မိတ္တူ {backup} သည် ပျက်စီးနေသည် သို့မဟုတ် ဒေတာဘေ့စ် မဟုတ်ပါ ({problem})</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>{backup} သည် AISafe Desktop အရန်မိတ္တူ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>အရန်မိတ္တူ {backup} ကို AISafe Desktop ဗားရှင်းအသစ်က ပြုလုပ်ထားသည်</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>အရန်မိတ္တူ {backup}- ဤဖိုင် မရှိပါ</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>မဖြစ်မနေဖြေရမည့် မေးခွန်း {count} ခုကို မဖြေဆိုရသေးပါ- {questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>မဖြစ်မနေဖြေရမည့် မေးခွန်း {count} ခုကို မဖြေဆိုရသေးပါ- {questions} နှင့် နောက်ထပ် {more} ခု</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>{database} သည် AISafe Desktop ဒေတာဘေ့စ် မဟုတ်ပါ။ ၎င်းကို မပြောင်းလဲထားပါ။ ၎င်းကို အခြားနေရာသို့ ရွှေ့ပါ၊ သို့မဟုတ် အခြားဒေတာဖိုင်တွဲကို သုံးပါ။</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>{file} ဘေးတွင် အသိအမှတ်ပြုလွှာဖိုင် မရှိပါ။ စကားဝှက်စာစုကို ပေးပါ</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>{file} သည် မှန်ကန်သော မေးခွန်းလွှာ မဟုတ်ပါ- {problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>{file} သည် မှန်ကန်သော မေးခွန်းလွှာ မဟုတ်ပါ- {problems} (နောက်ထပ် {more} ခု)</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}- ဤဖိုင် မရှိပါ</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>{new} သည် {old} ၏ ဗားရှင်းတစ်ခု မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>ပါဝင်ရမည့် ဖောင့်ဖိုင် မရှိပါ- {file}။ AISafe Desktop ကို ပြန်လည်ထည့်သွင်းပါ</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>အထောက်အထားကို ဖန်တီး၍ မရပါ- {problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>အဖြေများကို ထုတ်ယူ၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>အထောက်အထားဖိုင် {file} ကို ဖတ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>{source} ကို ဖတ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file} ကို ရေး၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation>စကားဝှက်စာစုကို ရွေးပါ- ကိုယ်ပိုင်သော့ (private key) ကို စာဝှက်မထားဘဲ ဘယ်တော့မှ မသိမ်းပါ</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>နိုင်ငံ {country} သည် MY, TH သို့မဟုတ် VN ကဲ့သို့ စာလုံးနှစ်လုံးပါ ISO ကုဒ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>အီးမေးလ် {email} သည် name@example.org ပုံစံနှင့် မတူပါ</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>လက်မှတ်ရေးထိုးခြင်း မအောင်မြင်ပါ- {reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>ပါဝင်ရမည့် ဖောင့်များ {folder} တွင် မရှိပါ။ AISafe Desktop ကို ပြန်လည်ထည့်သွင်းပါ</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>အဖွဲ့အစည်း အမည် ဗလာဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>စကားဝှက်စာစုဖြင့် {source} ကို ဖွင့်၍ မရပါ။ စစ်ဆေးပြီး ထပ်မံ ကြိုးစားပါ (စာလုံးအကြီးအသေး ခွဲခြားသည်)</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>ထုတ်လုပ်ထားသော အစီရင်ခံစာသည် ဖတ်နိုင်သော PDF မဟုတ်ပါ- {reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>အစီရင်ခံစာကို စီစဉ်ဖော်ပြ၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>အစီရင်ခံစာသည် PDF/A-3b နှင့် မကိုက်ညီပါ- {problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>လက်မှတ်၏ byte range သည် ဖိုင်အဆုံးကို ကျော်လွန်နေသည်</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>လက်မှတ်၏ byte range ပုံစံ မမှန်ပါ</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>လက်မှတ်ရေးထိုးသူ အမည် ဗလာဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>{file} ရှိပြီးသား ဖြစ်သည်။ အခြားဖိုင်အမည်ကို ရွေးပါ</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>{source} တွင် ကိုယ်ပိုင်သော့ သို့မဟုတ် အသိအမှတ်ပြုလွှာ မပါရှိပါ။ သော့ပါဝင်အောင် ထပ်မံ ထုတ်ယူပါ</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>{source} တွင် {kind} ပါရှိသည်။ RSA နှင့် EC သော့များသာ အစီရင်ခံစာများကို လက်မှတ်ရေးထိုးနိုင်သည်</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>{source} သည် PEM သို့မဟုတ် DER X.509 အသိအမှတ်ပြုလွှာ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{source} သည် PKCS#12 (.p12/.pfx) ဖိုင် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>စာသား</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ကိန်းဂဏန်း</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>စာရင်း</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>အခြားတစ်ခုခု</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>စာသား သို့မဟုတ် ကိန်းဂဏန်း</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>စာသား၊ ကိန်းဂဏန်း သို့မဟုတ် စာရင်း</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>အဖြေ</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>စာသား၊ ကိန်းဂဏန်း သို့မဟုတ် စာသားစာရင်း</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} သည် JSON ခွင့်ပြုသော ကိန်းဂဏန်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>true သို့မဟုတ် false လိုအပ်သည်၊ {kind} ကို တွေ့ရသည်</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>{what} လိုအပ်သည်၊ {kind} ကို တွေ့ရသည်</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>null လိုအပ်သည်၊ {kind} ကို တွေ့ရသည်</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>တူညီသော field နှစ်ကြိမ် ပါနေသည်</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} bytes၊ {limit:,} ထက် ပိုနေသည်</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>&quot;{expected}&quot; လိုအပ်သည်</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>စာသား လိုအပ်သည်၊ {kind} ကို တွေ့ရသည်</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>စာသားသည် စာလုံး {length:,} လုံး ရှိပြီး {limit:,} ထက် ပိုနေသည်</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>စာသားသည် မျှော်လင့်ထားသော ပုံစံ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>ကိန်းဂဏန်း လိုအပ်သည်၊ {kind} ကို တွေ့ရသည်</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>ကိန်းဂဏန်းသည် အကန့်အသတ်ရှိပြီး ယုတ္တိရှိသော တန်ဖိုး မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>ကိန်းဂဏန်း {value} သည် {low}–{high} ပြင်ပတွင် ရှိသည်</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>စာရင်း လိုအပ်သည်၊ {kind} ကို တွေ့ရသည်</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>စာရင်းတွင် အရာ {count:,} ခု ရှိပြီး {limit:,} ထက် ပိုနေသည်</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>object လိုအပ်သည်၊ {kind} ကို တွေ့ရသည်</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>ထည့်သွင်းချက် {count:,} ခု၊ {limit:,} ထက် ပိုနေသည်</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation>စာသား သို့မဟုတ် object</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 စာသား မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation>မှန်ကန်သော JSON မဟုတ်ပါ (စာကြောင်း {line})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>အဆင့်ဆင့် အလွန်နက်စွာ ထပ်နေသည်</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>မသိသော field</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>မပါရှိပါ</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>ဒစ်ခ် ပြည့်နေသည်- {folder} ရှိသော drive တွင် {megabytes} MB နေရာလွတ်အောင် လုပ်ပြီး ထပ်မံ ကြိုးစားပါ။ မည်သည့်အရာမျှ မပျောက်ပါ- ယခင်က သိမ်းထားသမျှ ဘေးကင်းပါသည်။</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>အရန်မိတ္တူ {backup} ကို ပြန်လည်ထည့်သွင်းခြင်းသည် မည်သည့်အရာမျှ မပြောင်းလဲမီ ရပ်တန့်သွားခဲ့သည်။ သင်၏ ဒေတာသည် ယခင်အတိုင်း ရှိပါသည်။</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>အရန်မိတ္တူ {backup} ကို ပြန်လည်ထည့်သွင်းခြင်းသည် ရပ်တန့်သွားခဲ့သည်။ ယခု ၎င်းကို အပြီးသတ်ပြီးပါပြီ။ သင့်ယခင်ဒေတာကို {kept} တွင် သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>အရန်မိတ္တူ ပြန်လည်ထည့်သွင်းမှုတစ်ခု ရပ်တန့်သွားခဲ့ပြီး ၎င်း၏ journal {journal} ကို ဖတ်၍ မရပါ ({error})။ မည်သည့်အရာမျှ မပြောင်းလဲပါ။ သင်၏ ဒေတာသည် {folder} တွင် ရှိသည်။</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>ရပ်တန့်သွားသော ပြန်လည်ထည့်သွင်းမှုက ပျက်စီးနေသော မိတ္တူ {staging} ကို ချန်ထားခဲ့သည် ({problem})။ သင့်ယခင်ဒေတာသည် {kept} တွင် ရှိသည်။</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>ရပ်တန့်သွားသော ပြန်လည်ထည့်သွင်းမှုကြောင့် ဒေတာဘေ့စ် မကျန်တော့ပါ။ သင့်ယခင်ဒေတာသည် {kept} တွင် ရှိပြီး အရန်မိတ္တူမှာ {backup} ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>{database} ကို ဖတ်၍ မရပါ ({problem})။ ၎င်းကို မပြောင်းလဲထားပါ။ ဖိုင်တွဲကို ဖတ်နိုင်ကြောင်းနှင့် ဒစ်ခ် မပြည့်ကြောင်း စစ်ဆေးပြီး ထပ်မံ ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>အရန်မိတ္တူကို {folder} တွင် ရေး၍ မရပါ- {error}။ သင်၏ ဒေတာ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>စိစစ်သုံးသပ်မှု ပြေစာကို စီစဉ်ဖော်ပြ၍ မရပါ- {detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>စိစစ်သုံးသပ်မှု ပြေစာတွင် လက်မှတ်အတွက် နေရာ မရှိပါ</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>အကျဉ်းချုပ်ကို စီစဉ်ဖော်ပြ၍ မရပါ- {detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>{old} ဖြစ်နေသော တင်သွင်းချက်သည် {new} ဖြစ်၍ မရပါ</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>သင်ကြည့်နေစဉ် တင်သွင်းချက် {id} ကို {who} က ပြောင်းလဲခဲ့သည်။ မည်သည့်အရာမျှ ထပ်ရေးမထားပါ။ ပြောင်းလဲမှုကို မြင်ရန် ၎င်းကို ပြန်ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>ဝင်စာပုံးတွင် တင်သွင်းချက် {id} မရှိပါ</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>{url} သည် ဤအက်ပ်က သုံးနိုင်သော ဒေတာဘေ့စ် URL မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>ဝင်စာပုံး {url} ကို AISafe Desktop ဗားရှင်းအသစ်က ရေးသားထားသည် (schema {revision})။ ၎င်းကို မပြောင်းလဲထားပါ။ ဗားရှင်းအသစ်ကို ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>ဝင်စာပုံး {url} ကို ရေး၍ မရပါ- {detail}။ ဤလုပ်ဆောင်ချက်မှ မည်သည့်အရာမျှ မသိမ်းရပါ။ ဒစ်ခ်နေရာ လွတ်အောင်လုပ်ပါ သို့မဟုတ် ထပ်မံ ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>ဝင်စာပုံး {url} သည် အသုံးပြုသူ {user} ကို ဤလုပ်ဆောင်ချက် ပြုလုပ်ခွင့် မပေးပါ။ မည်သည့်အရာမျှ မပြောင်းလဲထားပါ။ ဝင်စာပုံး၏ စီမံခန့်ခွဲသူထံမှ အရာရှိအခွင့်အရေး တောင်းခံပါ (docs/inbox.md)။</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>ဝင်စာပုံးသည် {url} မဟုတ်ဘဲ ဒေတာဘေ့စ်ဖိုင် လိုအပ်သည်</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>ဝင်စာပုံးသည် SQLite သို့မဟုတ် PostgreSQL ဖြင့် အလုပ်လုပ်ပြီး {url} ဖြင့် မလုပ်ပါ</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>ဝင်စာပုံး ဒေတာဘေ့စ် {url} သို့ ချိတ်ဆက်၍ မရပါ ({detail})။ ဆာဗာအမည်နှင့် port၊ ဆာဗာ အလုပ်လုပ်နေပြီး ဤကွန်ပျူတာမှ ချိတ်ဆက်မှုကို လက်ခံကြောင်း၊ အသုံးပြုသူအမည်နှင့် စကားဝှက်ကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>ပြေစာ၏ field {path} သည် စာလုံး {limit} လုံးအထိသာ ရှိသော စာသား ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>ပြေစာ၏ ဒေတာသည် JSON စာသား မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>ဤဖိုင်သည် စိစစ်သုံးသပ်မှု ပြေစာ မဟုတ်ပါ ({expected})</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>ပြေစာ၏ အစီရင်ခံစာ၊ မေးခွန်းလွှာ သို့မဟုတ် မှတ်ချက်များ မပါရှိပါ သို့မဟုတ် ပုံစံ မမှန်ပါ</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>ပြေစာတွင် စိစစ်သုံးသပ်ထားသော ဖိုင်၏ SHA-256 ကို ဖော်ပြမထားပါ</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>ပြေစာ၏ ရက်စွဲများကို YYYY-MM-DD ပုံစံဖြင့် ရေးမထားပါ</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>ပြေစာ၏ မှတ်ချက် {index} ပုံစံ မမှန်ပါ</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>ဤပြေစာသည် ဤကွန်ပျူတာက ထုတ်ယူခဲ့ခြင်း မဟုတ်သော အစီရင်ခံစာ (SHA-256 {sha256}) နှင့် သက်ဆိုင်သည်။ အစီရင်ခံစာကို ပြုလုပ်ခဲ့သော ကွန်ပျူတာတွင် တင်သွင်းပါ</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>ဤဖိုင်သည် စိစစ်သုံးသပ်မှု ပြေစာ ဖြစ်ရန် အရွယ်အစား ကြီးလွန်းသည်</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>ဤဖိုင်သည် PDF မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>ပြေစာကို ယုံကြည်အားထား၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — &apos;{guess}&apos; ကို ဆိုလိုပါသလား။</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>။ {what} တွင် ခွင့်ပြုထားသော key များ- {keys}။</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> &apos;{guess}&apos; ({language}) ကို ဆိုလိုပါသလား။</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> &apos;{guess}&apos; ကို ဆိုလိုပါသလား။</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>နောက်ထပ် {count} ခု</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>ရလဒ်အဆင့် {band}၊ ရမှတ် {score}၊ အန္တရာယ်အချက်ပြ မရှိပါ</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>ရလဒ်အဆင့် {band}၊ ရမှတ် {score}၊ အန္တရာယ်အချက်ပြများ- {flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>ရလဒ်အဆင့် မရှိပါ</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>ရလဒ်အဆင့် အများအပြား ({bands})</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>အန္တရာယ်အချက်ပြ မရှိပါ</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>အန္တရာယ်အချက်ပြများ- {flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>စုစုပေါင်းရမှတ် မရှိပါ</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>စုစုပေါင်းရမှတ် {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}, {score} / 100, အန္တရာယ်အချက်ပြများ- {flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}, {score} / 100, အန္တရာယ်အချက်ပြ မရှိပါ</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>&apos;{question}&apos; ၏ အဖြေတွင် ပါဝင်သော ဖောင့်များဖြင့် ရေးဆွဲ၍ မရသော စာလုံးများ ({characters}) ပါရှိသည်။ အစီရင်ခံစာတွင် ၎င်းတို့နေရာ၌ {replacement} ကို ပြသမည်</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>ဤအထောက်အထားတွင် {key_type} သော့ ပါရှိသည်- လက်မှတ်သည် မှန်ကန်သော်လည်း ထိုကဲ့သို့သော လက်မှတ်များကြောင့် ဖိုင်သည် PDF 2.0 ဖြစ်သွားပြီး PDF/A-3b (မှတ်တမ်းသိမ်းဆည်းရေး ပုံစံ) မဟုတ်တော့ပါ။ PDF/A အဖြစ် ဆက်ထားရန် RSA အထောက်အထားကို အသုံးပြုပါ</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>--days သည် {days} မဟုတ်ဘဲ 1 နှင့် {most} ကြား ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>အသိအမှတ်ပြုလွှာ ထုတ်ပေးသည့်အဖွဲ့ (CA) ကို ဖန်တီး၍ မရပါ- {problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>CA မှတ်တမ်းစာအုပ် {path} ကို ဖတ်၍ မရပါ- {detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>{path} ရှိ သင်၏ ယုံကြည်စာရင်းကို ဖတ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} ကို ဖတ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>CA မှတ်တမ်းစာအုပ် {path} ကို ရေး၍ မရပါ- {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} ကို ရေး၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>CA မှတ်တမ်းစာအုပ် {path} ပျက်စီးနေသည် ({detail})။ သင်၏ အရန်မိတ္တူမှ ပြန်လည်ထည့်သွင်းပါ</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>CA မှတ်တမ်းစာအုပ် {path} သည် အရွယ်အစား ကြီးလွန်းသည်</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>{source} ရှိ အသိအမှတ်ပြုလွှာသည် ယနေ့ မမှန်ကန်ပါ ({start} မှ {end} အထိ သက်တမ်းရှိသည်)</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>{source} ရှိ အသိအမှတ်ပြုလွှာကို စာရွက်စာတမ်းများ လက်မှတ်ရေးထိုးရန် ခွင့်မပြုပါ (key usage)</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>မှတ်တမ်းစာအုပ် {path} သည် အခြား CA ({other}) နှင့် သက်ဆိုင်သည်</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>မှတ်စုသည် စာလုံး {most} လုံးထက် ရှည်နေသည်</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>ဤ CA ၏ မှတ်တမ်းစာအုပ်တွင် အမှတ်စဉ် {serial} ပါ အသိအမှတ်ပြုလွှာ မရှိပါ</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>ဤအထောက်အထားသည် အသိအမှတ်ပြုလွှာ ထုတ်ပေးသည့်အဖွဲ့ (CA) ဖိုင် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>{file} သည် မမှန်ကန်ပါ (INVALID)- {reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>{file} ကို မယုံကြည်ရပါ (UNTRUSTED)- {reason}။ လက်မှတ်ရေးထိုးသူကို အရင် ယုံကြည်စာရင်းသွင်းပါ၊ သို့မဟုတ် မယုံကြည်ရသော လက်မှတ်ရေးထိုးသူများကို ခွင့်ပြုပါ</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>လက်ဗွေ {fingerprint} ကို CA အဖြစ် ယုံကြည်ထားပြီး ဖြစ်သည်</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>လက်ဗွေ {fingerprint} သည် သင်၏ ယုံကြည်စာရင်းတွင် မရှိပါ</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>{path} သည် လက်မှတ်ထိုး အထောက်အထား ဖြစ်ပြီး အသိအမှတ်ပြုလွှာ ထုတ်ပေးသည့်အဖွဲ့ (CA) ဖိုင် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>{path} သည် အသိအမှတ်ပြုလွှာ သို့မဟုတ် CRL ဖြစ်ရန် အရွယ်အစား ကြီးလွန်းသည်</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>{path} သည် တောင်းဆိုချက် သို့မဟုတ် အသိအမှတ်ပြုလွှာ ဖြစ်ရန် အရွယ်အစား ကြီးလွန်းသည်</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>{serial} သည် အမှတ်စဉ် မဟုတ်ပါ (အထောက်အထား၏ အသေးစိတ်တွင် ပြထားသည့်အတိုင်း hexadecimal ဖြစ်ရမည်)</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>{source} ၏ subject တွင် အမည် မပါရှိပါ</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>{source} ၏ subject တွင် အဖွဲ့အစည်း မပါရှိပါ</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>{source} တွင် ဖတ်နိုင်သော X.509 အသိအမှတ်ပြုလွှာ (PEM သို့မဟုတ် DER) မပါရှိပါ</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>{source} ပျက်စီးနေသည်- ၎င်း၏ လက်မှတ်သည် ၎င်း၏ သော့နှင့် မကိုက်ညီပါ</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>{source} သည် {identity} ရှိ သော့အတွက် အသိအမှတ်ပြုလွှာ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>{source} သည် အသိအမှတ်ပြုလွှာ တောင်းဆိုချက် (PKCS#10, PEM သို့မဟုတ် DER) မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>{source} သည် အသိအမှတ်ပြုလွှာ ရုပ်သိမ်းစာရင်း (CRL, PEM သို့မဟုတ် DER) မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation>{source} သည် RSA သို့မဟုတ် EC သော့အတွက် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation>{source} သည် {ca} အတွက် သိမ်းထားပြီးသော CRL ထက် ပိုဟောင်းသည်</translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation>{source} ကို သင်၏ ယုံကြည်စာရင်းရှိ CA က လက်မှတ်ရေးထိုးထားခြင်း မဟုတ်ပါ။ CA ၏ အသိအမှတ်ပြုလွှာကို အရင် ထည့်ပါ</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{text} သည် SHA-256 လက်ဗွေ (hexadecimal ဂဏန်း 64 လုံး) မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>{value} သည် SHA-256 လက်ဗွေလည်း မဟုတ်၊ အသိအမှတ်ပြုလွှာ သို့မဟုတ် CRL ဖိုင်လည်း မဟုတ်ပါ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>သင့်တွင် လက်မှတ်ထိုး အထောက်အထား မရှိသေးပါ- ဖန်တီးရန် အသစ်… ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>အစီရင်ခံစာကို သိမ်းမည့်နေရာ ရွေးရန်</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ဖိုင်များ (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>အထောက်အထားတစ်ခုကို ရွေးပြီး ၎င်း၏ စကားဝှက်စာစုကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>အစီရင်ခံစာ ပြုလုပ်နေသည်…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>လက်မှတ်ထိုးထားသော အစီရင်ခံစာကို {file} အဖြစ် သိမ်းပြီးပါပြီ။
အေဂျင်စီအတွက် လက်မှတ်ရေးထိုးသူ၏ လက်ဗွေ (SHA-256)- {fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>ကျေးဇူးပြု၍ သတိပြုပါ-</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>ထိုစကားဝှက်စာစုဖြင့် ဤအထောက်အထားကို ဖွင့်၍ မရပါ။ ထပ်မံ ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>လက်မှတ်ထိုးထားသော PDF ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>အစီရင်ခံစာကို သင်၏ အထောက်အထားဖြင့် လက်မှတ်ရေးထိုးထားသဖြင့် မည်သူပေးပို့သည်နှင့် မပြောင်းလဲထားကြောင်း အေဂျင်စီက စစ်ဆေးနိုင်သည်။ သင်၏ အဖြေများသည် PDF အတွင်း၌ ပါသွားသည်။</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>လက်မှတ်ထိုး အထောက်အထား</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>အစီရင်ခံစာတွင် ပါမည့် လက်မှတ်ပိုင်ရှင်</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာစု</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>ရွေးထားသော အထောက်အထား၏ စကားဝှက်စာစု</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>အစီရင်ခံစာ ဘာသာစကား</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>အစီရင်ခံစာကို ရေးသားမည့် ဘာသာစကား</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation>PDF ဖိုင်ကို သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>အသစ်…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>လက်မှတ်ထိုး အထောက်အထား အသစ် ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>တင်သွင်းရန်…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>.p12 သို့မဟုတ် .pfx ဖိုင် တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ထုတ်ယူရန် (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>ဖိုင်တွဲကို ဖွင့်ရန်</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>ထုတ်ယူပြီးသော အကဲဖြတ်ချက်ကို ပြောင်းလဲမလား။</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>ဤအကဲဖြတ်ချက်ကို လက်မှတ်ထိုးထားသော PDF အဖြစ် ထုတ်ယူပြီး ဖြစ်သည်။ အဖြေတစ်ခုကို ပြောင်းလဲပါက PDF သည် ဤနေရာတွင် သိမ်းထားသော အဖြေများနှင့် ကိုက်ညီတော့မည် မဟုတ်ဘဲ သင်ထပ်မံ အပြီးသတ်သည်အထိ ရလဒ်သည် ယာယီ ဖြစ်သွားမည်။ ထုတ်ယူခဲ့သော PDF ၏ မှတ်တမ်းကို ဆက်လက် သိမ်းထားမည်။

ထုတ်ယူခဲ့သော အဖြေများကို မူလအတိုင်း ထားလိုပါက မိတ္တူတစ်ခုပေါ်တွင် လုပ်ဆောင်ပါ။</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>အဖြေများကို ပြောင်းလဲရန်</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>မိတ္တူပေါ်တွင် လုပ်ဆောင်ရန်</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>မူလအတိုင်း ထားရန်</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>အဖွဲ့အစည်းအမည်ကို ထည့်ပါ၊ သို့မဟုတ် &apos;ယခု ကျော်မည်&apos; ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>AISafe Desktop မှ ကြိုဆိုပါသည်</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>ဤအက်ပ်သည် သင့်အဖွဲ့အစည်း အသုံးပြုသော သို့မဟုတ် တည်ဆောက်သော ဉာဏ်ရည်တုစနစ်တစ်ခု၏ ကိုယ်တိုင်အကဲဖြတ်ခြင်းကို အဆင့်ဆင့် လမ်းပြပေးသည်- မည်သည့်အရာ မှားယွင်းနိုင်သနည်း၊ ၎င်းအတွက် သင် ဘာလုပ်ထားပြီးပြီနည်း၊ နောက်တစ်ဆင့် ဘာလုပ်ရမည်နည်း။ ရိုးရှင်းသော မေးခွန်းများကို ဖြေဆိုရုံသာ ဖြစ်ပြီး အချိန်မရွေး ရပ်နားကာ နောက်မှ ဆက်လုပ်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>သင်ထည့်သွင်းသမျှ ဤကွန်ပျူတာပေါ်တွင်သာ ရှိနေမည်။ အက်ပ်သည် အင်တာနက်နှင့် ဘယ်တော့မှ မချိတ်ဆက်ဘဲ သင်၏ အဖြေများကို ဖြေဆိုလိုက်သည့်အချိန်တွင်ပင် သိမ်းဆည်းသည်။</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ဆက်လုပ်ရန်</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>သင့်အဖွဲ့အစည်းအကြောင်း</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>၎င်းသည် သင်၏ အစီရင်ခံစာများတွင် ပေါ်လာမည်။ ယခု ကျော်သွားပြီး နောက်မှ ပင်မစာမျက်နှာမှ ဖြည့်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>ယခု ကျော်မည်</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>သိမ်းပြီး ဆက်လုပ်ရန်</translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation>အက်ပ်အတွက် ဤဘာသာစကားကို သုံးရန်</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation>ဤအဖြေ၏ မှတ်တမ်း</translation>
    </message>
    <message>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>အဖြေ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ပြုလုပ်သူ</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>ပြောင်းလဲမှု မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>CSV အဖြစ် ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>မှတ်တမ်းကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ဖိုင်များ (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>သင့်အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>သင်၏ အစီရင်ခံစာများတွင် ပေါ်လာစေရန် သင့်အဖွဲ့အစည်း၏ အသေးစိတ်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>အသေးစိတ် ထည့်ရန်</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>အဖွဲ့အစည်း အသေးစိတ် ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (မိတ္တူ)</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>“{title}” ကို အမှိုက်ပုံးထဲသို့ ရွှေ့ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>အဖြေများ တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>AISafe အဖြေများ (*.json);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>အကဲဖြတ်ချက်များ</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>ခေါင်းစဉ်၊ မေးခွန်းလွှာ သို့မဟုတ် ဉာဏ်ရည်တုစနစ်ဖြင့် ရှာရန်</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>အကဲဖြတ်ချက်များ ရှာရန်</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>ဤစာသား ပါဝင်သော အကဲဖြတ်ချက်များကိုသာ ပြသည်။ ဖြတ်လမ်းခလုတ်- Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>အကဲဖြတ်ချက် အသစ် (&amp;N)</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>အကဲဖြတ်ချက် အသစ် စတင်ရန် (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>တင်သွင်းရန်… (&amp;I)</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>အဖြေဖိုင် (.json) မှ အကဲဖြတ်ချက် ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>PDF ကို စိစစ်ရန်… (&amp;V)</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>လက်မှတ်ထိုးထားသော အစီရင်ခံစာ မပြောင်းလဲထားကြောင်း စစ်ဆေးရန်။ PDF ကို ဤစာမျက်နှာပေါ်သို့ ဆွဲချ၍လည်း ရသည်။</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ဖွင့်ရန် (&amp;O)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>မိတ္တူပွားရန် (&amp;u)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ဖျက်ရန် (&amp;D)</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>အမှိုက်ပုံးထဲသို့ ရွှေ့ရန်၊ နဂိုအတိုင်း ပြန်ထားနိုင်သည်</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>နဂိုအတိုင်း ပြန်ထားရန် (&amp;U)</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>အကဲဖြတ်ချက် မရှိသေးပါ</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>သင်၏ ပထမဆုံး အကဲဖြတ်ချက်ကို စတင်ပါ- မေးခွန်းလွှာတစ်ခု ရွေးပါ၊ သင့်အချိန်နှင့် သင် မေးခွန်းများကို ဖြေဆိုပါ၊ ထို့နောက် ရှင်းလင်းသော နောက်ဆက်တွဲ လုပ်ဆောင်ရန်အဆင့်များနှင့်အတူ သင်၏ ရလဒ်ကို ကြည့်ပါ။ အချိန်မရွေး ရပ်နားနိုင်ပြီး အဖြေတိုင်းကို ဖြေဆိုသည်နှင့် သိမ်းပါသည်။</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>သင်၏ ပထမဆုံး အကဲဖြတ်ချက်ကို စတင်ရန်</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation>ရွေးထားသော အကဲဖြတ်ချက်ကို ဖွင့်ရန် Enter ကို နှိပ်ပါ</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation>လက်မှတ်ထိုး အထောက်အထား တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>လက်မှတ်ထိုး အထောက်အထားများ (*.p12 *.pfx);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာစု</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>{file} ၏ စကားဝှက်စာစု-</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>အသိအမှတ်ပြုလွှာကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>အသိအမှတ်ပြုလွှာများ (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>လက်မှတ်ထိုး အထောက်အထားများ</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>သင်၏ PDF အစီရင်ခံစာများကို လက်မှတ်ရေးထိုးရန် အသုံးပြုသည်။ အေဂျင်စီက သင်၏ အစီရင်ခံစာများကို စစ်ဆေးနိုင်ရန် အသိအမှတ်ပြုလွှာကို (အထောက်အထားဖိုင်ကို မဟုတ်ဘဲ) ပေးပို့ပါ။</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>တစ်ခုစီတွင် အေဂျင်စီက စစ်ဆေးနိုင်သော လက်ဗွေ ပါရှိသည်</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>အထောက်အထား အသစ်…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>တင်သွင်းရန်…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>.p12 သို့မဟုတ် .pfx ဖိုင် တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>အသိအမှတ်ပြုလွှာ ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>အေဂျင်စီထံ ပေးပို့ရန် အများသုံး အသိအမှတ်ပြုလွှာကို သိမ်းရန်</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>စိစစ်မှုရလဒ်</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ကဏ္ဍ</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>မေးခွန်းလွှာ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ရမှတ်</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>လက်မှတ်ရေးထိုးသူ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>လက်ခံရရှိချိန်</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>ယုံကြည်ရသည်</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>မယုံကြည်ရ</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>မမှန်ကန်ပါ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>အသစ်</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>စိစစ်သုံးသပ်ဆဲ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>လက်ခံသည်</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ပြန်ပို့ထားသည်</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation>ဝင်စာပုံး ဒေတာဘေ့စ်</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>ဝင်စာပုံးကို ဤကွန်ပျူတာပေါ်တွင် ထားရန် လိပ်စာကို ဗလာထားပါ။ အရာရှိအများအပြား ဝင်စာပုံးတစ်ခုကို မျှဝေသုံးစွဲမည်ဆိုပါက သင်၏ IT ဝန်ထမ်းများ ပေးထားသော PostgreSQL လိပ်စာကို ထည့်ပါ၊ ဥပမာ postgresql+psycopg://officer@db.agency.example:5432/inbox။ စကားဝှက်ကို ဘယ်တော့မှ မသိမ်းပါ- ဝင်စာပုံး ဖွင့်သည့်အခါ သင်ရိုက်ထည့်ရမည်၊ သို့မဟုတ် သင်၏ IT ဝန်ထမ်းများက သင်၏ .pgpass ဖိုင်တွင် ထည့်ထားပေးမည်။</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>စိစစ်သုံးသပ်မှု မှတ်တမ်းတွင် ပြသမည့် သင့်အမည်</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>ဒေတာဘေ့စ် လိပ်စာ (&amp;a)</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>သင့်အမည် (&amp;n)</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>ဤကွန်ပျူတာရှိ ဝင်စာပုံးကို သုံးရန်</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>ဤလိပ်စာသည် ဒေတာဘေ့စ် လိပ်စာ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>ဝင်စာပုံးသည် PostgreSQL (သို့မဟုတ် ကွန်ပျူတာပေါ်ရှိ ဖိုင်) ဖြင့် အလုပ်လုပ်သည်။</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>ဝင်စာပုံး — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ဖိုင်များ ထည့်ရန်…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>ဖိုင်တွဲ ထည့်ရန်…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ဒက်ရှ်ဘုတ်</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>ဇယား ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>ဒေတာဘေ့စ်…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>ထပ်မံ စိစစ်ရန်</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>သိမ်းထားသော ဖိုင်တိုင်းကို ထပ်မံ စစ်ဆေးရန်၊ ဥပမာ လက်မှတ်ရေးထိုးသူတစ်ဦးကို ယုံကြည်စာရင်းသွင်းပြီးနောက်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>အဖွဲ့အစည်း၊ လက်မှတ်ရေးထိုးသူ၊ ဉာဏ်ရည်တုစနစ် သို့မဟုတ် ဖိုင်</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>လက်ခံရရှိသော အစီရင်ခံစာများ</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ရှာရန် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>စိစစ်မှုရလဒ် (&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>အခြေအနေ (&amp;t)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>ရလဒ် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>နိုင်ငံ (&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>ကဏ္ဍ (&amp;t)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>မေးခွန်းလွှာ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ရက်စွဲမှ (&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>ရက်စွဲအထိ (&amp;o)</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>ဝင်စာပုံးကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>အားလုံး</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>ဝင်စာပုံးကို ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>ဝင်စာပုံး- {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>အစီရင်ခံစာ %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>လက်ခံရရှိသော အစီရင်ခံစာများ ထည့်ရန်</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>PDF အစီရင်ခံစာများ (*.pdf);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>အစီရင်ခံစာများပါသော ဖိုင်တွဲ ထည့်ရန်</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>%m ခုအနက် %v ခု စိစစ်ပြီး</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>အစီရင်ခံစာ %n ခု ထည့်ပြီးပါပြီ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>%n ခုသည် ဝင်စာပုံးထဲတွင် ရှိပြီးသား</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>အခြားဖိုင် %n ခုကို ကျော်ခဲ့သည်</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ပယ်ဖျက်လိုက်သည်</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>ဇယားကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>အစီရင်ခံစာ %n ခုကို {file} သို့ ရေးပြီးပါပြီ</numerusform>
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
        <translation>ကျေးဇူးပြု၍ သတိပြုပါ</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (မိတ္တူ)</translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation>AISafe Desktop</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>သင်၏ ဒေတာကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ပင်မစာမျက်နှာ</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>အကဲဖြတ်ချက်များစာရင်းသို့ ပြန်သွားရန် (Alt+Home)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>အကဲဖြတ်ချက် အသစ်</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>အကဲဖြတ်ချက် အသစ် စတင်ရန် (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>ဘာသာစကား၊ စာလုံးအရွယ်၊ အရန်မိတ္တူများ (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ကီးဘုတ် ဖြတ်လမ်းခလုတ်များ</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>အက်ပ်၏ ကီးဘုတ် ဖြတ်လမ်းခလုတ်အားလုံး (F1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>ဝင်စာပုံး</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>အေဂျင်စီများအတွက်- လုပ်ငန်းများ ပေးပို့သော အစီရင်ခံစာများကို လက်ခံ၊ စိစစ်သုံးသပ်ပြီး ရေတွက်ရန် (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>လမ်းညွှန်</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation>အပြီးသတ်နိုင်ရန် မဖြေဆိုရသေးသည်များ</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>မဖြစ်မနေဖြေရမည့် မေးခွန်း %n ခုကို မဖြေဆိုရသေးပါ။ သွားရောက်ရန် တစ်ခုကို ရွေးပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>မဖြစ်မနေ ဖြေရမည့်အရာအားလုံး ဖြေဆိုပြီးပါပြီ</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>သင်၏ ရလဒ်ကို ကြည့်ရန် ပြီးဆုံးရန် ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>မဖြေဆိုရသေးသော မေးခွန်းများ</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>ရွေးထားသော မေးခွန်းသို့ သွားရန် Enter ကို နှိပ်ပါ</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>သင့်ဖိုင်တွဲရှိ အောက်ပါ မေးခွန်းလွှာဖိုင်များကို မပြင်ဆင်မချင်း အသုံးပြု၍ မရပါ-</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… နောက်ထပ် {count} ခု</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>ခန့်မှန်း {minutes} မိနစ် · ဘာသာစကားများ- {languages} · ထုတ်ဝေသူ- {publisher} · ဗားရှင်း {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>(စနစ်တစ်ခုတည်းအကြောင်း မဟုတ်ပါ)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>အကဲဖြတ်ချက် အသစ်</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>သင်စစ်ဆေးလိုသည်နှင့် ကိုက်ညီသော မေးခွန်းလွှာကို ရွေးပါ။ အချိန်မရွေး ရပ်နားနိုင်ပြီး အဖြေတိုင်းကို သိမ်းပါသည်။</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>စာရင်းထဲတွင် သင်မှတ်မိမည့် အမည်၊ ဥပမာ စီမံကိန်းအမည်</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>ဉာဏ်ရည်တုစနစ် (မထည့်လည်း ရသည်)</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>တစ်ခုကို ရွေးပါ၊ သို့မဟုတ် ဤအကဲဖြတ်ချက်နှင့် သက်ဆိုင်သော ဉာဏ်ရည်တုစနစ်၏ အမည်ကို ရိုက်ထည့်ပါ</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>မေးခွန်းများ၏ ဘာသာစကား</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>မေးခွန်းလွှာကို ဤဘာသာစကားဖြင့် ပြသည်</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>မေးခွန်းလွှာများ</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>သင်အသုံးပြုနိုင်သော မေးခွန်းလွှာများ</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>စတင်ရန် (&amp;S)</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>{low} မှ {high} အထိ ကိန်းဂဏန်း။</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>အနည်းဆုံး {low} ရှိသော ကိန်းဂဏန်း။</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>{high} အထိ ကိန်းဂဏန်း။</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>ကိန်းဂဏန်း။</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ကိန်းဂဏန်း</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>“{text}” သည် ကိန်းဂဏန်း မဟုတ်ပါ။ ဂဏန်းများသာ ရိုက်ထည့်ပါ၊ ဥပမာ {whole} သို့မဟုတ် {example}။</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>ဖိုင်အရွယ်အစားမှာ {size:,} ဘိုက် ဖြစ်သည်။ မေးခွန်းလွှာများကို {limit:,} ဘိုက် အထိသာ ကန့်သတ်ထားသည်။ ၎င်းကို မေးခွန်းလွှာ အများအပြားအဖြစ် ခွဲပါ သို့မဟုတ် ထည့်သွင်းထားသော ဒေတာများကို ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>ဘိုက် 0x{byte:02x} သည် မှန်ကန်သော UTF-8 မဟုတ်ပါ။ ဖိုင်ကို UTF-8 အဖြစ် သိမ်းပါ (တည်းဖြတ်ဆော့ဖ်ဝဲ အများစုတွင်- &apos;Save with encoding&apos; → UTF-8)။</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>ဤနေရာရှိ စာသားသည် မှန်ကန်သော YAML မဟုတ်ပါ ({parser})။ စာကြောင်းရှေ့ နေရာချန်မှုကို စစ်ဆေးပါ (နေရာလွတ် (space)ကိုသာ သုံးပါ)၊ &apos;: &apos; သို့မဟုတ် &apos; #&apos; ပါသော စာသား သို့မဟုတ် သင်္ကေတဖြင့် စသော စာသားကို မျက်တောင်အဖွင့်အပိတ်ထဲ ထည့်ပါ။</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>စာသားအတွင်းရှိ &apos;: &apos; ကြောင့် YAML သည် ကျန်အပိုင်းကို key အသစ်အဖြစ် ဖတ်သည်။ စာသားတစ်ခုလုံးကို မျက်တောင်အဖွင့်အပိတ်ထဲ ထည့်ပါ (text: &quot;Note: …&quot;)၊ သို့မဟုတ် ၎င်းသည် key အသစ် ဖြစ်ရမည်ဆိုပါက အပေါ်ရှိ key များအတိုင်း နေရာချန်ပါ။ (YAML ခွဲခြမ်းစိတ်ဖြာကိရိယာ- {parser})</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>&apos;{{…}}&apos; key-တန်ဖိုးအစု ကို ပိတ်မထားပါ၊ သို့မဟုတ် ၎င်းအတွင်းရှိ စာသားတွင် &apos;: &apos; သို့မဟုတ် &apos; #&apos; ပါရှိသည်။ ထိုစာသားကို မျက်တောင်အဖွင့်အပိတ်ထဲ ထည့်ပြီး ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) key-တန်ဖိုးအစု ကို &apos;}}&apos; ဖြင့် ပိတ်ပါ။ (YAML ခွဲခြမ်းစိတ်ဖြာကိရိယာ- {parser})</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>&apos;[…]&apos; စာရင်းကို ပိတ်မထားပါ၊ သို့မဟုတ် အချက်တစ်ခုတွင် &apos;: &apos; သို့မဟုတ် &apos; #&apos; ပါရှိသည်။ ထိုအချက်ကို မျက်တောင်အဖွင့်အပိတ်ထဲ ထည့်ပြီး စာရင်းကို &apos;]&apos; ဖြင့် ပိတ်ပါ။ (YAML ခွဲခြမ်းစိတ်ဖြာကိရိယာ- {parser})</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>မျက်တောင်အဖွင့်အပိတ်ဖြင့် စသော စာသားကို ပိတ်မထားပါ- အပိတ် မျက်တောင်ကို ထည့်ပါ (&quot;…&quot; အတွင်း မျက်တောင်ကို \&quot; ဟု ရေးပါ၊ &apos;…&apos; အတွင်း &apos;&apos; ဟု ရေးပါ)။ (YAML ခွဲခြမ်းစိတ်ဖြာကိရိယာ- {parser})</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>စာကြောင်းတစ်ကြောင်းသည် ဤနေရာတွင် YAML ဖတ်၍ မရသော စာလုံးဖြင့် စတင်နေသည် (tab ခလုတ် သို့မဟုတ် စာသားအစရှိ &apos;@&apos; သို့မဟုတ် &apos;`&apos;)။ နေရာလွတ် (space)ဖြင့်သာ နေရာချန်ပြီး ထိုစာသားကို မျက်တောင်အဖွင့်အပိတ်ထဲ ထည့်ပါ။ (YAML ခွဲခြမ်းစိတ်ဖြာကိရိယာ- {parser})</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>ဤစာကြောင်းသည် &apos;key: value&apos; ပုံစံ မဟုတ်ပါ- key နောက်တွင် &apos;:&apos; ပျောက်နေသည်၊ သို့မဟုတ် စာသားရှည်တစ်ခုသည် ရှိသင့်သည်ထက် နေရာချန်မှု နည်းသော စာကြောင်းပေါ်သို့ ဆက်နေသည် (စာသားရှည်များအတွက် &apos;&gt;-&apos; ဘလောက် ကို သုံးပါ)။ (YAML ခွဲခြမ်းစိတ်ဖြာကိရိယာ- {parser})</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>နေရာချန်မှုသည် အပေါ်ရှိ စာကြောင်းများနှင့် မကိုက်ညီပါ- key-တန်ဖိုးအစု တစ်ခု၏ key များနှင့် စာရင်းတစ်ခု၏ &apos;- &apos; အချက်များသည် ကော်လံ တစ်ခုတည်းတွင် စတင်ရမည်။ (YAML ခွဲခြမ်းစိတ်ဖြာကိရိယာ- {parser})</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>alias *{anchor} ၏ ရှေ့တွင် anchor &amp;{anchor} မရှိပါ- anchor ကို ဦးစွာ သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>ဤဖိုင်တွင် YAML စာရွက်စာတမ်း တစ်ခုထက်ပို၍ (&apos;---&apos;) ပါရှိသည်။ ဖိုင်တစ်ခုလျှင် မေးခွန်းလွှာ တစ်ခုသာ ထားပါ။</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>စာရွက်စာတမ်းသည် တန်ဖိုး {limit:,} ခုထက် ပို၍ ချဲ့ထွင်သွားသည် (များသောအားဖြင့် alias များကို ရည်ညွှန်းသော alias များကြောင့်)။ တန်ဖိုးများကို အပြည့်အစုံ ရေးပါ သို့မဟုတ် alias များကို လျှော့သုံးပါ။</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>တန်ဖိုးများသည် အဆင့် {limit} ဆင့်ထက် ပို၍ နက်အောင် အထပ်ထပ် ပါဝင်နေသည်။ မေးခွန်းလွှာတစ်ခုတွင် ဤသို့ ဘယ်တော့မှ မလိုအပ်ပါ။ နေရာချန်မှုကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>ထပ်နေသော key {key!r}- ၎င်းကို စာကြောင်း {first_line} တွင် ပေးထားပြီး ဖြစ်သည်။ YAML သည် တစ်ခုကိုသာ သိမ်းထားမည် ဖြစ်၍ တစ်ခုကို ဖယ်ရှားပါ သို့မဟုတ် အမည်ပြောင်းပါ။</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>ဖိုင်ကို ဖတ်၍ မရပါ- {reason}။ လမ်းကြောင်းနှင့် ခွင့်ပြုချက်များကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>ပေါင်းစည်း key များ (&apos;&lt;&lt;: *anchor&apos;) ကို မေးခွန်းလွှာများတွင် ပံ့ပိုးမထားပါ- key များကို အပြည့်အစုံ ရေးပါ (တန်ဖိုးတစ်ခုလုံးအဖြစ် သီးသန့်ရပ်တည်သော alias &apos;*anchor&apos; ကိုမူ အသုံးပြုနိုင်သည်)။</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>{where} တွင် မသိသော key &apos;{key}&apos;{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>{where} သည် {found} မဟုတ်ဘဲ {expected} ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>{where} သည် ဗလာ ဖြစ်နေသည်- စာသားကို ရေးပါ။</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>တက်ဂ် {tag!r} ကို ဤနေရာတွင် ခွင့်မပြုပါ- &apos;!tag&apos; မပါဘဲ သာမန်တန်ဖိုးကို ရေးပါ။</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>key သည် စာရင်း သို့မဟုတ် key-တန်ဖိုးအစု မဟုတ်ဘဲ သာမန်စကားလုံး ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}- &apos;{combiner}&apos; သည် ၎င်း၏ အခြေအနေတွင် သီးသန့် ရပ်တည်ရမည်။ အခြား နှိုင်းယှဉ်ချက်များကို ၎င်းအတွင်း ထည့်ပါ။</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>{where} ({what}) တွင် မဖြစ်မနေလိုအပ်သော key &apos;{key}&apos; မပါပါ။ &apos;{key}: …&apos; ကို ထည့်ပါ{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>{where} တွင် အနည်းဆုံး {count} ခု ပါရှိရမည်။</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>{where} သည် မည်သည့်အဖြေကို ကြည့်သည်ကို ဖော်ပြရန် &apos;question: &lt;မေးခွန်း id&gt;&apos; လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>{where} တွင် နှိုင်းယှဉ်ချက် တစ်ခုတည်းသာ ({operators}) လိုအပ်သည်။ {count} ခု တွေ့ရှိသည်။ အများအပြားကို &apos;all:&apos; သို့မဟုတ် &apos;any:&apos; ဖြင့် ပေါင်းစပ်ပါ။</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>{where} အတွက် &apos;{value}&apos; ကို ခွင့်မပြုပါ။{hint} အောက်ပါတို့မှ တစ်ခုကို အသုံးပြုပါ- {choices}။</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>{where} သည် {value} ဖြစ်နေသည်။ ၎င်းသည် {bound} ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>&apos;{key}&apos; သည် ဂဏန်းမေးခွန်းများနှင့်သာ သက်ဆိုင်သည်။ မေးခွန်း &apos;{question}&apos; သည် {qtype} ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>&apos;{value}&apos; သည် ဗားရှင်း မဟုတ်ပါ- 1.0.0 ကဲ့သို့ major.minor.patch ဂဏန်း သုံးလုံး ရေးပါ။</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>{where} ရှိ &apos;{value}&apos; သည် မှန်ကန်သော သတ်မှတ်အမည် မဟုတ်ပါ- စာလုံးအသေး၊ ဂဏန်း၊ &apos;-&apos;၊ &apos;_&apos; သို့မဟုတ် &apos;.&apos; ကို အသုံးပြုပါ။</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; သည် AISafe သိသော ဘာသာစကားကုဒ် မဟုတ်ပါ ({where})။{hint} အောက်ပါတို့မှ တစ်ခုကို အသုံးပြုပါ- {choices}။</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>မေးခွန်း &apos;{question}&apos; သည် {qtype} ဖြစ်၍ ရွေးချယ်စရာများ မပါနိုင်ပါ- ၎င်းတို့ကို ဖယ်ရှားပါ သို့မဟုတ် အမျိုးအစားကို ပြောင်းပါ။</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>&apos;{value}&apos; တစ်ခုတည်း (value: နှင့် label: မပါဘဲ) သည် yes_no အဖြေ၏ အတိုကောက်ပုံစံ ဖြစ်သည်။ မေးခွန်း &apos;{question}&apos; သည် {qtype} ဖြစ်၍ {{value: …, label: …}} ဟု ရေးပါ။</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>yes_no မေးခွန်းတွင် yes၊ no နှင့် na အဖြေများသာ ရှိသည်။ &apos;{value}&apos; သည် ၎င်းတို့ထဲမှ တစ်ခု မဟုတ်ပါ။ အခြားအဖြေများအတွက် single_choice ကို အသုံးပြုပါ။</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>{qtype} မေးခွန်း &apos;{question}&apos; တွင် &apos;options&apos; အောက်၌ အနည်းဆုံး ရွေးချယ်စရာ နှစ်ခု လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>အတိုင်းအတာ မေးခွန်း &apos;{question}&apos; တွင် &apos;options&apos; အောက်၌ အနည်းဆုံး အမှတ် နှစ်ခု လိုအပ်သည် (တန်ဖိုး 0, 1, …၊ တစ်ခုစီတွင် အညွှန်း ပါရမည်)။</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>အတိုင်းအတာ အမှတ်များသည် ကိန်းပြည့်များ ဖြစ်သည် (0, 1, 2 …)။ &apos;{value}&apos; သည် ကိန်းပြည့် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>{what} တွင် min {minimum} သည် max {maximum} ထက် ကြီးနေသည် (သို့မဟုတ် ညီနေသည်)- ၎င်းတို့ကို နေရာချင်း လဲပါ။</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>အတိုင်းအတာ မေးခွန်း &apos;{question}&apos; ၏ အမှတ်များမှာ {points} ဖြစ်သည်။ ၎င်းတို့ကို ကွက်လပ်မရှိဘဲ 0, 1, 2 … (သို့မဟုတ် 1, 2, 3 …) ဟု နံပါတ်တပ်ပါ (မပါသည်- {missing})။</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}- &apos;{fragment}&apos; သည် မျက်တောင်အဖွင့်အပိတ် မပါသော &apos;,&apos; သို့မဟုတ် &apos;?&apos; တွင် ဖြတ်တောက်ခံရသော စာသား၏ ကျန်အပိုင်းနှင့် တူသည်။ ဤစာသားကို မျက်တောင်အဖွင့်အပိတ်ထဲ ထည့်ပါ- {key}: &quot;…, …&quot;။</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>{what} &apos;{value}&apos; ကို နှစ်ကြိမ် အသုံးပြုထားသည် (ပထမအကြိမ် စာကြောင်း {first_line} တွင်)။ {what} တိုင်းသည် မထပ်ရပါ။ တစ်ခုကို အမည်ပြောင်းပါ။</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>{where} တွင် {missing} စာသား မရှိပါ- {add} ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>{where} သည် သာမန်စာသား ဖြစ်သော်လည်း ဖိုင်တွင် {languages} ကို ကြေညာထားသည်။ ၎င်းကို ဘာသာစကား တစ်ခုလျှင် စာသားတစ်ခုစီပါသော key-တန်ဖိုးအစု အဖြစ် ရေးပါ ({add})။</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>{where} တွင် languages ထဲတွင် မပါသော {extra} စာသား ပါရှိသည်- ကုဒ်(များ)ကို languages ထဲသို့ ထည့်ပါ သို့မဟုတ် ထိုစာသားကို ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>စာသား {count} ခုတွင် &apos;{code}&apos; စာသား မရှိပါ{found} — ဤအရာသည် languages (စာကြောင်း {line}) မှ ဖြစ်ပေါ်လာသည်- ထိုနေရာကို ဦးစွာ ပြင်ပါ။</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>default_language &apos;{value}&apos; သည် languages ({languages}) ထဲတွင် မပါပါ- ၎င်းကို ထိုနေရာတွင် ထည့်ပါ။</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>အခြေအနေသည် မရှိသော မေးခွန်း &apos;{question}&apos; ကို ရည်ညွှန်းနေသည်{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>မေးခွန်း &apos;{question}&apos; တွင် ရွေးချယ်စရာ &apos;{value}&apos; မရှိပါ- ၎င်း၏ ရွေးချယ်စရာများမှာ {options} ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>ဤ {owner} ၏ အခြေအနေသည် မေးခွန်း &apos;{question}&apos; ကို ကြည့်သည်၊ သို့သော် ထိုမေးခွန်းကို အခြေအနေ မှန်မှသာ ပြသသည်။ ၎င်းကို အခြားမေးခွန်းတစ်ခုအပေါ် အခြေခံပါ (ရှေ့ သို့မဟုတ် နောက်တွင် ရှိနိုင်သည်- အခြေအနေများသည် နောက်တွင်ရှိသော မေးခွန်းများကိုလည်း ရည်ညွှန်းနိုင်သည်)။</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>အခြေအနေများသည် စက်ဝိုင်းတစ်ခု ဖြစ်နေသည်- {chain}။ မည်သည့်မေးခွန်းကိုမျှ ပထမဆုံး ပြသ၍ မရပါ။ ဤအခြေအနေများထဲမှ တစ်ခုကို ဖယ်ရှား၍ စက်ဝိုင်းကို ဖြတ်ပါ။</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>&apos;{operator}&apos; သည် ဂဏန်းများ သို့မဟုတ် ရက်စွဲများကို နှိုင်းယှဉ်သည်၊ သို့သော် မေးခွန်း &apos;{question}&apos; သည် {qtype} ဖြစ်သည်- equals သို့မဟုတ် in ကို အသုံးပြုပါ။</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>&apos;includes&apos; သည် multiple_choice မေးခွန်းများအတွက် ဖြစ်သည်။ &apos;{question}&apos; သည် {qtype} ဖြစ်သည်- equals ကို အသုံးပြုပါ။</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>&apos;{question}&apos; သည် အဖြေ အများအပြားကို ခွင့်ပြုသည်- {operator} အစား &apos;includes: VALUE&apos; သို့မဟုတ် &apos;in: [VALUES]&apos; ကို အသုံးပြုပါ။</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>အတိုင်းအတာ မေးခွန်း &apos;{question}&apos; ပေါ်ရှိ &apos;{operator}: {value}&apos; သည် ၎င်း၏ အမှတ်များ ({points}) ထဲမှ တစ်ခု ဖြစ်ရမည်ဖြစ်ပြီး မျက်တောင်အဖွင့်အပိတ် မပါဘဲ ဂဏန်းအဖြစ် ရေးရမည်။</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>မေးခွန်း &apos;{question}&apos; သည် ဂဏန်းမေးခွန်း ဖြစ်၍ &apos;{operator}&apos; တွင် &apos;{value}&apos; မဟုတ်ဘဲ ဂဏန်း လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>မေးခွန်း &apos;{question}&apos; သည် ရက်စွဲမေးခွန်း ဖြစ်၍ &apos;{operator}&apos; တွင် &apos;{value}&apos; မဟုတ်ဘဲ &quot;YYYY-MM-DD&quot; ဟု ရေးထားသော တကယ့်ရက်စွဲ (ဥပမာ &quot;2026-12-02&quot;) လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>မေးခွန်း &apos;{question}&apos; သည် စာသားမေးခွန်း ဖြစ်၍ &apos;{operator}&apos; တွင် &apos;{value}&apos; မဟုတ်ဘဲ စာသား လိုအပ်သည်- ၎င်းကို မျက်တောင်အဖွင့်အပိတ်ထဲ ထည့်ပါ။</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>ရှုထောင့် &apos;{value}&apos; ကို &apos;dimensions&apos; အောက်တွင် ကြေညာမထားပါ။{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>အကြံပြုချက် &apos;{value}&apos; ကို &apos;recommendations&apos; အောက်တွင် ကြေညာမထားပါ။{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>ရလဒ်အဆင့် &apos;{value}&apos; ကို scoring.bands အောက်တွင် ကြေညာမထားပါ။{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>ရလဒ်အဆင့် &apos;{lower}&apos; နှင့် &apos;{upper}&apos; သည် {start} နှင့် {end} ကြားတွင် ထပ်နေသည်- &apos;{upper}&apos; ၏ min ကို {end} ဟု သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>{start} မှ {end} အထိ ရမှတ်များကို မည်သည့် ရလဒ်အဆင့်ကမျှ မလွှမ်းခြုံပါ- {fix}။</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>လျော့ပါးစေရေး ရှုထောင့် ကို စုစုပေါင်းရမှတ်တွင်ပါ ထည့်တွက်၍ မရပါ- ၎င်းကို scoring.overall မှ ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>မည်သည့် ရွေးချယ်စရာကမျှ ရှုထောင့် &apos;{value}&apos; ကို အမှတ် မပေးသဖြင့် ၎င်းသည် အမြဲ 0 ရမည်- အမှတ်ပေးပါ သို့မဟုတ် ၎င်းကို ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>အကြံပြုချက် &apos;{value}&apos; ကို မည်သည့် ရွေးချယ်စရာ၊ အန္တရာယ်အချက်ပြ၊ အနိမ့်ဆုံးအဆင့် သို့မဟုတ် ရလဒ်ကမျှ မခေါ်ယူပါ- ၎င်းကို ရည်ညွှန်းပါ သို့မဟုတ် ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>ဤဖိုင်တွင် &apos;format: 2&apos; မပါသဖြင့် ၎င်းကို ပုံစံ 1 အဖြစ် ဖတ်သည်။ ပုံစံ 1 တွင် yes_no မေးခွန်းတိုင်းသည် &apos;မသက်ဆိုင်ပါ&apos; ကိုလည်း ပေးသည် (၎င်းက ထိုမေးခွန်းကို ရမှတ်မှ ဖယ်ထုတ်သည်)။ ထိပ်ဆုံးတွင် &apos;format: 2&apos; ကို ထည့်ပြီး na သည် တကယ့်အဖြေ ဖြစ်သည့်နေရာတွင်သာ options အောက်၌ ထည့်ပါ။</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>{where} တွင် &apos;{tag}&apos; ပါရှိသည်- စာသားများကို နေရာတိုင်းတွင် (မျက်နှာပြင်နှင့် PDF) သာမန်စာသားအဖြစ် ပြသသဖြင့် တက်ဂ်သည် ရေးထားသည့်အတိုင်း ပေါ်နေမည်။ ၎င်းကို ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>{where} တွင် ထိန်းချုပ်စာလုံး {char} ပါဝင်သည်- ၎င်းသည် terminal ကို ထိန်းချုပ်နိုင်သည် သို့မဟုတ် မျက်နှာပြင်ပေါ်ရှိ စာသားကို ပြောင်းပြန်လှန်နိုင်သည်။ ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>{language} ဘာသာပြန် မရှိသေးသော စာသားများ- {count} ခု (ပထမ- {first})။ ဘာသာပြန်ပြီးသည်အထိ {language} မျက်နှာပြင်များနှင့် PDF များတွင် ၎င်းတို့ကို {fallback} ဖြင့် ပြသမည်။ ၎င်းတို့ကို {translation} တွင် ဘာသာပြန်ပါ။</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>{translation} သည် &apos;{address}&apos; ကို ဘာသာပြန်ထားသော်လည်း ဤမေးခွန်းလွှာတွင် ၎င်း မရှိပါ (ရွှေ့ထားသည် သို့မဟုတ် ဖယ်ရှားထားသည်)။ ၎င်းကို စာသား၏ လိပ်စာအသစ်သို့ ရွှေ့ပါ သို့မဟုတ် ဖျက်ပါ။</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>&apos;{address}&apos; ၏ {language} စာသားတွင် နေရာယူကိန်း {found} ပါပြီး {fallback} စာသားတွင် {expected} ပါသည်။ {{placeholder}} တိုင်းကို {fallback} တွင် ရေးထားသည့်အတိုင်း အတိအကျ ထားပါ။</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>{translation} သည် {questionnaire} ဗားရှင်း {version} မဟုတ်ဘဲ ဗားရှင်း {found} ကို ဘာသာပြန်ထားသဖြင့် ၎င်းကို အသုံးမပြုပါ။ ၎င်း၏ စာသားများကို အပ်ဒိတ်လုပ်ပြီး version: {version} ဟု သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>{translation} သည် ဘာသာပြန်ဖိုင် မဟုတ်ပါ (၎င်းတွင် questionnaire, version, language (သိရှိထားသော ကုဒ်), status (draft သို့မဟုတ် reviewed) နှင့် texts ပါရမည်)။ ၎င်း၏ ခေါင်းစီးပိုင်းကို ပြင်ပါ။</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>သင့်အဖွဲ့အစည်း</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>1 ဦးမှ 9 ဦး</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 ဦးမှ 49 ဦး</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 ဦးမှ 249 ဦး</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 ဦး နှင့်အထက်</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>အစိုးရ အေဂျင်စီ သို့မဟုတ် ပြည်သူ့အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>အဖွဲ့အစည်းအမည်</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>မှတ်ပုံတင်အမှတ်</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ကဏ္ဍ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>ဆက်သွယ်ရန်ပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>ဆက်သွယ်ရန် အီးမေးလ်</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>သင်၏ အစီရင်ခံစာများတွင် ပေါ်လာစေလိုသည့်အတိုင်း။</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>ဥပမာ သင်၏ SSM, ACRA သို့မဟုတ် DBD မှတ်ပုံတင်အမှတ်။ မထည့်လည်း ရသည်။</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>အဖွဲ့အစည်း တည်ရှိရာ။</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>ဥပမာ လက်လီရောင်းချမှု၊ ကျန်းမာရေး၊ ငွေကြေး သို့မဟုတ် ပညာရေး။</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>အဖွဲ့အစည်းတွင် လုပ်ကိုင်သူ အရေအတွက်။</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>အကဲဖြတ်ချက်များနှင့် ပတ်သက်သော မေးခွန်းများကို ဖြေကြားမည့်သူ။ မထည့်လည်း ရသည်။</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>ထိုပုဂ္ဂိုလ်၏ အီးမေးလ်လိပ်စာ။ မထည့်လည်း ရသည်။</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>နိုင်ငံတစ်ခု ရွေးပါ</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>အရွယ်အစားတစ်ခု ရွေးပါ</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>ဥပမာ လက်လီရောင်းချမှု</translation>
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
        <translation>ဤအဖြေကြောင့် သင် အခြားမည်သို့ပင် ဖြေဆိုစေကာမူ ရလဒ်သည် {band} ဖြစ်သွားမည်- {message} ဤဉာဏ်ရည်တုစနစ်ကို အသုံးမပြုမီ ရပ်တန့်ပြီး အကြံဉာဏ် ရယူပါ။</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>ယာယီရလဒ်- {band} ({percent} %)။</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>ယခုအထိ သက်ဆိုင်သော မေးခွန်း {total} ခုအနက် ဖြေဆိုပြီး %n ခုကို အခြေခံထားသည်။ ကျန်မေးခွန်းများကို ဖြေဆိုလာသည်နှင့်အမျှ ရလဒ် ပြောင်းလဲနိုင်သေးသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>ယခုအထိ အန္တရာယ်အချက်ပြများ-</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>ယခုအထိ ရလဒ်</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>ချဲ့ထားသည်။ {guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>ခေါက်ထားသည်။ ဤမေးခွန်းအတွက် လမ်းညွှန်ချက်ကို ပြရန် Space ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>ဤအဖြေအပေါ် အေဂျင်စီက မှတ်ချက်ပေးထားသည်-</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>မသိမ်းရသေးပါ။ သင်၏ အဖြေကို ဤနေရာတွင် ထားရှိပြီး အက်ပ်က ဆက်လက် သိမ်းရန် ကြိုးစားနေသည်။</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>ဤမေးခွန်းသည် {language} ဖြင့် ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>မဖြစ်မနေ ဖြေရမည်။</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>မဖြေလည်း ရသည်။</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>သင့်အဖွဲ့အစည်း ပရိုဖိုင်မှ ကြိုတင်ဖြည့်ထားသည်။ ဤအကဲဖြတ်မှုအတွက် မမှန်ကန်ပါက ပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>မဖြစ်မနေ ဖြေရမည်</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>အဖြေ ရှင်းလင်းရန်</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>အဖြေ ရှင်းလင်းရန်- {question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>ဤမေးခွန်း၏ အဖြေကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>History</source>
        <translation>မှတ်တမ်း</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>မှတ်တမ်း- {question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>ဤအဖြေနှင့် ၎င်း၏ မှတ်ချက် မည်သည့်အချိန် မည်သို့ ပြောင်းလဲခဲ့သည်</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>ဘာကြောင့် မေးသနည်း</translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation>ဘာကြောင့် မေးသနည်း- {question}</translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation>အထောက်အထား သို့မဟုတ် မှတ်ချက်- {question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>မထည့်လည်း ရသည်- မှတ်စု၊ စာရွက်စာတမ်းအမည် သို့မဟုတ် အထောက်အထားသို့ လင့်ခ်</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>လက်မှတ်ထိုးထားသော စိစစ်သုံးသပ်မှု ပြေစာ</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>ပြေစာသည် သင်၏ ဆုံးဖြတ်ချက်နှင့် မှတ်ချက်တိုင်းကို လုပ်ငန်းထံ အသိပေးပြီး ၎င်းတို့၏ အက်ပ်က သင့်ထံမှ လာကြောင်း စစ်ဆေးနိုင်ရန် သင့်အေဂျင်စီ၏ အထောက်အထားဖြင့် လက်မှတ်ရေးထိုးထားသည်။</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>လက်မှတ်ထိုး အထောက်အထား (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>စကားဝှက်စာစု (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>ပြေစာ၏ ဘာသာစကား (&amp;L)</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>လက်မှတ်ထိုး အထောက်အထား မရှိသေးပါ- ဆက်တင်များ → လက်မှတ်ထိုး အထောက်အထားများ တွင် အရင် ဖန်တီးပါ။</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>ပြေစာကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>လက်မှတ်ထိုးထားသော ပြေစာကို {file} တွင် သိမ်းပြီးပါပြီ</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>{agency} ၏ စိစစ်သုံးသပ်ချက်</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>အေဂျင်စီက လက်ခံသည်</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>ပြင်ဆင်ရန် ပြန်ပို့ထားသည်</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>အေဂျင်စီတွင် စိစစ်သုံးသပ်ဆဲ</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>အေဂျင်စီက လက်ခံရရှိသည်</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency} ({decision}, {date})- {comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>ကျေးဇူးပြု၍ {date} နောက်ဆုံးထား ပြန်လည်တင်သွင်းပါ</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>ပြေစာကို လက်မှတ်ရေးထိုးထားပြီး မပြောင်းလဲထားသော်လည်း ၎င်း၏ လက်မှတ်ရေးထိုးသူသည် သင်၏ ယုံကြည်စာရင်းတွင် မရှိပါ- အေဂျင်စီနှင့် လက်ဗွေကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ဆုံးဖြတ်ချက်</translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation>{signer} (လက်ဗွေ {fingerprint}) က လက်မှတ်ရေးထိုးသည်။ {date} တွင် ဆုံးဖြတ်ခဲ့သည်။</translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation>အေဂျင်စီက မှတ်ချက် မပေးခဲ့ပါ။</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>အစီရင်ခံစာတစ်ခုလုံးအကြောင်း</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>သင်၏ အဖြေ- {answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(မဖြေဆိုရသေးပါ)</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>အေဂျင်စီ- {comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>အစီရင်ခံစာထဲရှိ အဖြေများ</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>ဤအစီရင်ခံစာသည် စစ်ဆေးမှုတစ်ခု မအောင်ပါ- ဤအဖြေများကို ယုံကြည်အားမထားပါနှင့်။</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>ဤမေးခွန်းလွှာကို ဤနေရာတွင် ထည့်သွင်းမထားပါ- အဖြေများကို မေးခွန်း id အလိုက် ပြထားသည်။</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>ဤအစီရင်ခံစာတွင် အဖြေများ မပါဝင်ပါ။</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(မဖြေဆိုရသေးပါ)</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>မှတ်ချက် သို့မဟုတ် အထောက်အထား- {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>လက်ခံရရှိသော အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>စိစစ်မှုရလဒ်</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ ယုံကြည်ရသည်- လက်မှတ်ရေးထိုးထားသည်၊ မပြောင်းလဲထားပါ၊ လက်မှတ်ရေးထိုးသူသည် သင်၏ ယုံကြည်စာရင်းတွင် ပါရှိသည်။</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ မယုံကြည်ရ- လက်မှတ်ရေးထိုးထားပြီး မပြောင်းလဲထားသော်လည်း သင်ယုံကြည်သူ မည်သူမျှ လက်မှတ်ရေးထိုးသူကို အာမမခံပါ။ ယုံကြည်အားမထားမီ လုပ်ငန်းနှင့် လက်ဗွေကို နှိုင်းယှဉ်ပါ။</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ မမှန်ကန်ပါ- ဤဖိုင်ကို ယုံကြည်အားမထားပါနှင့်။</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>အဖြေများ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>စိစစ်သုံးသပ်ချက်</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>လက်မှတ်ရေးထိုးသူ</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>လက်ဗွေ (SHA-256)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ကဏ္ဍ</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>ဉာဏ်ရည်တုစနစ်</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>မေးခွန်းလွှာ</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>ရလဒ် (ပြန်လည်တွက်ချက်ထားသည်)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ရမှတ်</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ရည်ညွှန်းအမှတ်</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>ဖော်ပြထားသော လက်မှတ်ရေးထိုးချိန်</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>လက်ခံရရှိချိန်</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>အန္တရာယ်အချက်ပြများ</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>ဤရလဒ် ဘာကြောင့်ရသနည်း</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>ဤမေးခွန်းလွှာ ဗားရှင်းကို ဤနေရာတွင် ထည့်သွင်းမထားပါ- အဖြေများကို ၎င်းတို့၏ မေးခွန်းများနှင့်အတူ ပြ၍ မရပါ။</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>ပြသရန် စိစစ်ပြီးသော အဖြေများ မရှိပါ။</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>အပိုင်း</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(မဖြေဆိုရသေးပါ)</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>ဖြေဆိုသူ၏ မှတ်ချက် သို့မဟုတ် အထောက်အထား- {text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>ဤအဖြေအပေါ် မှတ်ချက်…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>မှတ်ချက်- {question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>အစီရင်ခံစာ {id} ကို ပြန်လည်တင်သွင်းခြင်း၊ {when} တွင် လက်ခံရရှိသည်။</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>ရလဒ်- {before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>မည်သည့်အဖြေမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>ယခင်- {before}
ယခု- {after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}၊ {when}- {text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>အရာရှိ</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>အစီရင်ခံစာတစ်ခုလုံးအပေါ် မှတ်ချက် (မထည့်လည်း ရသည်)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>အခြေအနေ (&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>မှတ်ချက် (&amp;o)</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>နောက်ဆုံးရက် (ပြန်ပို့သော အစီရင်ခံစာများ) (&amp;D)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>လက်ရှိ အခြေအနေ</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>စိစစ်သုံးသပ်ချက် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>လက်မှတ်ထိုးထားသော ပြေစာ…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>မှတ်တမ်း</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(နောက်ဆုံးရက် {date})</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>အဖြေတစ်ခုအပေါ် မှတ်ချက်</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>လက်မှတ်ထိုးထားသော အစီရင်ခံစာကို စိစစ်ရန်</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ဖိုင်များ (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>လက်ဗွေကို နှိုင်းယှဉ်ပြီးနောက် စိစစ်ကြည့်ရှုမှုမှ ယုံကြည်စာရင်းသွင်းထားသည်</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>ဤရလဒ် ဘာကြောင့်ရသနည်း</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>ဤအဆင့်က သင့်ထံ တောင်းဆိုသည့်အရာများ</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>ရလဒ်- {band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>မေးခွန်းလွှာ၏ စကေးပေါ်ရှိ ရလဒ်</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}- ရလဒ်အဆင့် {count} ခုအနက် {number} ({bands})၊ စုစုပေါင်းရမှတ် {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>ရလဒ်အဆင့် {count} ခုအနက် {number} · စုစုပေါင်းရမှတ် {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>စုစုပေါင်းရမှတ်- {score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>အန္တရာယ်အချက်ပြများ</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>အန္တရာယ်အချက်ပြ</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>အန္တရာယ် နယ်ပယ်များ (ရမှတ် မြင့်လေ ပိုပြင်းထန်လေ)</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>နယ်ပယ်အလိုက် ရမှတ်များ (မြင့်လေ ကောင်းလေ)</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>ကာကွယ်ရေးအစီအမံများ (မြင့်လေ ကောင်းလေ)</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>ပထမဦးစွာ လုပ်ရန်</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>နောက်တစ်ဆင့် လုပ်ရန်</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>အဆင်ပြေသည့်အခါ လုပ်ရန်</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>နောက်တစ်ဆင့် ဘာလုပ်ရမည်နည်း</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>သင့်လုပ်ငန်းအစီအစဉ်- အဆင့်တစ်ခုစီ ပြီးသည့်အခါ အမှန်ခြစ်ပြီး တာဝန်ခံနှင့် သတ်မှတ်ရက် သတ်မှတ်ပေးပါ။ ဤအစီအစဉ်ကို အကဲဖြတ်ချက်နှင့်အတူ သိမ်းဆည်းပြီး လက်မှတ်ထိုးထားသော အစီရင်ခံစာတွင် ပုံနှိပ်ဖော်ပြမည်။</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>အဖြေများသို့ ပြန်သွားရန် (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>လက်မှတ်ထိုးထားသော PDF ထုတ်ယူရန်… (&amp;E)</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>ပြောင်းလဲမှု မှတ်တမ်း… (&amp;l)</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>ဤအကဲဖြတ်ချက်ကို ဖန်တီး၊ ဖြေဆို၊ ပြီးဆုံး၊ ထုတ်ယူ၊ မြှင့်တင်ခဲ့သည့် အချိန်များ (Alt+L)</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>အခြားသူများ စိစစ်နိုင်သော လက်မှတ်ထိုးထားသည့် PDF အစီရင်ခံစာ ပြုလုပ်ရန်</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>သိမ်းနေသည်…</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>မသိမ်းရပါ- မေးခွန်းရှိ မှတ်စုကို ကြည့်ပါ</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>အဖြေ %n ခုကို မသိမ်းရသေးပါ- ထပ်မံ ကြိုးစားနေသည်</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} တွင် သိမ်းပြီး</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>သိမ်းဆည်းမှု အခြေအနေ</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>ပြီးဆုံးပြီ</translation>
    </message>
    <message>
        <source>started</source>
        <translation>စတင်ပြီး</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>မစတင်ရသေး</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>အပိုင်းများ</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>သွားရောက်ရန် အပိုင်းတစ်ခုကို ရွေးပါ။ ဖြတ်လမ်းခလုတ်- F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>အရန်မိတ္တူ ပြန်လည်ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>ဤအရန်မိတ္တူထဲရှိ အခြေအနေအတိုင်း ဒေတာကို ပြန်သွားမလား။ ထိုအချိန်မှစ၍ ပြုလုပ်ခဲ့သော ပြောင်းလဲမှုများ ပြန်လည်ထည့်သွင်းသော ဒေတာတွင် ပါမည် မဟုတ်သော်လည်း လက်ရှိဒေတာကို မိတ္တူအဖြစ် အရင် သိမ်းထားပါမည်။</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ပြန်လည်ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <source>General</source>
        <translation>အထွေထွေ</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>စနစ်အတိုင်း</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>အလင်း</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>အမှောင်</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>အလင်းအမှောင် ကွဲပြားမှု မြင့်</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation>အက်ပ်၏ ဘာသာစကား။ ချက်ချင်း ပြောင်းလဲသည်။</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>စာလုံးအရွယ်</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>စာသားအားလုံးကို ပိုကြီးစေသည်</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>အရောင်များ</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>အလင်း၊ အမှောင် သို့မဟုတ် အလင်းအမှောင် ကွဲပြားမှု မြင့်။ ချက်ချင်း ပြောင်းလဲသည်</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>သင်၏ ဒေတာ</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>သင်ထည့်သွင်းသမျှကို ဤကွန်ပျူတာပေါ်ရှိ ဤဖိုင်တွဲတွင်သာ သိမ်းထားပြီး အခြားမည်သည့်နေရာတွင်မျှ မသိမ်းပါ-</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>ဒေတာဖိုင်တွဲ- {folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>ဒေတာဖိုင်တွဲကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>အရန်မိတ္တူများ</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>အက်ပ်ကို သုံးသည့်နေ့တိုင်းနှင့် အပ်ဒိတ်တိုင်း မပြုလုပ်မီ အရန်မိတ္တူ ပြုလုပ်သည်။ အရန်မိတ္တူ ဖိုင်တွဲကို USB stick သို့ ရံဖန်ရံခါ ကူးယူထားပါ။</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>အရန်မိတ္တူများ၊ အသစ်ဆုံးက ရှေ့ဆုံး</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>ပြန်လည်ထည့်သွင်းရန် အရန်မိတ္တူ ရွေးပါ</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>ယခု အရန်မိတ္တူ ပြုလုပ်ရန်</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>အရန်မိတ္တူ ဖိုင်တွဲကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>ရွေးထားသော အရန်မိတ္တူကို ပြန်လည်ထည့်သွင်းရန်…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>အကြောင်း</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version}။ အင်တာနက်မလိုဘဲ အလုပ်လုပ်သည်၊ ဒေတာကို မည်သည့်နေရာသို့မျှ မပို့ပါ။ အောက်ပါ စာကြည့်တိုက်များနှင့် ဖောင့်များကို ၎င်းတို့၏ လိုင်စင်များအရ အသုံးပြု၍ တည်ဆောက်ထားသည်-</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>နေရာတိုင်း</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>ဖြေဆိုနေစဉ်</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ပင်မစာမျက်နှာ</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>ဤကီးဘုတ် ဖြတ်လမ်းခလုတ်စာရင်း</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>အကဲဖြတ်ချက် အသစ် စတင်ရန်</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>အကဲဖြတ်ချက်များစာရင်းသို့ ပြန်သွားရန်</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>ဆက်တင်များ- ဘာသာစကား၊ စာလုံးအရွယ်၊ အရန်မိတ္တူများ</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>ထွက်ရန် (အဖြေများ မသိမ်းရသေးပါက အရင်မေးမည်)</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>နောက် / ယခင် ထိန်းချုပ်ကွက်</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + မျဉ်းသားထားသော စာလုံး</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>ထိုစာလုံးပါသော ခလုတ် သို့မဟုတ် အကွက်</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>အကဲဖြတ်ချက်များကို ရှာရန်</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>အဖြေဖိုင် တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>ရွေးထားသော အကဲဖြတ်ချက်ကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation>ရွေးထားသော အကဲဖြတ်ချက်ကို အမှိုက်ပုံးထဲသို့ ရွှေ့ရန် (ပြန်ပြင်နိုင်သည်)</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>နောက်အပိုင်း (နောက်ဆုံးအပိုင်းတွင် ပြီးဆုံးရန်)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>ယခင်အပိုင်း</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter (ရွေးချယ်စရာပေါ်တွင်)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>နောက်အပိုင်း</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>အပိုင်းများစာရင်းသို့ သွားရန်</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>မြှားခလုတ်များ</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>မေးခွန်းတစ်ခု၏ ရွေးချယ်စရာများကြား ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>ရွေးချယ်စရာတစ်ခုကို ရွေးရန်၊ &quot;ဘာကြောင့် မေးသနည်း&quot; ကို ပြရန် သို့မဟုတ် ဖျောက်ရန်</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>ယခုအထိ ယာယီရလဒ်</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ကီးဘုတ် ဖြတ်လမ်းခလုတ်များ</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>AISafe Desktop တွင် အရာအားလုံးကို ကီးဘုတ်ဖြင့် လုပ်ဆောင်နိုင်သည်။ ခလုတ်များသည် ၎င်းတို့၏ ဖြတ်လမ်းခလုတ်ကို tooltip တွင်လည်း ပြသည်။</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ခလုတ်များ</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>ဖွင့်ထားပြီး</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>AISafe Desktop ကို တူညီသောဒေတာဖြင့် အခြားဝင်းဒိုးတွင် ဖွင့်ထားပြီး ဖြစ်သည်။ ထိုဝင်းဒိုးသို့ ပြောင်းပါ၊ သို့မဟုတ် ၎င်းကို ပိတ်ပြီး အက်ပ်ကို ပြန်စပါ။</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>ပိုသစ်သော ဒေတာ</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>သင်၏ ဒေတာကို AISafe Desktop ဗားရှင်းအသစ်က သိမ်းထားသည်။ ၎င်းကို မပြောင်းလဲထားပါ။ ဖွင့်ရန် ထိုဗားရှင်း (သို့မဟုတ် ပိုသစ်သော ဗားရှင်း) ကို ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>ဒေတာ ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>ဒေတာဖိုင် ပျက်စီးနေပြီး ဖွင့်၍ မရပါ။ ၎င်းကို မပြောင်းလဲထားပါ။ နောက်ဆုံး အရန်မိတ္တူ ({backup}) ကို ပြန်လည်ထည့်သွင်းမလား။ ပျက်စီးနေသော ဖိုင်ကို မိတ္တူအဖြစ် သိမ်းထားမည်။</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>ဒေတာဖိုင် ပျက်စီးနေပြီး အရန်မိတ္တူ မတွေ့ပါ။ ၎င်းကို မပြောင်းလဲထားပါ။ သင်၏ IT အကူအညီပေးသူကို ဆက်သွယ်ပါ။ ၎င်းတို့သည် ဒေတာဖိုင်တွဲရှိ ဖိုင်ကို ကြည့်ရှုနိုင်သည်။</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>သင်၏ ဒေတာကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>အရန်မိတ္တူကို ပြန်လည်ထည့်သွင်းရန်</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>ယုံကြည်ရသည်- သင်ယုံကြည်သူက လက်မှတ်ရေးထိုးထားပြီး မပြောင်းလဲထားပါ</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>{file} ကို သင်၏ ယုံကြည်စာရင်းရှိ လက်မှတ်ရေးထိုးသူက လက်မှတ်ရေးထိုးထားပြီး ထိုအချိန်မှစ၍ မပြောင်းလဲထားပါ။ အတွင်းရှိ အဖြေများက ဖော်ပြထားသော ရလဒ်ကို ပေးသည်။</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>မယုံကြည်ရ (UNTRUSTED)- မပြောင်းလဲထားသော်လည်း လက်မှတ်ရေးထိုးသူသည် သင်၏ ယုံကြည်စာရင်းတွင် မရှိပါ</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>{file} ကို လက်မှတ်ရေးထိုးပြီးနောက် မပြောင်းလဲထားပါ။ သို့သော် မည်သူမဆို မည်သည့်အမည်ဖြင့်မဆို သော့တစ်ခု ပြုလုပ်နိုင်သည်- ယုံကြည်အားမထားမီ အောက်ပါ လက်ဗွေကို လက်မှတ်ရေးထိုးသူနှင့် ဖုန်းဖြင့် နှိုင်းယှဉ်ပါ။</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>ဤအစီရင်ခံစာကို ယုံကြည်အားမထားပါနှင့်</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>{file} ကို မပြောင်းလဲထားသော်လည်း ၎င်း၏ လက်မှတ်ရေးထိုးသူ၏ အသိအမှတ်ပြုလွှာကို လက်ခံ၍ မရပါ- {reason}။</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>၎င်းကို ရုပ်သိမ်းထားသည်</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>ဖော်ပြထားသော လက်မှတ်ရေးထိုးချိန်တွင် ၎င်းသည် သက်တမ်းမရှိခဲ့ပါ</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>၎င်းကို စာရွက်စာတမ်းများ လက်မှတ်ရေးထိုးရန် အသုံးမပြုရပါ</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>၎င်း၏ အသိအမှတ်ပြုလွှာ ကွင်းဆက်ကို ငြင်းပယ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>သင်၏ ယုံကြည်စာရင်းတွင် ပါရှိသည်</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>သင်၏ ယုံကြည်စာရင်းတွင် မရှိပါ</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>လက်မှတ်ရေးထိုးသူ- {signer}
အဖွဲ့အစည်း- {organisation} ({country})
လက်ဗွေ (SHA-256)- {fingerprint}
ဖော်ပြထားသော လက်မှတ်ရေးထိုးချိန်- {when} (လက်မှတ်ရေးထိုးသူ၏ ကိုယ်ပိုင်နာရီ)
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>ဤလက်မှတ်ရေးထိုးသူကို ယုံကြည်မလား။</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>{signer} ({organisation}) ကို သင်သိပြီးသား ဖုန်းနံပါတ်ဖြင့် (ဤအစီရင်ခံစာပါ နံပါတ်ဖြင့် မဟုတ်ဘဲ) ဖုန်းခေါ်ပြီး ၎င်းတို့၏ လက်ဗွေကို ဖတ်ပြခိုင်းပါ။ ၎င်းသည် အောက်ပါအတိုင်း အတိအကျ တူညီမှသာ ယုံကြည်ပါ-

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>ထို့နောက် ဤသော့ဖြင့် လက်မှတ်ရေးထိုးသော အစီရင်ခံစာတိုင်းကို ယုံကြည်ရသည်ဟု ပြသမည်။ ဆက်တင်များ → ယုံကြည်ရသော လက်မှတ်ရေးထိုးသူများနှင့် အေဂျင်စီများ တွင် ၎င်းကို ဖယ်ရှားနိုင်သည်။</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>ကိုက်ညီသည်- ဤလက်မှတ်ရေးထိုးသူကို ယုံကြည်ရန်</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>အေဂျင်စီ CA (၎င်းထုတ်ပေးသော အသိအမှတ်ပြုလွှာတိုင်းကို ယုံကြည်သည်)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>လက်မှတ်ရေးထိုးသူ</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>(လက်ဗွေဖြင့်သာ သိရှိသည်)</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>{when} တွင် {who} က ထည့်သွင်းခဲ့သည်</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>{when} ၏ ရုပ်သိမ်းစာရင်း</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>အသိအမှတ်ပြုလွှာကို ယုံကြည်ရန်</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>အသိအမှတ်ပြုလွှာများနှင့် ရုပ်သိမ်းစာရင်းများ (*.pem *.crt *.cer *.der *.crl);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>ယုံကြည်ခြင်း ရပ်ရန်</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>{name} ကို ယုံကြည်ခြင်း ရပ်မလား။ ထို့နောက် ၎င်း၏ အစီရင်ခံစာများကို မယုံကြည်ရ (UNTRUSTED) အဖြစ် စိစစ်ပြသမည်။</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>ယုံကြည်ရသော လက်မှတ်ရေးထိုးသူများနှင့် အေဂျင်စီများ</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>ဤလက်မှတ်ရေးထိုးသူများ၏ အစီရင်ခံစာများ သို့မဟုတ် ဤအေဂျင်စီ CA များ ထုတ်ပေးသော အသိအမှတ်ပြုလွှာ ပါသော အစီရင်ခံစာများကို ယုံကြည်ရသည်ဟု စိစစ်ပြသသည်။ အခြားမည်သူ၏ အစီရင်ခံစာကိုမဆို ၎င်းတို့၏ အမည် မည်သို့ပင်ရေးထားစေကာမူ မယုံကြည်ရ (UNTRUSTED) ဟု ပြသသည်။</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>အသိအမှတ်ပြုလွှာ သို့မဟုတ် ရုပ်သိမ်းစာရင်း ထည့်ရန်…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>ယုံကြည်ခြင်း ရပ်ရန်…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>ဤမေးခွန်းလွှာ၏ ဗားရှင်းအသစ် ({new}) ကို ထည့်သွင်းထားသည်။ ဤအကဲဖြတ်ချက်သည် ဗားရှင်း {old} ကို အသုံးပြုသည်။</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>ဗားရှင်း {version} သို့ မြှင့်တင်ရန်…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>မေးခွန်း အသစ်</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ဖယ်ရှားထားသည်</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>အဖြေ အမျိုးအစား မတူပါ</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>အဖြေ ရွေးချယ်စရာများ မတူပါ</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>စကားလုံး ပြင်ဆင်ထားသည်</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — သင်၏ အဖြေ- {answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>မေးခွန်း ပြောင်းလဲသွားသည်- သင်၏ အဖြေ မှန်ကန်ဆဲ ဟုတ်မဟုတ် စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — မေးခွန်း အသစ်</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>ယခု ၎င်းသည် မတူညီသော အဖြေအမျိုးအစားကို လက်ခံသည်</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — သင်၏ အဖြေ ({answer}) သည် မကိုက်ညီတော့ပါ- {why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — သင်၏ အဖြေ ({answer}) သည် မှတ်တမ်းတွင် ဆက်ရှိနေမည်</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>ဗားရှင်း {version} သို့ မြှင့်တင်ရန်</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>မေးခွန်းလွှာ {questionnaire}- ဗားရှင်း {old} → {new}။ အဖြေတိုင်းနှင့် ၎င်း၏ မှတ်တမ်းကို ထိန်းသိမ်းထားမည်။ မြှင့်တင်ရန် ကို မရွေးမချင်း မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>မေးခွန်းလွှာတွင် ပြောင်းလဲသည့်အရာများ ({count})</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>မည်သည့်မေးခွန်းမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>ဆက်လက်အသုံးပြုမည့် အဖြေများ ({count})</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>ဆက်လက်အသုံးပြုမည့် အဖြေ မရှိပါ။</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>အဖြေအသစ် လိုအပ်သော မေးခွန်းများ ({count})</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>မရှိပါ- အဖြေတိုင်း ကိုက်ညီဆဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>ဖယ်ရှားထားသော မေးခွန်းများ၏ အဖြေများ ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>မရှိပါ။</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>မြှင့်တင်ရန်</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>လက်မှတ်ထိုးထားသော အစီရင်ခံစာကို စိစစ်ရန်</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>ဤလက်မှတ်ရေးထိုးသူကို ယုံကြည်ရန်…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>အဖြေများကို ပြရန်…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>ဤအစီရင်ခံစာကို ယုံကြည်အားမထားပါနှင့်</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>{file} သည် အောက်ပါ စစ်ဆေးချက်များအနက် အနည်းဆုံး တစ်ခုတွင် မအောင်မြင်ပါ။ လက်မှတ်ရေးထိုးပြီးနောက် ပြောင်းလဲခံထားရနိုင်သည်၊ သို့မဟုတ် AISafe အစီရင်ခံစာ မဟုတ်ပါ။</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>စစ်ဆေးချက်များ- %n ခု မအောင်မြင်ပါ</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>စစ်ဆေးချက်များ- မအောင်မြင်သည့်အရာ မရှိပါ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>မအောင်မြင်ပါ</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>မစစ်ဆေးထားပါ</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>အောင်မြင်သည်</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>ဖိုင်ကို ဖွင့်၍ မရပါ- ၎င်း မရှိပါ သို့မဟုတ် ဖတ်ခွင့် မရှိပါ။</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>ဖိုင်သည် PDF စာရွက်စာတမ်း မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>ဖိုင် ပျက်စီးနေသည် သို့မဟုတ် AISafe Desktop ဖတ်နိုင်သော PDF မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>ဖိုင်သည် {size} bytes ရှိသည်။ {limit} bytes ထက်ကြီးသော အစီရင်ခံစာများကို ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>ဖိုင်၏ အစိတ်အပိုင်းတစ်ခုသည် ဖြည်ချလိုက်သောအခါ {limit} bytes ထက် ပိုကြီးသည်။ ဖိုင်ကို ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>ဖိုင်တွင် စာမျက်နှာ {limit} ထက် ပိုများသည်။ ဖိုင်ကို ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>ဖိုင်တွင် အတွင်းပိုင်း object {limit} ခုထက် ပိုများသည်။ ဖိုင်ကို ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>ဖိုင်ကို အကြိမ် {count} ကြိမ် ထပ်ခါထပ်ခါ သိမ်းထားသည် (ကန့်သတ်ချက်မှာ {limit} ဖြစ်သည်)။ ၎င်းကို ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>ဖိုင်၏ အတွင်းပိုင်း ဖွဲ့စည်းပုံသည် အဆင့် {limit} ထက် ပိုနက်စွာ ထပ်နေသည်။ ၎င်းကို ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>ဖိုင်သည် ၎င်းပြင်ပရှိ အရာ ({what}) ကို ညွှန်းဆိုထားသည်။ ထိုသို့သော ဖိုင်များကို ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>ဖိုင်ကို လက်မှတ်ရေးထိုးမထားပါ။</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>ဖိုင်တွင် AISafe လက်မှတ် တစ်ခုတည်းသာ ရှိရမည်။ ၎င်းတွင် {count} ခု ရှိသည်။</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>ဖိုင်ကို လက်မှတ်ရေးထိုးပြီးနောက် ပြောင်းလဲထားသည်- လက်မှတ်သည် ၎င်း၏ အကြောင်းအရာနှင့် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>လက်မှတ်သည် ဖိုင်တစ်ခုလုံးကို မလွှမ်းခြုံပါ- ၎င်း၏ ပတ်လည်တွင် တစ်စုံတစ်ရာ ထပ်ထည့်ထားသည်။</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>လက်မှတ်ရေးထိုးပြီးနောက် တစ်စုံတစ်ရာ ထပ်ထည့်ထားသည်- {what}။</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>ဖိုင်တွင် လက်မှတ်ထိုးထားသော အဖြေများ (answers.json) မပါရှိပါ။</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>ဖိုင်တွင် answers.json တစ်ကြိမ်ထက် ပိုပါရှိသည်။</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>ထည့်သွင်းထားသော အဖြေများ (answers.json) ပျက်စီးနေသည် သို့မဟုတ် မသိသောနည်းဖြင့် သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>ထည့်သွင်းထားသော အဖြေများသည် ဖြည်ချလိုက်သောအခါ {limit} bytes ထက် ပိုကြီးသည်။ ၎င်းတို့ကို ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>ထည့်သွင်းထားသော အဖြေများသည် ဖတ်နိုင်သော JSON စာသား မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>ထည့်သွင်းထားသော အဖြေများသည် {path} တွင် မှားယွင်းနေသည်- {problem}။</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>မေးခွန်းလွှာ {questionnaire} ကို ဤနေရာတွင် ထည့်သွင်းမထားပါ။ အဖြေများကို ပြန်လည်စစ်ဆေးရန် ၎င်း၏ ဖိုင်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>ထည့်သွင်းထားသော အဖြေများတွင် မည်သည့်မေးခွန်းလွှာဖိုင်ကို အသုံးပြုခဲ့သည်ကို အတိအကျ မဖော်ပြထားပါ (SHA-256 မရှိပါ)။</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>ဤနေရာတွင် ထည့်သွင်းထားသော မေးခွန်းလွှာသည် အစီရင်ခံစာ ပြုလုပ်ခဲ့သည့် မေးခွန်းလွှာနှင့် မတူပါ။</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>လက်မှတ်ထိုးထားသော အဖြေများသည် မေးခွန်းလွှာ၏ စည်းမျဉ်းများကို ချိုးဖောက်ထားသည်- {problems}။</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>မဖြစ်မနေဖြေရမည့် မေးခွန်းများ ({questions}) ကို မဖြေဆိုထားသော်လည်း အစီရင်ခံစာကို မပြည့်စုံဟု မှတ်သားမထားပါ။</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>အဖြေများတွင် ဖော်ပြထားသော ရလဒ် ({stated}) သည် ပြန်လည်တွက်ချက်သော ရလဒ် ({rescored}) နှင့် မတူပါ။</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>စာမျက်နှာများတွင် {stated} ဟု ဖော်ပြထားပြီး လက်မှတ်ထိုးထားသော အဖြေများက {rescored} ကို ပေးသည်။</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>အစီရင်ခံစာ၏ စာမျက်နှာများရှိ စာသားကို အဖြေများနှင့် နှိုင်းယှဉ်ရန် ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>PDF ဖွဲ့စည်းပုံကို ဖတ်နိုင်သည်</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>လက်မှတ် တစ်ခု</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>လက်မှတ်ရေးထိုးထားသော ဘိုက် များသည် လက်မှတ်နှင့် ကိုက်ညီသည်</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>လက်မှတ်သည် ဖိုင်တစ်ခုလုံးကို လွှမ်းခြုံသည်</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>လက်မှတ်ရေးထိုးပြီးနောက် မည်သည့်အရာမျှ ထပ်ထည့်မထားပါ</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>{attachment} ကို လက်မှတ်ရေးထိုးထားသော ဗားရှင်းမှ ဖတ်ထားသည်</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>answers.json တွင် မျှော်မှန်းထားသော အကွက်များ၊ အမျိုးအစားများနှင့် အရွယ်အစားများ ပါရှိသည်</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>မေးခွန်းလွှာ {questionnaire} ကို ဤနေရာတွင် ထည့်သွင်းထားသည်</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>အစီရင်ခံစာအတွက် အသုံးပြုခဲ့သော ဖိုင်နှင့် SHA-256 တူညီသည်</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>အဖြေတိုင်းသည် မေးခွန်းလွှာအတွက် မှန်ကန်သည်</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>အဖြေတိုင်းသည် မေးခွန်းလွှာအတွက် မှန်ကန်သည်။ အစီရင်ခံစာကို မပြည့်စုံပါ ဟု မှတ်သားထားသည်- မဖြစ်မနေဖြေရမည့် မေးခွန်း {count} ခုကို မဖြေဆိုရသေးပါ</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>ပြန်လည်တွက်ချက်သော ရမှတ်သည် ဖော်ပြထားသည့်အတိုင်း “{band}” ({score}) ဖြစ်သည်</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>မျက်နှာဖုံးနှင့် အနှစ်ချုပ်တွင် ပြန်လည်တွက်ချက်ထားသော ရလဒ်ကို ဖော်ပြထားသည်</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>အသိအမှတ်ပြုလွှာသည် သင်ယုံကြည်သော {anchor} အထိ ဆက်စပ်နေသည်</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>သင်၏ ယုံကြည်စာရင်းသည် ဗလာ ဖြစ်နေသည်- လက်မှတ်ရေးထိုးသူကို သင် မသိပါ</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>လက်မှတ်ရေးထိုးသူ (လက်ဗွေ {fingerprint}) သည် သင်၏ ယုံကြည်စာရင်းတွင် မပါဝင်ဘဲ ၎င်း၏ အသိအမှတ်ပြုလွှာကိုလည်း သင်ယုံကြည်သော CA က ထုတ်ပေးထားခြင်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>လက်မှတ်ရေးထိုးသူ၏ အသိအမှတ်ပြုလွှာ (သို့မဟုတ် ၎င်းကို ထုတ်ပေးသူ၏ အသိအမှတ်ပြုလွှာ) ကို ရုပ်သိမ်းထားသည်</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>လက်မှတ်ရေးထိုးသူ၏ အသိအမှတ်ပြုလွှာသည် ဖော်ပြထားသော လက်မှတ်ရေးထိုးချိန်တွင် အကျုံးမဝင်ပါ ({start} မှ {end} အထိ အကျုံးဝင်သည်)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>လက်မှတ်ရေးထိုးသူ၏ အသိအမှတ်ပြုလွှာသည် စာရွက်စာတမ်းများကို လက်မှတ်ရေးထိုးခွင့် မရှိပါ (key usage)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>လက်မှတ်ရေးထိုးသူ၏ အသိအမှတ်ပြုလွှာ ကွင်းဆက်ကို ပယ်ချခဲ့သည်</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>လက်မှတ်ရေးထိုးသူကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>စာရွက်စာတမ်း၏ အချက်အလက် (ခေါင်းစဉ် ကဲ့သို့) သို့မဟုတ် အတည်ပြုစစ်ဆေးရေး ဒေတာ ပြောင်းလဲမှု</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>ဖြည့်ထားသော ဖောင်အကွက်များ</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>စာမျက်နှာများပေါ်ရှိ မှတ်ချက်များ သို့မဟုတ် အမှတ်အသားများ</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>စာရွက်စာတမ်း၏ အကြောင်းအရာ ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>{target} အမျိုးအစား လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>{target} သို့ လင့်ခ်</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>ဖိုင် {target}</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>URL ဖြင့် ဖိုင်သတ်မှတ်ချက်</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>အခြားဖိုင်တွင် သိမ်းထားသော ဒေတာစီးကြောင်း (stream)</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>အခြားဖိုင်မှ တင်သွင်းထားသော စာမျက်နှာ</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>အပိုင်း {total} ခုအနက် %n ခု ပြီးဆုံးပြီ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>ယခုအထိ သက်ဆိုင်သော မေးခွန်း {total} ခုအနက် %n ခုကို ဖြေဆိုပြီး</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>အချို့အဖြေများကြောင့် နောက်ထပ်မေးခွန်းများ သက်ဆိုင်လာနိုင်သဖြင့် ဆက်လက်ဖြေဆိုလာသည်နှင့်အမျှ မေးခွန်းအရေအတွက် တိုးလာနိုင်သည်။</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>ပြီးဆုံးရန် (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>နောက်သို့ (&amp;N)</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>ရလဒ်ကို ကြည့်ရန် (Alt+Right)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>နောက်အပိုင်း (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ပြန်သွားရန် (&amp;B)</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>ယခင်အပိုင်း (Alt+Left)</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>ဘယ်လို ရေတွက်သလဲ။</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>ယခုအထိ ရလဒ် (&amp;s)</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>ယခုအထိ ဖြေဆိုထားသော အဖြေများ၏ ယာယီရလဒ်ကို ကြည့်ရန် (Alt+S)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>ဝင်စာပုံး ဒေတာဘေ့စ် စကားဝှက်</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>{where} အတွက် စကားဝှက် (ဤအကြိမ်အတွက်သာ သိမ်းထားမည်)-</translation>
    </message>
</context>
</TS>
