<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>இன்னும் சேமிக்கப்படவில்லை. நீங்கள் தட்டச்சு செய்தது இங்கே வைக்கப்பட்டுள்ளது; செயலி அதைச் சேமிக்கத் தொடர்ந்து முயல்கிறது.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>Done: {recommendation}</source>
        <translation>முடிந்தது: {recommendation}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>பொறுப்பாளர்</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>இதன் பொறுப்பாளர்: {recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>இந்தப் படி நிறைவேறுவதை உறுதிசெய்பவர்</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>இறுதித் தேதி</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>இதன் இறுதித் தேதி: {recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>YYYY-MM-DD என எழுதப்பட்ட தேதி, எ.கா. 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>செயல் திட்ட உருப்படி</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>கேள்வித்தாள்</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>AI அமைப்பு</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>முன்னேற்றம்</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>முடிவு</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>கடைசியாக மாற்றப்பட்டது</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>நடைபெறுகிறது</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>முழுமையானது</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>அறிக்கை ஏற்றுமதி செய்யப்பட்டது</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>ஏதுமில்லை</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>சரி</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>No</source>
        <translation>இல்லை</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation>செயல்படுகிறது…</translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation>{file} கோரிக்கை சேமிக்கப்பட்டது. அதை முகமைக்கு அனுப்புங்கள்.</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>{issuer} வழங்கிய சான்றிதழ் நிறுவப்பட்டது. உங்கள் அறிக்கைகள் இனி அதைக் கொண்டிருக்கும்.</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>CA {file} உருவாக்கப்பட்டது. ஒவ்வொரு சரிபார்ப்பாளருக்கும் {certificate}-ஐ வழங்குங்கள்; அதன் கைரேகை {fingerprint}.</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>{subject}-க்கு {file} வழங்கப்பட்டது, வரிசை எண் {serial}.</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>{serial} ({subject}) ரத்து செய்யப்பட்டது. புதிய ரத்துப் பட்டியலை எழுதி, சரிபார்ப்பாளர்களுக்கு வழங்குங்கள்.</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>{file} ரத்துப் பட்டியல் சேமிக்கப்பட்டது ({count} ரத்து செய்யப்பட்டவை).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>{file}-இன் கடவுச்சொற்றொடர்:</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>கையொப்ப அடையாளங்கள் (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>எந்த அடையாளம்?</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>கோரிக்கையைச் சேமி</translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation>கோரிக்கைகள் (*.csr)</translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation>முகமையிடமிருந்து வந்த சான்றிதழ்</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>சான்றிதழ்கள் (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>CA கோப்பைச் சேமி</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>கையொப்பமிட வேண்டிய கோரிக்கை</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>CA கோப்பு</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>செல்லுபடி</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>செல்லுபடிக் காலம் (நாள்கள்):</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>சான்றிதழைச் சேமி</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>சான்றிதழ்கள் (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>ரத்து செய்</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>ரத்து செய்ய வேண்டிய சான்றிதழின் வரிசை எண்:</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>ரத்துப் பட்டியலைச் சேமி</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>ரத்துப் பட்டியல்கள் (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>முகமையிடமிருந்து சான்றிதழ்கள்</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>ஒரு முகமை உங்கள் அடையாளத்துக்கு ஒருமுறை, உங்கள் எல்லா அறிக்கைகளுக்கும் சேர்த்து உத்தரவாதம் அளிக்கலாம்: அதற்கு ஒரு கோரிக்கையை அனுப்பி, அது திருப்பித் தரும் சான்றிதழை நிறுவுங்கள்.</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>சான்றிதழைக் கோரு…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>சான்றிதழை நிறுவு…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>முகமையின் சான்றிதழ் அதிகார அமைப்பு</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>முகமை ஊழியர்களுக்கு: நீங்கள் பதிவுசெய்யும் வணிகங்களுக்குச் சான்றிதழ்களை வழங்கவும், ரத்து செய்யவும். CA கோப்பையும் அதன் பதிவேட்டையும் இணையத் தொடர்பின்றி, காப்புப்பிரதியுடன் வைத்திருங்கள்.</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>CA ஒன்றை உருவாக்கு…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>சான்றிதழை வழங்கு…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>சான்றிதழை ரத்து செய்…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>ரத்துப் பட்டியலை எழுது…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>பதிலளிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>கருத்து மாற்றப்பட்டது</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>இறக்குமதி செய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>மேம்படுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>நிறைவுசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>அறிக்கை ஏற்றுமதி செய்யப்பட்டது</translation>
    </message>
    <message>
        <source>to version {version}</source>
        <translation>பதிப்பு {version}-க்கு</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>மாற்றப் பதிவு</translation>
    </message>
    <message>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <source>What</source>
        <translation>என்ன</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>கேள்வி</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>விவரங்கள்</translation>
    </message>
    <message>
        <source>By</source>
        <translation>செய்தவர்</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>இதுவரை மாற்றங்கள் இல்லை.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>CSV ஆக ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>மாற்றப் பதிவை ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV கோப்புகள் (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>கோப்பைப் படிக்க முடிகிறது</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>அதில் சரியாக ஒரே ஒரு கையொப்பம் உள்ளது</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>கையொப்பம் சேதமின்றி உள்ளது</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>கையொப்பம் முழுக் கோப்பையும் உள்ளடக்குகிறது</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>கையொப்பமிட்ட பிறகு எதுவும் மாற்றப்படவில்லை</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>பதில்கள் இணைக்கப்பட்டுள்ளன</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>கையொப்பமிட்டவர் உங்கள் நம்பகப் பட்டியலில் உள்ளார்</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>இணைக்கப்பட்ட பதில்களைப் படிக்க முடிகிறது</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>கேள்வித்தாள் இங்கு நிறுவப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>இது அதே கேள்வித்தாள் உரை</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>மீண்டும் மதிப்பெண் இடுவது கூறப்பட்ட முடிவையே தருகிறது</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>பதில்கள் கேள்வித்தாளின் விதிகளைப் பின்பற்றுகின்றன</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>கையொப்பமிட்ட பதில்கள் தரும் அதே முடிவைப் பக்கங்களும் கூறுகின்றன</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>பதில்கள் சேமிக்கப்படவில்லை</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>%n பதிலை இன்னும் சேமிக்க முடியவில்லை. இப்போது சேமிக்கவா, அல்லது மூடி அதைக் கைவிடவா?</numerusform>
            <numerusform>%n பதில்களை இன்னும் சேமிக்க முடியவில்லை. இப்போது சேமிக்கவா, அல்லது மூடி அவற்றைக் கைவிடவா?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>%n பதிலைக் கைவிட்டு மூடு</numerusform>
            <numerusform>%n பதில்களைக் கைவிட்டு மூடு</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>மீண்டும் சேமிக்க முயல்</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Brunei Darussalam</source>
        <translation>புருணை தாருஸ்ஸலாம்</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>கம்போடியா</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>இந்தோனேசியா</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>லாவோ மக்கள் ஜனநாயகக் குடியரசு</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>மலேசியா</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>மியன்மார்</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>பிலிப்பைன்ஸ்</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>சிங்கப்பூர்</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>தாய்லாந்து</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>திமோர்-லெஸ்தே</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>வியட்நாம்</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation>முகமையின் சான்றிதழ் அதிகார அமைப்பை உருவாக்கு</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>CA பெயர்</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>நிறுவனம்</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>நாடு (இரண்டு எழுத்துகள்)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>கடவுச்சொற்றொடர் மீண்டும்</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>குறைந்தது {n} எழுத்துகள் கொண்ட கடவுச்சொற்றொடரைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>இரண்டு கடவுச்சொற்றொடர்களும் ஒன்றாக இல்லை. மீண்டும் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>உங்கள் பெயரையும் நிறுவனத்தின் பெயரையும் உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>குறைந்தது {n} எழுத்துகள் கொண்ட கடவுச்சொற்றொடரைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>இரண்டு கடவுச்சொற்றொடர்களும் ஒன்றாக இல்லை. மீண்டும் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>புதிய கையொப்ப அடையாளம்</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>கையொப்ப அடையாளம் மூலம் உங்கள் அறிக்கைகளில் கையொப்பமிடலாம்; அனுப்பியது யார், எதுவும் மாற்றப்படவில்லையா என்பதை முகமை சரிபார்க்க இது உதவும். இது உங்கள் தரவுக் கோப்புறையில், உங்கள் கடவுச்சொற்றொடரால் பூட்டப்பட்டு வைக்கப்படுகிறது. கடவுச்சொற்றொடரை மீட்டெடுக்க முடியாது: அதைப் பாதுகாப்பான இடத்தில் எழுதி வையுங்கள்.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>உங்கள் பெயர்</translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation>கையொப்பமிடுபவர்</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>நிறுவனம்</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>கையொப்பத்தில் காட்டப்படும்</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>நாடு</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>நிறுவனம் அமைந்துள்ள இடம்</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>மின்னஞ்சல் (விருப்பத்தேர்வு)</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>சான்றிதழில் காட்டப்படும்</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>குறைந்தது 8 எழுத்துகள்; ஒவ்வொரு முறை கையொப்பமிடும்போதும் தேவை</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>கடவுச்சொற்றொடர் மீண்டும்</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>அதே கடவுச்சொற்றொடர் மீண்டும் ஒருமுறை</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>உருவாக்கு</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>உள்வரும் பெட்டி முகப்புப் பலகை</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>எண்ணுகிறது…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>PDF சுருக்கத்தை ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>சரிபார்ப்பு முடிவு</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>முடிவு</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>மறுஆய்வு நிலை</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>நாடு</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>துறை</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>கேள்வித்தாள்</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>அடிக்கடி வரும் எச்சரிக்கைக் குறிகள்</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>அடிக்கடி வரும் பரிந்துரைகள்</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>மாதந்தோறும் பெறப்பட்டவை</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>%n அறிக்கை அட்டவணையின் வடிகட்டிகளுடன் பொருந்துகிறது.</numerusform>
            <numerusform>%n அறிக்கைகள் அட்டவணையின் வடிகட்டிகளுடன் பொருந்துகின்றன.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>PDF சுருக்கத்தை ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>உள்வரும் பெட்டிச் சுருக்கம்</translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation>சுருக்கம் {file}-இல் சேமிக்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>இன்று</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>இன்றைய தேதியை நிரப்பு</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>தயவுசெய்து சரிபாருங்கள்</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>ஒரு கோப்பைப் படிக்கவோ எழுதவோ முடியவில்லை: {reason}. கோப்புறை உள்ளதா, அதில் எழுத உங்களுக்கு அனுமதி உள்ளதா, வட்டு நிரம்பவில்லையா என்று சரிபார்த்து, மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>கோப்புச் சிக்கல்</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>AISafe Desktop-க்குள் ஏதோ தவறு நடந்துவிட்டது. இதுவரையிலான உங்கள் பதில்கள் சேமிக்கப்பட்டுள்ளன. நீங்கள் தொடரலாம், அல்லது ஏதேனும் தவறாகத் தெரிந்தால் செயலியை மீண்டும் தொடங்கலாம்.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>ஏதோ தவறு நடந்துவிட்டது</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>உருவாக்குநர்களுக்கான அறிக்கை இங்கு சேமிக்கப்பட்டது:
{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>கோப்புறையைத் திற</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation>&apos;answers&apos; என்பது கேள்வி அடையாளங்களைப் பதில்களுடன் இணைக்கும் ஒரு பொருளாக (object) இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>&apos;format&apos; என்பது &quot;{expected}&quot; ஆக இருக்க வேண்டும் ({found} காணப்பட்டது); இது AISafe பதில்கள் கோப்புதானா?</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>&apos;language&apos; என்பது &quot;en&quot; போன்ற மொழிக் குறியீடாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>&apos;questionnaire&apos; என்பது {shape} ஆக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>பதில்கள் ஆவணம் என்பது ஒரு JSON பொருள் ({shape})</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>பதில் &apos;{question_id}&apos; என்பது {shape} ஆக இருக்க வேண்டும்; &apos;value&apos; இல்லை</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>பதில் &apos;{question_id}&apos; என்பது {shape} ஆக இருக்க வேண்டும்; அறியப்படாத விசைகள் {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>YYYY-MM-DD வடிவில் எழுதப்பட்ட தேதியை எதிர்பார்க்கிறது</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>விருப்ப மதிப்புகளின் பட்டியலை எதிர்பார்க்கிறது, எ.கா. {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>ஓர் எண்ணை எதிர்பார்க்கிறது</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>ஓர் உரையை எதிர்பார்க்கிறது</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>ஒரு விருப்பத்தை இருமுறை பட்டியலிடுகிறது</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>{questionnaire} {version}-இல் அத்தகைய கேள்வி இல்லை</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>செல்லுபடியான JSON அல்ல: {reason}, வரி {line}, நெடுவரிசை {column}</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>கட்டாயம், ஆனால் பதிலளிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>பதில் &apos;{question_id}&apos;-இன் கருத்து ஓர் உரையாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>கோப்பு UTF-8 உரை அல்ல; அதை UTF-8 ஆகச் சேமியுங்கள்</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>கோப்பின் அளவு {size:,} பைட்டுகள்; பதில்கள் ஆவணங்களுக்கான வரம்பு {limit:,} பைட்டுகள்</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON மிக ஆழமாக அடுக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>அறியப்படாத விசைகள்: {keys}</translation>
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
        <translation>{values} விருப்பங்களில் இல்லை ({options})</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} அதிகபட்சமான {maximum}-ஐ விட அதிகம்</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} குறைந்தபட்சமான {minimum}-ஐ விடக் குறைவு</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>{value} விருப்பங்களில் இல்லை ({options})</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop ஏற்கெனவே {folder} தரவுக் கோப்புறையுடன் இயங்குகிறது (செயல்முறை {owner}). முதலில் மற்ற சாளரத்தை மூடுங்கள், அல்லது வேறு தரவுக் கோப்புறையைப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop ஏற்கெனவே {folder} தரவுக் கோப்புறையுடன் இயங்குகிறது. முதலில் மற்ற சாளரத்தை மூடுங்கள், அல்லது வேறு தரவுக் கோப்புறையைப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>பூட்டுக் கோப்பு {file}-ஐ உருவாக்க முடியவில்லை: {reason}. கோப்புறையின் அனுமதிகளைச் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>{database}-ஐப் படிக்க முடியவில்லை: {reason}. எதுவும் மாற்றப்படவில்லை; மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>{database}-இல் சேமிக்க முடியவில்லை: {reason}. இந்தக் கடைசி மாற்றம் சேமிக்கப்படவில்லை; அதற்கு முன் சேமித்த அனைத்தும் பாதுகாப்பாக உள்ளன. வட்டில் சிறிது இடத்தை விடுவியுங்கள் அல்லது கோப்புறையில் எழுத முடிகிறதா என்று சரிபார்த்து, மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>{database}-இல் சேமிக்க முடியவில்லை: {reason}. இந்தக் கடைசி மாற்றம் சேமிக்கப்படவில்லை; அதற்கு முன் சேமித்த அனைத்தும் பாதுகாப்பாக உள்ளன. தரவுத்தளம் நீண்ட நேரம் பணியில் இருந்தது; மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>{database} சேதமடைந்துள்ளது ({detail}). அது மாற்றப்படவில்லை. நல்ல காப்புப்பிரதி எதுவும் கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>{database} சேதமடைந்துள்ளது ({detail}). அது மாற்றப்படவில்லை. சமீபத்திய நல்ல காப்புப்பிரதி {backup}; அதை மீட்டெடுங்கள்.</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>{database} AISafe Desktop-இன் புதிய பதிப்பால் எழுதப்பட்டது (schema {revision}). அது மாற்றப்படவில்லை. புதிய பதிப்பை மீண்டும் நிறுவுங்கள், அல்லது வேறு தரவுக் கோப்புறையைப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>&apos;{country}&apos; ஆசியான் உறுப்பு நாடு அல்ல; {countries} இல் ஒன்றைப் பயன்படுத்துங்கள்</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>&apos;{email}&apos; மின்னஞ்சல் முகவரி போலத் தெரியவில்லை (name@example.org)</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>மதிப்பீடு {assessment_id} குப்பைத் தொட்டியில் உள்ளது; அதை மாற்ற முதலில் மீட்டெடுங்கள்</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>தரவுக் கோப்புறை {folder}-ஐ உருவாக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>தரவுத்தளம் {database}-ஐத் திறக்க முடியவில்லை: {reason}. அது மாற்றப்படவில்லை.</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file}-ஐப் படிக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>AI அமைப்புக்கு ஒரு பெயர் கொடுங்கள்</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>மதிப்பீட்டுக்கு ஒரு தலைப்பு கொடுங்கள்</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>நிறுவனத்தின் பெயரைக் கொடுங்கள்</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>தலைப்பை 200 எழுத்துகளுக்குள் வையுங்கள்</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>பொறுப்பாளர் பெயரை {limit} எழுத்துகளுக்குக் குறைவாக வைத்திருங்கள்</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>இறுதித் தேதியை YYYY-MM-DD என எழுதுங்கள், எ.கா. 2027-03-31 (கண்டது: {value})</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>&apos;{questionnaire}&apos; கேள்வித்தாள் எதுவும் நிறுவப்படவில்லை (கிடைப்பவை: {known}); அதற்குப் பதிலாக அதன் YAML கோப்பின் பாதையைக் கொடுங்கள்</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>&apos;{questionnaire}&apos; கேள்வித்தாளின் பதிப்பு {version} நிறுவப்படவில்லை (கிடைப்பவை: {known}); அதற்குப் பதிலாக அதன் YAML கோப்பின் பாதையைக் கொடுங்கள்</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>அடையாளத்தை எங்கு சேமிப்பது எனக் குறிப்பிடுங்கள் (வெளியீட்டுக் கோப்பு அல்லது தரவுக் கோப்புறை)</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>பதில்கள் {questionnaire} {version}-க்கானவை, {expected} {expected_version}-க்கானவை அல்ல; பொருந்தும் கேள்வித்தாளைத் தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>பதில்களை இன்னும் ஏற்றுமதி செய்ய முடியாது: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>பதில்களை இன்னும் ஏற்றுமதி செய்ய முடியாது: {problems} (மேலும் {more})</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>பதில்களை இறக்குமதி செய்ய முடியாது: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>பதில்களை இறக்குமதி செய்ய முடியாது: {problems} (மேலும் {more})</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>பதில்கள் {questionnaire}-இன் வேறோர் உரைக்கு அளிக்கப்பட்டவை (SHA-256 {sha256}); அந்தக் கேள்வித்தாள் கோப்பைத் தரவுக் கோப்புறையின் questionnaires கோப்புறையில் வைத்து மீண்டும் முயலுங்கள்</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>{questionnaire} கேள்வித்தாள் நிறுவப்படவில்லை; அதன் YAML கோப்பைத் தரவுக் கோப்புறையின் questionnaires கோப்புறையில் வைத்து மீண்டும் முயலுங்கள்</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>சேமிக்கப்பட்ட {questionnaire} {version} நகல் இனி ஏற்றப்படவில்லை: {problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>சேமிக்கப்பட்ட கேள்வித்தாள் {sha256}… தரவுத்தளத்தில் இல்லை; ஒரு காப்புப்பிரதியை மீட்டெடுங்கள்</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>உரையில் செல்லுபடியற்ற எழுத்துகள் உள்ளன (இணையற்ற UTF-16 surrogates)</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>நம்பக உள்ளீடு {entry} SHA-256 கைரேகையும் (64 பதினறும இலக்கங்கள்) அல்ல, சான்றிதழ் கோப்பும் அல்ல</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>AI அமைப்பு {ai_system_id} இல்லை</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>மதிப்பீடு {assessment_id} இல்லை</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>இன்றைய தானியங்கிக் காப்புப்பிரதியை {folder}-இல் உருவாக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>அறியப்படாத மொழி &apos;{language}&apos; (அறியப்பட்டவை: {known})</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>{backup} சேதமடைந்துள்ளது அல்லது தரவுத்தளம் அல்ல ({problem})</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>{backup} AISafe Desktop காப்புப்பிரதி அல்ல</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>{backup} AISafe Desktop-இன் புதிய பதிப்பால் உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>{backup}: அத்தகைய கோப்பு இல்லை</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>கட்டாயமான {count} கேள்விகளுக்கு இன்னும் பதிலளிக்கப்படவில்லை: {questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>கட்டாயமான {count} கேள்விகளுக்கு இன்னும் பதிலளிக்கப்படவில்லை: {questions} மற்றும் மேலும் {more}</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>{database} AISafe Desktop தரவுத்தளம் அல்ல; அது மாற்றப்படவில்லை. அதை வேறிடத்துக்கு நகர்த்துங்கள் அல்லது வேறு தரவுக் கோப்புறையைப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>{file}-க்கு அருகில் சான்றிதழ் கோப்பு இல்லை; கடவுச்சொற்றொடரைக் கொடுங்கள்</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>{file} செல்லுபடியான கேள்வித்தாள் அல்ல: {problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>{file} செல்லுபடியான கேள்வித்தாள் அல்ல: {problems} (மேலும் {more})</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: அத்தகைய கோப்பு இல்லை</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>{new} என்பது {old}-இன் பதிப்பு அல்ல</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>உடன் வரும் எழுத்துருக் கோப்பு இல்லை: {file}; AISafe Desktop-ஐ மீண்டும் நிறுவுங்கள்</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>அடையாளத்தை உருவாக்க முடியவில்லை: {problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>பதில்களைப் பிரித்தெடுக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>அடையாளக் கோப்பு {file}-ஐப் படிக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>{source}-ஐப் படிக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file}-இல் எழுத முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation>கடவுச்சொற்றொடரைத் தேர்ந்தெடுங்கள்: தனிப்பட்ட விசை ஒருபோதும் மறைகுறியாக்கமின்றிச் சேமிக்கப்படாது</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>நாடு {country} என்பது MY, TH அல்லது VN போன்ற இரண்டு எழுத்து ISO குறியீடு அல்ல</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>மின்னஞ்சல் {email} name@example.org போலத் தெரியவில்லை</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>கையொப்பமிடல் தோல்வியடைந்தது: {reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>உடன் வரும் எழுத்துருக்கள் {folder}-இல் இல்லை; AISafe Desktop-ஐ மீண்டும் நிறுவுங்கள்</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>நிறுவனம் காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>கடவுச்சொற்றொடர் {source}-ஐத் திறக்கவில்லை; அதைச் சரிபார்த்து மீண்டும் முயலுங்கள் (கடவுச்சொற்றொடர்களில் பெரிய/சிறிய எழுத்து வேறுபாடு முக்கியம்)</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>உருவாக்கப்பட்ட அறிக்கை படிக்கக்கூடிய PDF அல்ல: {reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>அறிக்கையை வடிவமைக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>அறிக்கை PDF/A-3b-க்கு இணங்கவில்லை: {problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>கையொப்பத்தின் பைட் வரம்பு கோப்பின் முடிவைத் தாண்டுகிறது</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>கையொப்பத்தின் பைட் வரம்பு தவறான வடிவில் உள்ளது</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>கையொப்பமிட்டவரின் பெயர் காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>{file} ஏற்கெனவே உள்ளது; வேறு கோப்புப் பெயரைத் தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>{source}-இல் தனிப்பட்ட விசையோ சான்றிதழோ இல்லை; விசையையும் சேர்த்து அதை மீண்டும் ஏற்றுமதி செய்யுங்கள்</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>{source}-இல் {kind} உள்ளது; RSA மற்றும் EC விசைகள் மட்டுமே அறிக்கைகளில் கையொப்பமிட முடியும்</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>{source} PEM அல்லது DER X.509 சான்றிதழ் அல்ல</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{source} PKCS#12 (.p12/.pfx) கோப்பு அல்ல</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ஓர் உரை</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ஓர் எண்</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>ஒரு பட்டியல்</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ஒரு பொருள் (object)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>வேறு ஏதாவது</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>ஓர் உரை அல்லது எண்</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>ஓர் உரை, எண் அல்லது பட்டியல்</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>ஒரு பதில்</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>ஓர் உரை, எண் அல்லது உரைகளின் பட்டியல்</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} என்பது JSON அனுமதிக்கும் எண் அல்ல</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>true அல்லது false எதிர்பார்க்கப்பட்டது, {kind} காணப்பட்டது</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>{what} எதிர்பார்க்கப்பட்டது, {kind} காணப்பட்டது</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>null எதிர்பார்க்கப்பட்டது, {kind} காணப்பட்டது</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>அதே புலம் இருமுறை வருகிறது</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} பைட்டுகள், {limit:,}-ஐ விட அதிகம்</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>&quot;{expected}&quot; எதிர்பார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>உரை எதிர்பார்க்கப்பட்டது, {kind} காணப்பட்டது</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>உரையில் {length:,} எழுத்துகள் உள்ளன, {limit:,}-ஐ விட அதிகம்</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>உரை எதிர்பார்க்கப்பட்ட வடிவில் இல்லை</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>எண் எதிர்பார்க்கப்பட்டது, {kind} காணப்பட்டது</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>எண் வரம்புக்குட்பட்ட, ஏற்கத்தக்க மதிப்பு அல்ல</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>எண் {value} {low}–{high} வரம்புக்கு வெளியே உள்ளது</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>பட்டியல் எதிர்பார்க்கப்பட்டது, {kind} காணப்பட்டது</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>பட்டியலில் {count:,} உருப்படிகள் உள்ளன, {limit:,}-ஐ விட அதிகம்</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>பொருள் (object) எதிர்பார்க்கப்பட்டது, {kind} காணப்பட்டது</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>{count:,} உள்ளீடுகள், {limit:,}-ஐ விட அதிகம்</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>ஓர் அடையாளக் குறி</translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation>ஓர் உரை அல்லது பொருள் (object)</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 உரை அல்ல</translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation>செல்லுபடியான JSON அல்ல (வரி {line})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>மிக ஆழமாக அடுக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>அறியப்படாத புலம்</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>வட்டு நிரம்பிவிட்டது: {folder} உள்ள இயக்ககத்தில் {megabytes} MB இடத்தை விடுவித்து, மீண்டும் முயலுங்கள். எதுவும் இழக்கப்படவில்லை: முன்பு சேமித்த அனைத்தும் பாதுகாப்பாக உள்ளன.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>{backup} மீட்டெடுப்பு எதையும் மாற்றுவதற்கு முன்பே தடைபட்டது; உங்கள் தரவு முன்பு இருந்தபடியே உள்ளது.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>{backup} மீட்டெடுப்பு தடைபட்டது; அது இப்போது முடிக்கப்பட்டுவிட்டது. முன்பு உங்களிடம் இருந்த தரவு {kept}-இல் வைக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>காப்புப்பிரதி மீட்டெடுப்பு ஒன்று தடைபட்டது, அதன் பதிவேடு {journal}-ஐப் படிக்க முடியவில்லை ({error}). எதுவும் மாற்றப்படவில்லை; உங்கள் தரவு {folder}-இல் உள்ளது.</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>தடைபட்ட மீட்டெடுப்பு சேதமடைந்த நகல் {staging}-ஐ விட்டுச் சென்றது ({problem}). உங்கள் முந்தைய தரவு {kept}-இல் உள்ளது.</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>தடைபட்ட மீட்டெடுப்பு தரவுத்தளம் எதையும் விட்டுச் செல்லவில்லை. உங்கள் முந்தைய தரவு {kept}-இல் உள்ளது; காப்புப்பிரதி {backup}.</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>{database}-ஐப் படிக்க முடியவில்லை ({problem}). அது மாற்றப்படவில்லை. கோப்புறையைப் படிக்க முடிகிறதா, வட்டு நிரம்பவில்லையா என்று சரிபார்த்து, மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>காப்புப்பிரதியை {folder}-இல் எழுத முடியவில்லை: {error}. உங்கள் தரவு மாறவில்லை.</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>மறுஆய்வு ஒப்புகைச் சீட்டை வடிவமைக்க முடியவில்லை: {detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>மறுஆய்வு ஒப்புகைச் சீட்டில் கையொப்பத்துக்கான இடம் இல்லை</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>சுருக்கத்தை வடிவமைக்க முடியவில்லை: {detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>{old} நிலையில் உள்ள சமர்ப்பிப்பை {new} ஆக மாற்ற முடியாது</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>நீங்கள் பார்த்துக்கொண்டிருந்தபோது சமர்ப்பிப்பு {id}-ஐ {who} மாற்றினார்; எதுவும் மேலெழுதப்படவில்லை. மாற்றத்தைக் காண அதை மீண்டும் திறங்கள்.</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>உள்வரும் பெட்டியில் சமர்ப்பிப்பு {id} இல்லை</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>{url} இந்தச் செயலி பயன்படுத்தக்கூடிய தரவுத்தள URL அல்ல</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>உள்வரும் பெட்டி {url} AISafe Desktop-இன் புதிய பதிப்பால் எழுதப்பட்டது (schema {revision}); அது மாற்றப்படவில்லை. புதிய பதிப்பை நிறுவுங்கள்.</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>உள்வரும் பெட்டி {url}-இல் எழுத முடியவில்லை: {detail}. இந்தச் செயலின் எதுவும் சேமிக்கப்படவில்லை; வட்டில் சிறிது இடத்தை விடுவியுங்கள் அல்லது மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>உள்வரும் பெட்டி {url}, பயனர் {user} இதைச் செய்ய அனுமதிக்கவில்லை; எதுவும் மாற்றப்படவில்லை. உள்வரும் பெட்டியின் நிர்வாகியிடம் அலுவலருக்கான உரிமைகளைக் கேளுங்கள் (docs/inbox.md).</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>உள்வரும் பெட்டிக்குத் தரவுத்தளக் கோப்பு தேவை, {url} அல்ல</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>உள்வரும் பெட்டி SQLite அல்லது PostgreSQL உடன் செயல்படும், {url} உடன் அல்ல</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>உள்வரும் பெட்டித் தரவுத்தளம் {url}-ஐ அணுக முடியவில்லை ({detail}). சேவையகப் பெயரையும் போர்ட்டையும், சேவையகம் இயங்குகிறதா, இந்தக் கணினியிலிருந்து இணைப்புகளை ஏற்கிறதா என்பதையும், பயனர் பெயரையும் கடவுச்சொல்லையும் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>ஒப்புகைச் சீட்டின் புலம் {path} அதிகபட்சம் {limit} எழுத்துகள் கொண்ட உரையாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>ஒப்புகைச் சீட்டின் தரவு JSON உரை அல்ல</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>கோப்பு மறுஆய்வு ஒப்புகைச் சீட்டு அல்ல ({expected})</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>ஒப்புகைச் சீட்டின் அறிக்கை, கேள்வித்தாள் அல்லது கருத்துகள் இல்லை அல்லது தவறான வடிவில் உள்ளன</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>மறுஆய்வு செய்யப்பட்ட கோப்பின் SHA-256-ஐ ஒப்புகைச் சீட்டு குறிப்பிடவில்லை</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>ஒப்புகைச் சீட்டின் தேதிகள் YYYY-MM-DD வடிவில் எழுதப்படவில்லை</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>ஒப்புகைச் சீட்டின் கருத்து {index} தவறான வடிவில் உள்ளது</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>இந்த ஒப்புகைச் சீட்டு இந்தக் கணினி ஏற்றுமதி செய்யாத ஓர் அறிக்கையைப் பற்றியது (SHA-256 {sha256}); அறிக்கையை உருவாக்கிய கணினியில் இதை இறக்குமதி செய்யுங்கள்</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>மறுஆய்வு ஒப்புகைச் சீட்டாக இருக்க முடியாத அளவுக்குக் கோப்பு மிகப் பெரியது</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>கோப்பு PDF அல்ல</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>ஒப்புகைச் சீட்டை நம்ப முடியாது: {reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — &apos;{guess}&apos; என்பதைக் குறிப்பிடுகிறீர்களா?</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>. {what}-இல் அனுமதிக்கப்பட்ட விசைகள்: {keys}.</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> &apos;{guess}&apos; ({language}) என்பதைக் குறிப்பிடுகிறீர்களா?</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> &apos;{guess}&apos; என்பதைக் குறிப்பிடுகிறீர்களா?</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>மேலும் {count}</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>முடிவு நிலை {band}, மதிப்பெண் {score}, எச்சரிக்கைக் குறிகள் இல்லை</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>முடிவு நிலை {band}, மதிப்பெண் {score}, எச்சரிக்கைக் குறிகள்: {flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>முடிவு நிலை இல்லை</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>பல முடிவு நிலைகள் ({bands})</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>எச்சரிக்கைக் குறிகள் இல்லை</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>எச்சரிக்கைக் குறிகள்: {flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>ஒட்டுமொத்த மதிப்பெண் இல்லை</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>ஒட்டுமொத்த மதிப்பெண் {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}, {score} / 100, எச்சரிக்கைக் குறிகள்: {flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}, {score} / 100, எச்சரிக்கைக் குறிகள் இல்லை</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>&apos;{question}&apos; என்பதற்கான பதிலில், உடன் வரும் எழுத்துருக்கள் எதனாலும் காட்ட முடியாத எழுத்துகள் ({characters}) உள்ளன; அறிக்கை அவற்றின் இடத்தில் {replacement} என்பதைக் காட்டும்</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>இந்த அடையாளத்தில் {key_type} விசை உள்ளது: கையொப்பம் செல்லுபடியானது, ஆனால் இத்தகைய கையொப்பங்கள் கோப்பை PDF 2.0 ஆக்குவதால், அது இனி PDF/A-3b (காப்பக வடிவம்) ஆக இருக்காது; PDF/A வடிவத்தைத் தக்கவைக்க RSA அடையாளத்தைப் பயன்படுத்துங்கள்</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>--days 1 முதல் {most} வரை இருக்க வேண்டும், {days} அல்ல</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>சான்றிதழ் அதிகார அமைப்பை உருவாக்க முடியவில்லை: {problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>CA பதிவேடு {path}-ஐப் படிக்க முடியவில்லை: {detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>{path}-இல் உள்ள உங்கள் நம்பகப் பட்டியலைப் படிக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path}-ஐப் படிக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>CA பதிவேடு {path}-இல் எழுத முடியவில்லை: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path}-இல் எழுத முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>CA பதிவேடு {path} சேதமடைந்துள்ளது ({detail}); உங்கள் காப்புப்பிரதியிலிருந்து அதை மீட்டெடுங்கள்</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>CA பதிவேடு {path} மிகப் பெரியது</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>{source}-இல் உள்ள சான்றிதழ் இன்று செல்லுபடியாகாது ({start} முதல் {end} வரை செல்லுபடி)</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>{source}-இல் உள்ள சான்றிதழ் ஆவணங்களில் கையொப்பமிட அனுமதிக்கப்படவில்லை (key usage)</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>பதிவேடு {path} வேறொரு CA-க்கு ({other}) உரியது</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>குறிப்பு {most} எழுத்துகளை விட நீளமானது</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>இந்த CA-வின் பதிவேட்டில் வரிசை எண் {serial} கொண்ட சான்றிதழ் இல்லை</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>இந்த அடையாளம் சான்றிதழ் அதிகார அமைப்புக் கோப்பு அல்ல</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>{file} செல்லாதது (INVALID): {reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>{file} நம்பகமற்றது (UNTRUSTED): {reason}. முதலில் கையொப்பமிட்டவரை நம்புங்கள், அல்லது நம்பகமற்ற கையொப்பமிட்டவர்களை அனுமதியுங்கள்</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>{fingerprint} ஏற்கெனவே CA ஆக நம்பப்படுகிறது</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>{fingerprint} உங்கள் நம்பகப் பட்டியலில் இல்லை</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>{path} என்பது கையொப்ப அடையாளம், சான்றிதழ் அதிகார அமைப்புக் கோப்பு அல்ல</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>{path} சான்றிதழாகவோ CRL ஆகவோ இருக்க முடியாத அளவுக்கு மிகப் பெரியது</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>{path} கோரிக்கையாகவோ சான்றிதழாகவோ இருக்க முடியாத அளவுக்கு மிகப் பெரியது</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>{serial} வரிசை எண் அல்ல (அடையாளத்தின் விவரங்கள் காட்டுவது போல, பதினறும வடிவில்)</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>{source} அதன் subject-இல் பெயரைக் கொடுக்கவில்லை</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>{source} அதன் subject-இல் நிறுவனத்தைக் கொடுக்கவில்லை</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>{source}-இல் படிக்கக்கூடிய X.509 சான்றிதழ் (PEM அல்லது DER) இல்லை</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>{source} சேதமடைந்துள்ளது: அதன் கையொப்பம் அதன் விசையுடன் பொருந்தவில்லை</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>{source} என்பது {identity}-இல் உள்ள விசைக்கான சான்றிதழ் அல்ல</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>{source} சான்றிதழ் கோரிக்கை (PKCS#10, PEM அல்லது DER) அல்ல</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>{source} சான்றிதழ் ரத்துப் பட்டியல் (CRL, PEM அல்லது DER) அல்ல</translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation>{source} RSA அல்லது EC விசைக்கானது அல்ல</translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation>{source}, {ca}-க்காக ஏற்கெனவே வைத்திருக்கும் CRL-ஐ விடப் பழையது</translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation>{source} உங்கள் நம்பகப் பட்டியலில் உள்ள CA ஒன்றால் கையொப்பமிடப்படவில்லை; முதலில் அந்த CA-வின் சான்றிதழைச் சேருங்கள்</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{text} என்பது SHA-256 கைரேகை அல்ல (64 பதினறும இலக்கங்கள்)</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>{value} SHA-256 கைரேகையும் அல்ல, சான்றிதழ் அல்லது CRL கோப்பும் அல்ல</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>உங்களிடம் இன்னும் கையொப்ப அடையாளம் இல்லை: ஒன்றை உருவாக்க “புதியது…” என்பதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>அறிக்கையைச் சேமிக்கும் இடம்</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF கோப்புகள் (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>ஓர் அடையாளத்தைத் தேர்ந்தெடுத்து அதன் கடவுச்சொற்றொடரைத் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>அறிக்கையை உருவாக்குகிறது…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>கையொப்பமிட்ட அறிக்கை {file} ஆகச் சேமிக்கப்பட்டது.
முகமைக்கான, கையொப்பமிட்டவரின் கைரேகை (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>கவனிக்கவும்:</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>அந்தக் கடவுச்சொற்றொடர் இந்த அடையாளத்தைத் திறக்கவில்லை. மீண்டும் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>கையொப்பமிட்ட PDF-ஐ ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>அறிக்கை உங்கள் அடையாளத்தால் கையொப்பமிடப்படுகிறது; எனவே அனுப்பியது யார், அது மாற்றப்படவில்லையா என்பதை முகமை சரிபார்க்கலாம். உங்கள் பதில்கள் PDF-க்குள்ளேயே செல்கின்றன.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>கையொப்ப அடையாளம்</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>அறிக்கையில் யாருடைய கையொப்பம் உள்ளது</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>தேர்ந்தெடுத்த அடையாளத்தின் கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>அறிக்கையின் மொழி</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>அறிக்கை எழுதப்படும் மொழி</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>சேமிக்கும் இடம்</translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation>PDF கோப்பு சேமிக்கப்படும் இடம்</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>புதியது…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>புதிய கையொப்ப அடையாளத்தை உருவாக்கு</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>இறக்குமதி செய்…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>.p12 அல்லது .pfx கோப்பை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>தேர்ந்தெடு…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ஏற்றுமதி செய் (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>கோப்புறையைத் திற</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>ஏற்றுமதி செய்யப்பட்ட மதிப்பீட்டை மாற்றவா?</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>இந்த மதிப்பீடு கையொப்பமிட்ட PDF ஆக ஏற்றுமதி செய்யப்பட்டது. நீங்கள் ஒரு பதிலை மாற்றினால், PDF இங்கு வைக்கப்பட்டுள்ள பதில்களுடன் இனி பொருந்தாது; நீங்கள் மீண்டும் முடிக்கும் வரை முடிவு இடைக்காலமாக இருக்கும். ஏற்றுமதி செய்யப்பட்ட PDF-இன் பதிவு வைக்கப்படும்.

ஏற்றுமதி செய்யப்பட்ட பதில்களை அப்படியே விட, ஒரு நகலில் பணியாற்றுங்கள்.</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>பதில்களை மாற்று</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>ஒரு நகலில் பணியாற்று</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>அப்படியே விடு</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>நிறுவனத்தின் பெயரை உள்ளிடுங்கள், அல்லது &apos;இப்போதைக்குத் தவிர்&apos; என்பதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>AISafe Desktop-க்கு வரவேற்கிறோம்</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>உங்கள் நிறுவனம் பயன்படுத்தும் அல்லது உருவாக்கும் AI அமைப்பைச் சுயமதிப்பீடு செய்ய இந்தச் செயலி உங்களுக்கு வழிகாட்டுகிறது: என்ன தவறு நடக்கலாம், அதற்காக நீங்கள் ஏற்கெனவே என்ன செய்கிறீர்கள், அடுத்து என்ன செய்ய வேண்டும். எளிய கேள்விகளுக்கு நீங்கள் பதிலளிக்கிறீர்கள்; எந்த நேரத்திலும் நிறுத்தி, பின்னர் தொடரலாம்.</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>நீங்கள் உள்ளிடும் அனைத்தும் இந்தக் கணினியிலேயே இருக்கும். செயலி ஒருபோதும் இணையத்துடன் இணையாது; நீங்கள் பதிலளித்த உடனேயே உங்கள் பதில்கள் சேமிக்கப்படுகின்றன.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>தொடர்</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>உங்கள் நிறுவனம் பற்றி</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>இது உங்கள் அறிக்கைகளில் தோன்றும். இப்போது இதைத் தவிர்த்து, பின்னர் முகப்புத் திரையிலிருந்து நிரப்பலாம்.</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>இப்போதைக்குத் தவிர்</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>சேமித்துத் தொடர்</translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation>செயலிக்கு இந்த மொழியைப் பயன்படுத்து</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation>இந்தப் பதிலின் வரலாறு</translation>
    </message>
    <message>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>பதில்</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>கருத்து</translation>
    </message>
    <message>
        <source>By</source>
        <translation>செய்தவர்</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>இதுவரை மாற்றங்கள் இல்லை.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>CSV ஆக ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>வரலாற்றை ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV கோப்புகள் (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>உங்கள் நிறுவனம்</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>உங்கள் அறிக்கைகளில் தோன்றும்படி உங்கள் நிறுவனத்தின் விவரங்களைச் சேருங்கள்.</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>விவரங்களைச் சேர்</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>திருத்து</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>நிறுவன விவரங்களைத் திருத்து</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (நகல்)</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>“{title}” குப்பைத் தொட்டிக்கு நகர்த்தப்பட்டது.</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>பதில்களை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>AISafe பதில்கள் (*.json);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>மதிப்பீடுகள்</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>தலைப்பு, கேள்வித்தாள் அல்லது AI அமைப்பின் மூலம் தேடு</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>மதிப்பீடுகளைத் தேடு</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>இந்த உரையைக் கொண்ட மதிப்பீடுகளை மட்டும் காட்டும். குறுக்குவிசை: Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>புதிய மதிப்பீடு (&amp;N)</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>புதிய மதிப்பீட்டைத் தொடங்கு (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>இறக்குமதி செய்… (&amp;I)</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>பதில்கள் கோப்பிலிருந்து (.json) ஒரு மதிப்பீட்டை உருவாக்கு</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>PDF ஒன்றைச் சரிபார்… (&amp;V)</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>கையொப்பமிட்ட அறிக்கை மாற்றப்படவில்லை என்பதைச் சரிபாருங்கள். PDF ஒன்றை இந்தத் திரையில் இழுத்துவிடவும் செய்யலாம்.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>திற (&amp;O)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>நகலெடு (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>நீக்கு (&amp;D)</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>குப்பைத் தொட்டிக்கு நகர்த்து; இதைச் செயல்தவிர்க்கலாம்</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>செயல்தவிர் (&amp;U)</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>இன்னும் மதிப்பீடுகள் இல்லை</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>உங்கள் முதல் மதிப்பீட்டைத் தொடங்குங்கள்: ஒரு கேள்வித்தாளைத் தேர்ந்தெடுத்து, உங்களுக்கு வசதியான நேரத்தில் கேள்விகளுக்குப் பதிலளித்து, தெளிவான அடுத்த நடவடிக்கைகளுடன் உங்கள் முடிவைக் காணுங்கள். எந்த நேரத்திலும் நிறுத்தலாம்; ஒவ்வொரு பதிலும் உடனுக்குடன் சேமிக்கப்படும்.</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>உங்கள் முதல் மதிப்பீட்டைத் தொடங்குங்கள்</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation>தேர்ந்தெடுத்த மதிப்பீட்டைத் திறக்க Enter அழுத்துங்கள்</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation>கையொப்ப அடையாளத்தை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>கையொப்ப அடையாளங்கள் (*.p12 *.pfx);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>{file}-இன் கடவுச்சொற்றொடர்:</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>சான்றிதழைச் சேமி</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>சான்றிதழ்கள் (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>கையொப்ப அடையாளங்கள்</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>உங்கள் PDF அறிக்கைகளில் கையொப்பமிடப் பயன்படுகிறது. முகமை உங்கள் அறிக்கைகளைச் சரிபார்க்கும்படி, சான்றிதழை (அடையாளக் கோப்பை அல்ல) அதற்கு அனுப்புங்கள்.</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>ஒவ்வொன்றும் முகமை சரிபார்க்கக்கூடிய கைரேகையுடன்</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>புதிய அடையாளம்…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>இறக்குமதி செய்…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>.p12 அல்லது .pfx கோப்பை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>சான்றிதழை ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>முகமைக்கு அனுப்ப வேண்டிய பொதுச் சான்றிதழைச் சேமி</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>சரிபார்ப்பு முடிவு</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>நிறுவனம்</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>நாடு</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>துறை</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>கேள்வித்தாள்</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>முடிவு</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>மதிப்பெண்</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>கையொப்பமிட்டவர்</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>பெறப்பட்டது</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>நம்பகமானது</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>நம்பகமற்றது</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>செல்லாதது</translation>
    </message>
    <message>
        <source>New</source>
        <translation>புதியது</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>மறுஆய்வில் உள்ளது</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ஏற்கப்பட்டது</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>திருப்பி அனுப்பப்பட்டது</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation>உள்வரும் பெட்டித் தரவுத்தளம்</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>உள்வரும் பெட்டியை இந்தக் கணினியிலேயே வைத்திருக்க முகவரியைக் காலியாக விடுங்கள். பல அலுவலர்கள் ஒரே உள்வரும் பெட்டியைப் பகிர்ந்தால், உங்கள் தகவல் தொழில்நுட்ப ஊழியர்கள் வழங்கிய PostgreSQL முகவரியை உள்ளிடுங்கள், எடுத்துக்காட்டாக postgresql+psycopg://officer@db.agency.example:5432/inbox. கடவுச்சொல் ஒருபோதும் சேமிக்கப்படாது: உள்வரும் பெட்டி திறக்கும்போது அதைத் தட்டச்சு செய்வீர்கள், அல்லது உங்கள் தகவல் தொழில்நுட்ப ஊழியர்கள் அதை உங்கள் .pgpass கோப்பில் வைப்பார்கள்.</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>மறுஆய்வு வரலாற்றில் காட்டப்படும் உங்கள் பெயர்</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>தரவுத்தள முகவரி (&amp;A)</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>உங்கள் பெயர் (&amp;N)</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>இந்தக் கணினியில் உள்ள உள்வரும் பெட்டியைப் பயன்படுத்து</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>இது தரவுத்தள முகவரி அல்ல.</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>உள்வரும் பெட்டி PostgreSQL உடன் (அல்லது உள்ளூர்க் கோப்புடன்) செயல்படுகிறது.</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>உள்வரும் பெட்டி — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>கோப்புகளைச் சேர்…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>கோப்புறையைச் சேர்…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>முகப்புப் பலகை</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>அட்டவணையை ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>தரவுத்தளம்…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>மீண்டும் சரிபார்</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>வைத்திருக்கும் ஒவ்வொரு கோப்பையும் மீண்டும் சரிபார், எடுத்துக்காட்டாக ஒரு கையொப்பமிட்டவரை நம்பிய பிறகு</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>நிறுவனம், கையொப்பமிட்டவர், AI அமைப்பு அல்லது கோப்பு</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>பெறப்பட்ட அறிக்கைகள்</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>தேடு (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>சரிபார்ப்பு முடிவு (&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>நிலை (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>முடிவு (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>நாடு (&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>துறை (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>கேள்வித்தாள் (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>தேதியிலிருந்து (&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>தேதி வரை (&amp;O)</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>உள்வரும் பெட்டியைத் திறக்கிறது…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>அனைத்தும்</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>உள்வரும் பெட்டியைத் திறக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>உள்வரும் பெட்டி: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n அறிக்கை</numerusform>
            <numerusform>%n அறிக்கைகள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>பெறப்பட்ட அறிக்கைகளைச் சேர்</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>PDF அறிக்கைகள் (*.pdf);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>அறிக்கைகள் உள்ள கோப்புறையைச் சேர்</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>%m இல் %v சரிபார்க்கப்பட்டன</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>%n அறிக்கை சேர்க்கப்பட்டது</numerusform>
            <numerusform>%n அறிக்கைகள் சேர்க்கப்பட்டன</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>%n ஏற்கெனவே உள்வரும் பெட்டியில் உள்ளது</numerusform>
            <numerusform>%n ஏற்கெனவே உள்வரும் பெட்டியில் உள்ளன</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>வேறு %n கோப்பு தவிர்க்கப்பட்டது</numerusform>
            <numerusform>வேறு %n கோப்புகள் தவிர்க்கப்பட்டன</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>அட்டவணையை ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel பணிப்புத்தகம் (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>%n அறிக்கை {file}-இல் எழுதப்பட்டது</numerusform>
            <numerusform>%n அறிக்கைகள் {file}-இல் எழுதப்பட்டன</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>draft translation</source>
        <translation>வரைவு மொழிபெயர்ப்பு</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Please note</source>
        <translation>கவனிக்கவும்</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (நகல்)</translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation>AISafe Desktop</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>உங்கள் தரவைத் திறக்கிறது…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>முகப்பு</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>மதிப்பீடுகளின் பட்டியலுக்குத் திரும்பு (Alt+Home)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>புதிய மதிப்பீடு</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>புதிய மதிப்பீட்டைத் தொடங்கு (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>மொழி, எழுத்து அளவு, காப்புப்பிரதிகள் (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>குறுக்குவிசைகள்</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>செயலியின் அனைத்துக் குறுக்குவிசைகளும் (F1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>உள்வரும் பெட்டி</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>முகமைகளுக்கு: வணிகங்கள் அனுப்பும் அறிக்கைகளைப் பெறவும், மறுஆய்வு செய்யவும், எண்ணவும் (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>வழிசெலுத்தல்</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation>முடிப்பதற்கு முன் இன்னும் பதிலளிக்க வேண்டியவை</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>கட்டாயமான %n கேள்விக்கு இன்னும் பதில் இல்லை. அதற்குச் செல்ல அதைத் தேர்ந்தெடுங்கள்.</numerusform>
            <numerusform>கட்டாயமான %n கேள்விகளுக்கு இன்னும் பதில் இல்லை. ஒன்றுக்குச் செல்ல அதைத் தேர்ந்தெடுங்கள்.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>கட்டாயமான அனைத்துக்கும் பதிலளிக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>உங்கள் முடிவைக் காண “முடி” என்பதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>இன்னும் பதிலளிக்க வேண்டிய கேள்விகள்</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>தேர்ந்தெடுத்த கேள்விக்குச் செல்ல Enter அழுத்துங்கள்</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>உங்கள் கோப்புறையில் உள்ள இந்தக் கேள்வித்தாள் கோப்புகளைச் சரிசெய்யும் வரை பயன்படுத்த முடியாது:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… மேலும் {count}</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>சுமார் {minutes} நிமிடங்கள் · மொழிகள்: {languages} · வெளியீட்டாளர்: {publisher} · பதிப்பு {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>(குறிப்பிட்ட ஓர் அமைப்பைப் பற்றியது அல்ல)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>புதிய மதிப்பீடு</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>நீங்கள் சரிபார்க்க விரும்புவதற்குப் பொருந்தும் கேள்வித்தாளைத் தேர்ந்தெடுங்கள். எந்த நேரத்திலும் நிறுத்தலாம்; ஒவ்வொரு பதிலும் சேமிக்கப்படும்.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>பட்டியலில் நீங்கள் அடையாளம் காணக்கூடிய பெயர், எ.கா. திட்டப் பெயர்</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>AI அமைப்பு (விருப்பத்தேர்வு)</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>ஒன்றைத் தேர்ந்தெடுங்கள், அல்லது இது தொடர்புடைய AI அமைப்பின் பெயரைத் தட்டச்சு செய்யுங்கள்</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>கேள்விகளின் மொழி</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>கேள்வித்தாள் இந்த மொழியில் காட்டப்படுகிறது</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>கேள்வித்தாள்கள்</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>நீங்கள் பயன்படுத்தக்கூடிய கேள்வித்தாள்கள்</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>தொடங்கு (&amp;S)</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>{low} முதல் {high} வரையிலான எண்.</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>குறைந்தது {low} ஆக உள்ள எண்.</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>{high} வரையிலான எண்.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>ஓர் எண்.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>எண்</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>“{text}” எண் அல்ல. இலக்கங்களை மட்டும் தட்டச்சு செய்யுங்கள், எடுத்துக்காட்டாக {whole} அல்லது {example}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>கோப்பின் அளவு {size:,} பைட்டுகள்; கேள்வித்தாள்களுக்கான வரம்பு {limit:,} பைட்டுகள். அதைப் பல கேள்வித்தாள்களாகப் பிரியுங்கள் அல்லது உட்பொதிக்கப்பட்ட தரவை அகற்றுங்கள்.</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>பைட் 0x{byte:02x} செல்லுபடியான UTF-8 அல்ல. கோப்பை UTF-8 ஆகச் சேமியுங்கள் (பெரும்பாலான திருத்திகளில்: &apos;Save with encoding&apos; → UTF-8).</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>இங்குள்ள உரை செல்லுபடியான YAML அல்ல ({parser}). உள்தள்ளலைச் சரிபாருங்கள் (இடைவெளிகள் மட்டும்), மேலும் &apos;: &apos; அல்லது &apos; #&apos; உள்ள, அல்லது குறியீட்டுடன் தொடங்கும் உரைகளை மேற்கோள் குறிகளுக்குள் இடுங்கள்.</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>உரைக்குள் உள்ள &apos;: &apos; காரணமாக, YAML மீதியைப் புதிய விசையாகப் படிக்கிறது. முழு உரையையும் மேற்கோள் குறிகளுக்குள் இடுங்கள் (text: &quot;Note: …&quot;), அல்லது இது புதிய விசையாக இருக்க வேண்டுமெனில், மேலே உள்ள விசைகளைப் போலவே உள்தள்ளுங்கள். (YAML பாகுபடுத்தி: {parser})</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>&apos;{{…}}&apos; விசை-மதிப்புத் தொகுப்பு மூடப்படவில்லை, அல்லது அதற்குள் உள்ள ஓர் உரையில் &apos;: &apos; அல்லது &apos; #&apos; உள்ளது. அத்தகைய உரையை மேற்கோள் குறிகளுக்குள் இட்டு ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}), தொகுப்பை &apos;}}&apos; கொண்டு முடியுங்கள். (YAML பாகுபடுத்தி: {parser})</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>&apos;[…]&apos; பட்டியல் மூடப்படவில்லை, அல்லது ஓர் உருப்படியில் &apos;: &apos; அல்லது &apos; #&apos; உள்ளது. அத்தகைய உருப்படியை மேற்கோள் குறிகளுக்குள் இட்டு, பட்டியலை &apos;]&apos; கொண்டு முடியுங்கள். (YAML பாகுபடுத்தி: {parser})</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>மேற்கோள் குறியிட்ட உரை மூடப்படவே இல்லை: மூடும் மேற்கோள் குறியைச் சேருங்கள் (&quot;…&quot; உள்ளே மேற்கோள் குறியை \&quot; என்றும், &apos;…&apos; உள்ளே &apos;&apos; என்றும் எழுதுங்கள்). (YAML பாகுபடுத்தி: {parser})</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>ஒரு வரி, இங்கே YAML படிக்க முடியாத எழுத்துடன் தொடங்குகிறது (டேப் (tab), அல்லது உரையின் தொடக்கத்தில் &apos;@&apos; அல்லது &apos;`&apos;). இடைவெளிகளால் மட்டும் உள்தள்ளுங்கள், அத்தகைய உரையை மேற்கோள் குறிகளுக்குள் இடுங்கள். (YAML பாகுபடுத்தி: {parser})</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>இந்த வரி &apos;key: value&apos; வடிவில் இல்லை: விசைக்குப் பின் &apos;:&apos; இல்லை, அல்லது ஒரு நீண்ட உரை தேவையானதைவிடக் குறைவாக உள்தள்ளப்பட்ட வரியில் தொடர்கிறது (நீண்ட உரைகளுக்கு &apos;&gt;-&apos; தொகுதியைப் பயன்படுத்துங்கள்). (YAML பாகுபடுத்தி: {parser})</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>உள்தள்ளல் மேலே உள்ள வரிகளுடன் பொருந்தவில்லை: ஒரு விசை-மதிப்புத் தொகுப்பின் விசைகளும், ஒரு பட்டியலின் &apos;- &apos; உருப்படிகளும் ஒரே நெடுவரிசையில் தொடங்க வேண்டும். (YAML பாகுபடுத்தி: {parser})</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>alias *{anchor}-க்கு முன் anchor &amp;{anchor} இல்லை: முதலில் anchor-ஐ வரையறுங்கள்.</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>இந்தக் கோப்பில் ஒன்றுக்கு மேற்பட்ட YAML ஆவணங்கள் (&apos;---&apos;) உள்ளன; ஒரு கோப்பில் ஒரு கேள்வித்தாளை மட்டும் வையுங்கள்.</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>ஆவணம் விரிவடைந்து {limit:,}-க்கும் மேற்பட்ட மதிப்புகளாகிறது (பொதுவாக alias-களைக் குறிக்கும் alias-களால்). மதிப்புகளை முழுமையாக எழுதுங்கள் அல்லது குறைவான alias-களைப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>மதிப்புகள் {limit} நிலைகளுக்கும் மேல் உள்ளடுக்கப்பட்டுள்ளன; கேள்வித்தாளுக்கு இது ஒருபோதும் தேவையில்லை. உள்தள்ளலைச் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>இரட்டிப்பு விசை {key!r}: இது ஏற்கெனவே வரி {first_line}-இல் கொடுக்கப்பட்டுள்ளது. YAML அவற்றில் ஒன்றை மட்டுமே வைத்திருக்கும், எனவே ஒன்றை அகற்றுங்கள் அல்லது மறுபெயரிடுங்கள்.</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>கோப்பைப் படிக்க முடியவில்லை: {reason}. பாதையையும் அனுமதிகளையும் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>ஒன்றிணைப்பு விசைகள் (&apos;&lt;&lt;: *anchor&apos;) கேள்வித்தாள்களில் ஆதரிக்கப்படவில்லை: விசைகளை முழுமையாக எழுதுங்கள் (தனியாக, முழு மதிப்பாக உள்ள alias &apos;*anchor&apos; வேலை செய்யும்).</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>{where}-இல் அறியப்படாத விசை &apos;{key}&apos;{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>{where} என்பது {found} அல்ல, {expected} ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>{where} காலியாக உள்ளது; உரையை எழுதுங்கள்.</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>{tag!r} என்ற குறிச்சொல் இங்கே அனுமதிக்கப்படவில்லை; &apos;!tag&apos; இல்லாமல் சாதாரண மதிப்பை எழுதுங்கள்.</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>விசை ஒரு சாதாரணச் சொல்லாக இருக்க வேண்டும், பட்டியலாகவோ விசை-மதிப்புத் தொகுப்பாகவோ அல்ல.</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}: &apos;{combiner}&apos; தன் நிபந்தனையில் தனியாக இருக்க வேண்டும்; பிற ஒப்பீடுகளை அதற்குள் இடுங்கள்.</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>{where} ({what})-இல் கட்டாய விசை &apos;{key}&apos; இல்லை. &apos;{key}: …&apos; என்பதைச் சேருங்கள்{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>{where}-இல் குறைந்தது {count} உருப்படிகள் இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>{where} எந்தப் பதிலைப் பார்க்கிறது என்பதைக் கூற அதற்கு &apos;question: &lt;கேள்வி id&gt;&apos; தேவை.</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>{where}-க்குச் சரியாக ஒரே ஒரு ஒப்பீடு ({operators}) தேவை; {count} காணப்பட்டன. பலவற்றை &apos;all:&apos; அல்லது &apos;any:&apos; கொண்டு இணையுங்கள்.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>{where}-க்கு &apos;{value}&apos; அனுமதிக்கப்படவில்லை.{hint} இவற்றில் ஒன்றைப் பயன்படுத்துங்கள்: {choices}.</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>{where} என்பது {value}; அது {bound} ஆக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>&apos;{key}&apos; எண் கேள்விகளுக்கு மட்டுமே பொருந்தும்; &apos;{question}&apos; கேள்வி {qtype} வகையைச் சேர்ந்தது.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>&apos;{value}&apos; ஒரு பதிப்பு எண் அல்ல: 1.0.0 போன்று major.minor.patch என மூன்று எண்களை எழுதுங்கள்.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>{where}-இல் உள்ள &apos;{value}&apos; செல்லுபடியான அடையாளங்காட்டி அல்ல; சிறிய எழுத்துகள், இலக்கங்கள், &apos;-&apos;, &apos;_&apos; அல்லது &apos;.&apos; ஆகியவற்றைப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; என்பது AISafe அறிந்த மொழிக் குறியீடு அல்ல ({where}).{hint} இவற்றில் ஒன்றைப் பயன்படுத்துங்கள்: {choices}.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>&apos;{question}&apos; கேள்வி {qtype} வகையைச் சேர்ந்தது, அதற்கு விருப்பங்கள் இருக்க முடியாது; அவற்றை அகற்றுங்கள் அல்லது வகையை மாற்றுங்கள்.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>தனியாக உள்ள &apos;{value}&apos; (value:, label: இல்லாமல்) yes_no பதிலின் சுருக்க வடிவம்; &apos;{question}&apos; கேள்வி {qtype} வகையைச் சேர்ந்தது, எனவே {{value: …, label: …}} என எழுதுங்கள்.</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>yes_no கேள்விக்கு yes, no, na ஆகிய பதில்கள் மட்டுமே உள்ளன; &apos;{value}&apos; அவற்றில் ஒன்றல்ல. பிற பதில்களுக்கு single_choice-ஐப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>{qtype} கேள்வி &apos;{question}&apos;-க்கு &apos;options&apos; கீழ் குறைந்தது இரண்டு விருப்பங்கள் தேவை.</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>அளவுகோல் கேள்வி &apos;{question}&apos;-க்கு &apos;options&apos; கீழ் குறைந்தது இரண்டு புள்ளிகள் தேவை (மதிப்பு 0, 1, …, ஒவ்வொன்றுக்கும் ஒரு விளக்கச்சீட்டுடன்).</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>அளவுகோல் புள்ளிகள் முழு எண்களாக இருக்கும் (0, 1, 2 …); &apos;{value}&apos; முழு எண் அல்ல.</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>{what}-இல் min {minimum}, max {maximum}-ஐ விட அதிகமாக (அல்லது சமமாக) உள்ளது; அவற்றை இடம் மாற்றுங்கள்.</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>அளவுகோல் கேள்வி &apos;{question}&apos;-இன் புள்ளிகள் {points}; அவற்றுக்கு இடைவெளியின்றி 0, 1, 2 … (அல்லது 1, 2, 3 …) என எண்ணிடுங்கள் (விடுபட்டவை: {missing}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}: &apos;{fragment}&apos; என்பது மேற்கோள் குறியிடப்படாத &apos;,&apos; அல்லது &apos;?&apos; இடத்தில் துண்டிக்கப்பட்ட உரையின் மீதிப் பகுதி போலத் தெரிகிறது. இந்த உரையை மேற்கோள் குறிகளுக்குள் இடுங்கள்: {key}: &quot;…, …&quot;.</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>{what} &apos;{value}&apos; இரண்டு முறை பயன்படுத்தப்பட்டுள்ளது (முதலில் வரி {first_line}-இல்); ஒவ்வொரு {what}-உம் தனித்துவமாக இருக்க வேண்டும். ஒன்றை மறுபெயரிடுங்கள்.</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>{where}-இல் {missing} உரை இல்லை; {add} சேருங்கள்.</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>{where} ஒரு சாதாரண உரை, ஆனால் கோப்பு {languages} மொழிகளை அறிவிக்கிறது; அதை ஒவ்வொரு மொழிக்கும் ஓர் உரை கொண்ட விசை-மதிப்புத் தொகுப்பாக எழுதுங்கள் ({add}).</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>{where}-இல் {extra} உரை உள்ளது, அது languages-இல் இல்லை; அந்தக் குறியீட்டை languages-இல் சேருங்கள் அல்லது அந்த உரையை அகற்றுங்கள்.</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>{count} உரைகளுக்கு &apos;{code}&apos; உரை இல்லை{found} — இது languages (வரி {line}) காரணமாக ஏற்படுகிறது; முதலில் அதைச் சரிசெய்யுங்கள்.</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>default_language &apos;{value}&apos; என்பது languages ({languages})-இல் இல்லை; அதை அங்கே சேருங்கள்.</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>நிபந்தனை &apos;{question}&apos; கேள்வியைக் குறிக்கிறது, ஆனால் அது இல்லை{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>&apos;{question}&apos; கேள்வியில் &apos;{value}&apos; விருப்பம் இல்லை; அதன் விருப்பங்கள் {options}.</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>இந்த {owner}-இன் நிபந்தனை &apos;{question}&apos; கேள்வியைப் பார்க்கிறது, ஆனால் அந்தக் கேள்வி இந்த நிபந்தனை உண்மையாக இருக்கும்போது மட்டுமே காட்டப்படுகிறது. இதை வேறொரு கேள்வியின் அடிப்படையில் அமையுங்கள் (அது முன்னரோ பின்னரோ வரலாம்; நிபந்தனைகள் பின்வரும் கேள்விகளையும் குறிக்கலாம்).</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>நிபந்தனைகள் ஒரு சுழற்சியை உருவாக்குகின்றன: {chain}; எந்தக் கேள்வியையும் முதலில் காட்ட முடியாது. இந்த நிபந்தனைகளில் ஒன்றை அகற்றிச் சுழற்சியை உடையுங்கள்.</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>&apos;{operator}&apos; எண்களையோ தேதிகளையோ ஒப்பிடுகிறது, ஆனால் &apos;{question}&apos; கேள்வி {qtype} வகையைச் சேர்ந்தது; equals அல்லது in-ஐப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>&apos;includes&apos; என்பது multiple_choice கேள்விகளுக்கானது; &apos;{question}&apos; என்பது {qtype}: equals-ஐப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>&apos;{question}&apos; பல பதில்களை அனுமதிக்கிறது; {operator}-க்குப் பதிலாக &apos;includes: VALUE&apos; அல்லது &apos;in: [VALUES]&apos; என்பதைப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>அளவுகோல் கேள்வி &apos;{question}&apos;-இல் உள்ள &apos;{operator}: {value}&apos; அதன் புள்ளிகளில் ({points}) ஒன்றாக, மேற்கோள் குறிகள் இல்லாத எண்ணாக எழுதப்பட வேண்டும்.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>&apos;{question}&apos; கேள்வி ஓர் எண் கேள்வி, எனவே &apos;{operator}&apos;-க்கு &apos;{value}&apos; அல்ல, ஓர் எண் தேவை.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>&apos;{question}&apos; கேள்வி ஒரு தேதிக் கேள்வி, எனவே &apos;{operator}&apos;-க்கு &apos;{value}&apos; அல்ல, &quot;YYYY-MM-DD&quot; என எழுதப்பட்ட உண்மையான தேதி (எ.கா. &quot;2026-12-02&quot;) தேவை.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>&apos;{question}&apos; கேள்வி ஓர் உரைக் கேள்வி, எனவே &apos;{operator}&apos;-க்கு &apos;{value}&apos; அல்ல, ஓர் உரை தேவை; அதை மேற்கோள் குறிகளுக்குள் இடுங்கள்.</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>பரிமாணம் &apos;{value}&apos; என்பது &apos;dimensions&apos; கீழ் அறிவிக்கப்படவில்லை.{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>பரிந்துரை &apos;{value}&apos; என்பது &apos;recommendations&apos; கீழ் அறிவிக்கப்படவில்லை.{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>முடிவு நிலை &apos;{value}&apos; என்பது scoring.bands கீழ் அறிவிக்கப்படவில்லை.{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>முடிவு நிலைகள் &apos;{lower}&apos;, &apos;{upper}&apos; ஆகியவை {start}-க்கும் {end}-க்கும் இடையே ஒன்றின்மேல் ஒன்று படிகின்றன; &apos;{upper}&apos;-இன் min-ஐ {end} என அமையுங்கள்.</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>{start} முதல் {end} வரையிலான மதிப்பெண்களை எந்த முடிவு நிலையும் உள்ளடக்கவில்லை; {fix}.</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>இடர் தணிப்புப் பரிமாணத்தை ஒட்டுமொத்த மதிப்பெண்ணிலும் கணக்கிட முடியாது; அதை scoring.overall-இலிருந்து அகற்றுங்கள்.</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>எந்த விருப்பமும் &apos;{value}&apos; பரிமாணத்துக்குப் புள்ளிகள் வழங்கவில்லை, எனவே அதன் மதிப்பெண் எப்போதும் 0 ஆக இருக்கும்; புள்ளிகள் வழங்குங்கள் அல்லது அதை அகற்றுங்கள்.</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>பரிந்துரை &apos;{value}&apos; எந்த விருப்பம், எச்சரிக்கைக் குறி, குறைந்தபட்ச நிலை அல்லது விளைவாலும் ஒருபோதும் தூண்டப்படுவதில்லை; அதைக் குறிப்பிடுங்கள் அல்லது அகற்றுங்கள்.</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>கோப்பில் &apos;format: 2&apos; இல்லை, எனவே அது வடிவம் 1 ஆகப் படிக்கப்படுகிறது; அதில் ஒவ்வொரு yes_no கேள்வியும் &apos;பொருந்தாது&apos; என்பதையும் வழங்குகிறது (அது அந்தக் கேள்வியை மதிப்பெண்ணிலிருந்து நீக்குகிறது). மேலே &apos;format: 2&apos; என்பதைச் சேர்த்து, na உண்மையான பதிலாக உள்ள இடங்களில் மட்டும் அதை options கீழ் பட்டியலிடுங்கள்.</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>{where}-இல் &apos;{tag}&apos; உள்ளது: உரைகள் எல்லா இடங்களிலும் (திரையிலும் PDF-இலும்) சாதாரண உரையாகக் காட்டப்படுவதால், அந்தக் குறிச்சொல் அப்படியே தோன்றும். அதை அகற்றுங்கள்.</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>{where} இல் கட்டுப்பாட்டு எழுத்து {char} உள்ளது: அது முனையத்தை இயக்கும் அல்லது திரையில் உரையைத் தலைகீழாக்கும். அதை நீக்கவும்.</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>{language} மொழிபெயர்ப்பு இல்லாத உரைகள்: {count} (முதலாவது: {first}); அவை மொழிபெயர்க்கப்படும் வரை, {language} திரைகளும் PDF-களும் அவற்றை {fallback}-இல் காட்டும். அவற்றை {translation}-இல் மொழிபெயர்த்திடுங்கள்.</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>{translation} &apos;{address}&apos; என்பதை மொழிபெயர்க்கிறது, ஆனால் அது இந்தக் கேள்வித்தாளில் இல்லை (நகர்த்தப்பட்டது அல்லது அகற்றப்பட்டது); அதை அந்த உரையின் புதிய முகவரிக்கு நகர்த்துங்கள் அல்லது நீக்குங்கள்.</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>&apos;{address}&apos;-இன் {language} உரையில் {found} என்ற இடஒதுக்கிகள் உள்ளன, {fallback} உரையில் {expected} உள்ளன; ஒவ்வொரு {{placeholder}}-ஐயும் {fallback}-இல் எழுதியுள்ளபடியே துல்லியமாக வைத்திருங்கள்.</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>{translation} {questionnaire}-இன் பதிப்பு {version}-ஐ அல்ல, பதிப்பு {found}-ஐ மொழிபெயர்க்கிறது, எனவே அது பயன்படுத்தப்படவில்லை; அதன் உரைகளைப் புதுப்பித்து version: {version} என அமையுங்கள்.</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>{translation} ஒரு மொழிபெயர்ப்புக் கோப்பு அல்ல (அதற்கு questionnaire, version, language (அறியப்பட்ட குறியீடு), status (draft அல்லது reviewed), texts ஆகியவை தேவை); அதன் தலைப்புப் பகுதியைச் சரிசெய்யுங்கள்.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>உங்கள் நிறுவனம்</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>1 முதல் 9 பேர்</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 முதல் 49 பேர்</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 முதல் 249 பேர்</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 பேர் அல்லது அதற்கு மேல்</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>அரசு முகமை அல்லது பொது அமைப்பு</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>நிறுவனத்தின் பெயர்</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>பதிவு எண்</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>நாடு</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>துறை</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>தொடர்பு நபர்</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>தொடர்பு மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>உங்கள் அறிக்கைகளில் தோன்ற வேண்டியவாறு.</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>எடுத்துக்காட்டாக உங்கள் SSM, ACRA அல்லது DBD எண். விருப்பத்தேர்வு.</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>நிறுவனம் அமைந்துள்ள இடம்.</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>எடுத்துக்காட்டாக சில்லறை வணிகம், சுகாதாரம், நிதி அல்லது கல்வி.</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>நிறுவனத்தில் எத்தனை பேர் பணியாற்றுகின்றனர்.</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>மதிப்பீடுகள் பற்றிய கேள்விகளுக்குப் பதிலளிப்பவர். விருப்பத்தேர்வு.</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>அந்த நபரின் மின்னஞ்சல் முகவரி. விருப்பத்தேர்வு.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>நாட்டைத் தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>அளவைத் தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>எ.கா. சில்லறை வணிகம்</translation>
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
        <translation>நீங்கள் வேறு என்ன பதிலளித்தாலும், இந்தப் பதில் முடிவை {band} ஆக்குகிறது: {message} இந்த AI அமைப்பைப் பயன்படுத்துவதற்கு முன் நிறுத்தி ஆலோசனை பெறுங்கள்.</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>இடைக்கால முடிவு: {band} ({percent} %).</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>இதுவரை பொருந்தும் {total} கேள்விகளில் பதிலளிக்கப்பட்ட %n கேள்வியின் அடிப்படையில். மீதமுள்ளவற்றுக்குப் பதிலளிக்கும்போது முடிவு இன்னும் மாறலாம்.</numerusform>
            <numerusform>இதுவரை பொருந்தும் {total} கேள்விகளில் பதிலளிக்கப்பட்ட %n கேள்விகளின் அடிப்படையில். மீதமுள்ளவற்றுக்குப் பதிலளிக்கும்போது முடிவு இன்னும் மாறலாம்.</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>இதுவரையிலான எச்சரிக்கைக் குறிகள்:</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>இதுவரையிலான முடிவு</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>விரிக்கப்பட்டுள்ளது. {guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>சுருக்கப்பட்டுள்ளது. இந்தக் கேள்விக்கான வழிகாட்டுதலைக் காண Space விசையை அழுத்துங்கள்.</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>இந்தப் பதில் குறித்து முகமை கருத்துத் தெரிவித்துள்ளது:</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>இன்னும் சேமிக்கப்படவில்லை. உங்கள் பதில் இங்கே வைக்கப்பட்டுள்ளது; செயலி அதைச் சேமிக்கத் தொடர்ந்து முயல்கிறது.</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>இந்தக் கேள்வி {language}-இல் உள்ளது.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>கட்டாயம்.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>விருப்பத்தேர்வு.</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>உங்கள் நிறுவனச் சுயவிவரத்திலிருந்து முன்கூட்டியே நிரப்பப்பட்டது. இந்த மதிப்பீட்டுக்குப் பொருந்தவில்லை எனில் மாற்றுங்கள்.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>கட்டாயம்</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>பதிலை அழி</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>பதிலை அழி: {question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>இந்தக் கேள்விக்கான பதிலை நீக்கு</translation>
    </message>
    <message>
        <source>History</source>
        <translation>வரலாறு</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>வரலாறு: {question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>இந்தப் பதிலும் அதன் கருத்தும் எப்போது, எவ்வாறு மாறின</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>ஏன் கேட்கிறோம்</translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation>ஏன் கேட்கிறோம்: {question}</translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation>சான்று அல்லது கருத்து: {question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>விருப்பத்தேர்வு: ஒரு குறிப்பு, ஆவணத்தின் பெயர் அல்லது சான்றுக்கான இணைப்பு</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>கையொப்பமிட்ட மறுஆய்வு ஒப்புகைச் சீட்டு</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>ஒப்புகைச் சீட்டு உங்கள் முடிவையும் ஒவ்வொரு கருத்தையும் வணிகத்துக்குத் தெரிவிக்கிறது; அது உங்களிடமிருந்தே வந்தது என்பதை அவர்களின் செயலி சரிபார்க்கும்படி, உங்கள் முகமையின் அடையாளத்தால் கையொப்பமிடப்படுகிறது.</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>கையொப்ப அடையாளம் (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>கடவுச்சொற்றொடர் (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>ஒப்புகைச் சீட்டின் மொழி (&amp;L)</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>இன்னும் கையொப்ப அடையாளம் இல்லை: முதலில் அமைப்புகள் → கையொப்ப அடையாளங்கள் என்பதில் ஒன்றை உருவாக்குங்கள்.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>ஒப்புகைச் சீட்டைச் சேமி</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>கையொப்பமிட்ட ஒப்புகைச் சீட்டு {file}-இல் சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>{agency} வழங்கிய மறுஆய்வு</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>முகமையால் ஏற்கப்பட்டது</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>மாற்றங்களுக்காகத் திருப்பி அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>முகமையில் மறுஆய்வில் உள்ளது</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>முகமையால் பெறப்பட்டது</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency} ({decision}, {date}): {comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>{date}-க்குள் மீண்டும் சமர்ப்பிக்கவும்</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>ஒப்புகைச் சீட்டு கையொப்பமிடப்பட்டு மாற்றமின்றி உள்ளது, ஆனால் அதில் கையொப்பமிட்டவர் உங்கள் நம்பகப் பட்டியலில் இல்லை: முகமையுடன் கைரேகையைச் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>முடிவு</translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation>{signer} ({fingerprint}) கையொப்பமிட்டது; {date} அன்று முடிவெடுக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation>முகமை எந்தக் கருத்தும் தெரிவிக்கவில்லை.</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>முழு அறிக்கை குறித்து</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>உங்கள் பதில்: {answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(பதிலளிக்கப்படவில்லை)</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>முகமை: {comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>அறிக்கையில் உள்ள பதில்கள்</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>இந்த அறிக்கை ஒரு சரிபார்ப்பில் தோல்வியடைந்தது: இந்தப் பதில்களை நம்ப வேண்டாம்.</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>இந்தக் கேள்வித்தாள் இங்கு நிறுவப்படவில்லை: பதில்கள் கேள்வி அடையாளத்தின்படி காட்டப்படுகின்றன.</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>இந்த அறிக்கையில் பதில்கள் எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(பதிலளிக்கப்படவில்லை)</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>கருத்து அல்லது சான்று: {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>பெறப்பட்ட அறிக்கை</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ஏற்றுகிறது…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>சரிபார்ப்பு முடிவு</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ நம்பகமானது: கையொப்பமிடப்பட்டது, மாற்றமின்றி உள்ளது, கையொப்பமிட்டவர் உங்கள் நம்பகப் பட்டியலில் உள்ளார்.</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ நம்பகமற்றது: கையொப்பமிடப்பட்டு மாற்றமின்றி உள்ளது, ஆனால் நீங்கள் நம்பும் எவரும் கையொப்பமிட்டவருக்கு உத்தரவாதம் அளிக்கவில்லை. இதை நம்புவதற்கு முன் வணிகத்துடன் கைரேகையை ஒப்பிடுங்கள்.</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ செல்லாதது: இந்தக் கோப்பை நம்ப வேண்டாம்.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>சுருக்கம்</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>பதில்கள்</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>மாற்றங்கள்</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>மறுஆய்வு</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>கையொப்பமிட்டவர்</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>கைரேகை (SHA-256)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>நிறுவனம்</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>நாடு</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>துறை</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>AI அமைப்பு</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>கேள்வித்தாள்</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>முடிவு (மீண்டும் மதிப்பிடப்பட்டது)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>மதிப்பெண்</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு எண்</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>கூறப்படும் கையொப்ப நேரம்</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>பெறப்பட்டது</translation>
    </message>
    <message>
        <source>File</source>
        <translation>கோப்பு</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>எச்சரிக்கைக் குறிகள்</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>இந்த முடிவுக்கான காரணம்</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>இந்தக் கேள்வித்தாள் பதிப்பு இங்கு நிறுவப்படவில்லை: பதில்களை அவற்றின் கேள்விகளுடன் காட்ட முடியாது.</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>காட்டுவதற்குச் சரிபார்க்கப்பட்ட பதில்கள் இல்லை.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>பிரிவு</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(பதிலளிக்கப்படவில்லை)</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>பதிலளிப்பவரின் கருத்து அல்லது சான்று: {text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>இந்தப் பதில் குறித்துக் கருத்து தெரிவி…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>இது குறித்த கருத்து: {question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>அறிக்கை {id}-இன் மறுசமர்ப்பிப்பு, {when} அன்று பெறப்பட்டது.</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>முடிவு: {before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>எந்தப் பதிலும் மாறவில்லை.</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>முன்பு: {before}
இப்போது: {after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}, {when}: {text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>அலுவலர்</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>முழு அறிக்கை குறித்த கருத்து (விருப்பத்தேர்வு)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>நிலை (&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>கருத்து (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>காலக்கெடு (திருப்பி அனுப்பப்பட்ட அறிக்கைகள்) (&amp;D)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>தற்போதைய நிலை</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>மறுஆய்வைச் சேமி</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>கையொப்பமிட்ட ஒப்புகைச் சீட்டு…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>வரலாறு</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(காலக்கெடு {date})</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>ஒரு பதில் குறித்த கருத்து</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>கையொப்பமிட்ட அறிக்கையைச் சரிபார்</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF கோப்புகள் (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>கைரேகையை ஒப்பிட்ட பிறகு சரிபார்ப்புத் திரையிலிருந்து நம்பப்பட்டது</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>இந்த முடிவுக்கான காரணம்</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>இந்த நிலை உங்களிடம் கேட்பது</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>முடிவு: {band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>கேள்வித்தாளின் அளவுகோலில் முடிவு</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}: {count}-இல் முடிவு நிலை {number} ({bands}); ஒட்டுமொத்த மதிப்பெண் {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>{count}-இல் முடிவு நிலை {number} · ஒட்டுமொத்த மதிப்பெண் {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>ஒட்டுமொத்த மதிப்பெண்: {score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>எச்சரிக்கைக் குறிகள்</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>எச்சரிக்கைக் குறி</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>இடர்ப் பகுதிகள் (மதிப்பெண் அதிகமானால் தீவிரமும் அதிகம்)</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>பகுதிவாரியான மதிப்பெண்கள் (அதிகமானது சிறந்தது)</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>பாதுகாப்பு நடவடிக்கைகள் (அதிகமானது சிறந்தது)</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>முதலில் செய்யவும்</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>அடுத்துச் செய்யவும்</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>உங்களால் முடியும்போது</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>அடுத்து என்ன செய்ய வேண்டும்</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>உங்கள் செயல் திட்டம்: ஒவ்வொரு படியும் முடிந்ததும் அதைக் குறியிடுங்கள், அதற்கு ஒரு பொறுப்பாளரையும் இறுதித் தேதியையும் வழங்குங்கள். இந்தத் திட்டம் மதிப்பீட்டுடன் சேமிக்கப்பட்டு, கையொப்பமிட்ட அறிக்கையில் அச்சிடப்படும்.</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>பதில்களுக்குத் திரும்பு (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>கையொப்பமிட்ட PDF-ஐ ஏற்றுமதி செய்… (&amp;E)</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>மாற்றப் பதிவு… (&amp;L)</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>இந்த மதிப்பீடு உருவாக்கப்பட்ட, பதிலளிக்கப்பட்ட, நிறைவுசெய்யப்பட்ட, ஏற்றுமதி செய்யப்பட்ட, மேம்படுத்தப்பட்ட நேரங்கள் (Alt+L)</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>மற்றவர்கள் சரிபார்க்கக்கூடிய, கையொப்பமிட்ட PDF அறிக்கையை உருவாக்கு</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>சேமிக்கிறது…</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>சேமிக்கப்படவில்லை: கேள்வியில் உள்ள குறிப்பைப் பாருங்கள்</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>%n பதில் இன்னும் சேமிக்கப்படவில்லை: மீண்டும் முயல்கிறது</numerusform>
            <numerusform>%n பதில்கள் இன்னும் சேமிக்கப்படவில்லை: மீண்டும் முயல்கிறது</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time}-க்குச் சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>சேமிப்பு நிலை</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>முழுமையானது</translation>
    </message>
    <message>
        <source>started</source>
        <translation>தொடங்கப்பட்டது</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>தொடங்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>பிரிவுகள்</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>ஒரு பிரிவுக்குச் செல்ல அதைத் தேர்ந்தெடுங்கள். குறுக்குவிசை: F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>காப்புப்பிரதியை மீட்டெடு</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>இந்தக் காப்புப்பிரதியில் இருந்த நிலைக்குத் தரவைத் திருப்பவா? அதன் பிறகு செய்த மாற்றங்கள் மீட்டெடுக்கப்பட்ட தரவில் இருக்காது; ஆனால் தற்போதைய தரவு முதலில் ஒரு நகலாக வைக்கப்படும்.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>மீட்டெடு</translation>
    </message>
    <message>
        <source>General</source>
        <translation>பொது</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>இயக்க முறைமையைப் போலவே</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>வெளிர்</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>இருண்ட</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>உயர் மாறுபாடு</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation>செயலியின் மொழி. உடனே மாறும்.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>எழுத்து அளவு</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>அனைத்து உரையையும் பெரிதாக்கும்</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>வண்ணங்கள்</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>வெளிர், இருண்ட அல்லது உயர் மாறுபாடு; உடனே மாறும்</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>உங்கள் தரவு</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>நீங்கள் உள்ளிடும் அனைத்தும் இந்தக் கணினியில் உள்ள இந்தக் கோப்புறையில் மட்டுமே வைக்கப்படுகின்றன, வேறு எங்கும் அல்ல:</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>தரவுக் கோப்புறை: {folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>தரவுக் கோப்புறையைத் திற</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>காப்புப்பிரதிகள்</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>நீங்கள் செயலியைப் பயன்படுத்தும் ஒவ்வொரு நாளும், ஒவ்வொரு புதுப்பிப்புக்கு முன்பும் காப்புப்பிரதி எடுக்கப்படுகிறது. காப்புப்பிரதிக் கோப்புறையை அவ்வப்போது USB சாதனத்துக்கு நகலெடுங்கள்.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>காப்புப்பிரதிகள், புதியவை முதலில்</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>மீட்டெடுக்க ஒரு காப்புப்பிரதியைத் தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>இப்போதே காப்புப்பிரதி எடு</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>காப்புப்பிரதிக் கோப்புறையைத் திற</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>தேர்ந்தெடுத்த காப்புப்பிரதியை மீட்டெடு…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>அறிமுகம்</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version}. இணையம் இன்றி இயங்கும்; எங்கும் தரவை அனுப்பாது. பின்வரும் நூலகங்களையும் எழுத்துருக்களையும் கொண்டு, அவற்றின் உரிமங்களின் கீழ் உருவாக்கப்பட்டது:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>எல்லா இடங்களிலும்</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>பதிலளிக்கும்போது</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>முகப்பு</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>குறுக்குவிசைகளின் இந்தப் பட்டியல்</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>புதிய மதிப்பீட்டைத் தொடங்கு</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>மதிப்பீடுகளின் பட்டியலுக்குத் திரும்பு</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>அமைப்புகள்: மொழி, எழுத்து அளவு, காப்புப்பிரதிகள்</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>வெளியேறு (பதில்கள் சேமிக்கப்படாவிட்டால் முதலில் கேட்கும்)</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>அடுத்த / முந்தைய கட்டுப்பாடு</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + அடிக்கோடிட்ட எழுத்து</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>அந்த எழுத்தைக் கொண்ட பொத்தான் அல்லது புலம்</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>மதிப்பீடுகளில் தேடு</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>பதில்கள் கோப்பை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>தேர்ந்தெடுத்த மதிப்பீட்டைத் திற</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation>தேர்ந்தெடுத்த மதிப்பீட்டைக் குப்பைத் தொட்டிக்கு நகர்த்து (செயல்தவிர்க்கலாம்)</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>அடுத்த பிரிவு (கடைசியில் “முடி”)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>முந்தைய பிரிவு</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter (ஒரு தேர்வின் மீது)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>அடுத்த பிரிவு</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>பிரிவுகளின் பட்டியலுக்குச் செல்</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>அம்புக்குறி விசைகள்</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>ஒரு கேள்வியின் விருப்பங்களுக்கு இடையே நகர்த்து</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>ஒரு விருப்பத்தைத் தேர்ந்தெடுங்கள்; &quot;ஏன் கேட்கிறோம்&quot; என்பதைக் காட்டு அல்லது மறை</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>இதுவரையிலான இடைக்கால முடிவு</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>குறுக்குவிசைகள்</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>AISafe Desktop-இல் அனைத்தையும் விசைப்பலகை மூலம் செய்யலாம். பொத்தான்கள் தங்கள் குறுக்குவிசையைக் குறிப்புரையிலும் காட்டுகின்றன.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>எங்கே</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>விசைகள்</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>இது என்ன செய்கிறது</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>ஏற்கெனவே திறந்துள்ளது</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>அதே தரவுடன் AISafe Desktop ஏற்கெனவே வேறொரு சாளரத்தில் திறந்துள்ளது. அந்தச் சாளரத்துக்கு மாறுங்கள், அல்லது அதை மூடிவிட்டு செயலியை மீண்டும் தொடங்குங்கள்.</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>புதிய பதிப்பின் தரவு</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>உங்கள் தரவு AISafe Desktop-இன் புதிய பதிப்பால் சேமிக்கப்பட்டது. அது மாற்றப்படவில்லை. அதைத் திறக்க அந்தப் பதிப்பை (அல்லது அதற்குப் பிந்தையதை) நிறுவுங்கள்.</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>தரவு சேதமடைந்துள்ளது</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>தரவுக் கோப்பு சேதமடைந்துள்ளதால் திறக்க முடியவில்லை. அது மாற்றப்படவில்லை. சமீபத்திய காப்புப்பிரதியை ({backup}) மீட்டெடுக்கவா? சேதமடைந்த கோப்பு ஒரு நகலாக வைக்கப்படும்.</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>தரவுக் கோப்பு சேதமடைந்துள்ளது, காப்புப்பிரதி எதுவும் கிடைக்கவில்லை. அது மாற்றப்படவில்லை. உங்கள் தகவல் தொழில்நுட்ப ஆதரவுக் குழுவைத் தொடர்புகொள்ளுங்கள்; அவர்கள் தரவுக் கோப்புறையில் உள்ள கோப்பைப் பார்க்கலாம்.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>உங்கள் தரவைத் திறக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>காப்புப்பிரதியை மீட்டெடு</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>நம்பகமானது: நீங்கள் நம்பும் ஒருவரால் கையொப்பமிடப்பட்டது, மாற்றமின்றி உள்ளது</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>{file} உங்கள் நம்பகப் பட்டியலில் உள்ள ஒருவரால் கையொப்பமிடப்பட்டது, அதன் பின் மாற்றப்படவில்லை. உள்ளே உள்ள பதில்கள் அது கூறும் முடிவையே தருகின்றன.</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>நம்பகமற்றது (UNTRUSTED): மாற்றமின்றி உள்ளது, ஆனால் கையொப்பமிட்டவர் உங்கள் நம்பகப் பட்டியலில் இல்லை</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>{file} கையொப்பமிட்டதிலிருந்து மாற்றப்படவில்லை. ஆனால் யார் வேண்டுமானாலும் எந்தப் பெயரிலும் ஒரு விசையை உருவாக்கலாம்: இதை நம்புவதற்கு முன், கீழே உள்ள கைரேகையைக் கையொப்பமிட்டவருடன் தொலைபேசியில் ஒப்பிடுங்கள்.</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>இந்த அறிக்கையை நம்ப வேண்டாம்</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>{file} மாற்றமின்றி உள்ளது, ஆனால் அதில் கையொப்பமிட்டவரின் சான்றிதழ் ஏற்கத்தக்கதல்ல: {reason}.</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>அது ரத்து செய்யப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>கூறப்படும் கையொப்ப நேரத்தில் அது செல்லுபடியாக இல்லை</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>ஆவணங்களில் கையொப்பமிட அதைப் பயன்படுத்தக்கூடாது</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>அதன் சான்றிதழ்ச் சங்கிலி நிராகரிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>உங்கள் நம்பகப் பட்டியலில் உள்ளது</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>உங்கள் நம்பகப் பட்டியலில் இல்லை</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>கையொப்பமிட்டவர்: {signer}
நிறுவனம்: {organisation} ({country})
கைரேகை (SHA-256): {fingerprint}
கூறப்படும் கையொப்ப நேரம்: {when} (கையொப்பமிட்டவரின் சொந்தக் கடிகாரம்)
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>இந்தக் கையொப்பமிட்டவரை நம்பவா?</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>{signer} ({organisation}) அவர்களை உங்களுக்கு ஏற்கெனவே தெரிந்த தொலைபேசி எண்ணில் அழையுங்கள் — இந்த அறிக்கையில் உள்ள எண்ணில் அல்ல — அவர்களின் கைரேகையை வாசிக்கச் சொல்லுங்கள். அது சரியாக இவ்வாறு இருந்தால் மட்டுமே நம்புங்கள்:

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>இந்த விசை கையொப்பமிடும் ஒவ்வோர் அறிக்கையும் இனி நம்பகமானதாகக் காட்டப்படும். அமைப்புகள் → நம்பகமான கையொப்பமிட்டவர்களும் முகமைகளும் என்பதில் இதை நீக்கலாம்.</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>அவை பொருந்துகின்றன: இந்தக் கையொப்பமிட்டவரை நம்பு</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>முகமையின் CA (அது வழங்கும் ஒவ்வொரு சான்றிதழையும் நம்புகிறது)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>கையொப்பமிட்டவர்</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>(கைரேகையால் மட்டுமே அறியப்படுகிறது)</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>{when} அன்று {who} சேர்த்தது</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>{when} தேதியிட்ட ரத்துப் பட்டியல்</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>சான்றிதழை நம்பு</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>சான்றிதழ்களும் ரத்துப் பட்டியல்களும் (*.pem *.crt *.cer *.der *.crl);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>நம்புவதை நிறுத்து</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>{name}-ஐ நம்புவதை நிறுத்தவா? அதன் அறிக்கைகள் பின்னர் நம்பகமற்றவை (UNTRUSTED) எனச் சரிபார்க்கப்படும்.</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>நம்பகமான கையொப்பமிட்டவர்களும் முகமைகளும்</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>இந்தக் கையொப்பமிட்டவர்களின் அறிக்கைகள், அல்லது இந்த முகமை CA-க்களின் சான்றிதழ் கொண்ட அறிக்கைகள், நம்பகமானவையாகச் சரிபார்க்கப்படும். வேறு எவருடைய அறிக்கைகளும், அவற்றில் என்ன பெயர் இருந்தாலும், நம்பகமற்றவை (UNTRUSTED) எனக் காட்டப்படும்.</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>சான்றிதழ் அல்லது ரத்துப் பட்டியலைச் சேர்…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>நம்புவதை நிறுத்து…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>இந்தக் கேள்வித்தாளின் புதிய பதிப்பு ({new}) நிறுவப்பட்டுள்ளது; இந்த மதிப்பீடு பதிப்பு {old}-ஐப் பயன்படுத்துகிறது.</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>பதிப்பு {version}-க்கு மேம்படுத்து…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>புதிய கேள்வி</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>நீக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>வேறு வகையான பதில்</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>வேறுபட்ட பதில் தேர்வுகள்</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>மாற்றி எழுதப்பட்டது</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — உங்கள் பதில்: {answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>கேள்வி மாறியுள்ளது: உங்கள் பதில் இன்னும் பொருந்துகிறதா எனச் சரிபாருங்கள்</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — புதிய கேள்வி</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>அது இப்போது வேறு வகையான பதிலை ஏற்கிறது</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — உங்கள் பதில் ({answer}) இனி பொருந்தாது: {why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — உங்கள் பதில் ({answer}) வரலாற்றில் வைக்கப்படும்</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>பதிப்பு {version}-க்கு மேம்படுத்து</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>{questionnaire}: பதிப்பு {old} → {new}. ஒவ்வொரு பதிலும் அதன் வரலாறும் வைக்கப்படும்; நீங்கள் “மேம்படுத்து” என்பதைத் தேர்ந்தெடுக்கும் வரை எதுவும் மாறாது.</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>கேள்வித்தாளில் மாறியவை ({count})</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>எந்தக் கேள்வியும் மாறவில்லை.</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>தொடரும் பதில்கள் ({count})</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>எந்தப் பதிலும் தொடரவில்லை.</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>புதிய பதில் தேவைப்படும் கேள்விகள் ({count})</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>ஏதுமில்லை: ஒவ்வொரு பதிலும் இன்னும் பொருந்துகிறது.</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>நீக்கப்பட்ட கேள்விகளுக்கான பதில்கள் ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ஏதுமில்லை.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>மேம்படுத்து</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>கையொப்பமிட்ட அறிக்கையைச் சரிபார்</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>இந்தக் கையொப்பமிட்டவரை நம்பு…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>பதில்களைக் காட்டு…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>இந்த அறிக்கையை நம்ப வேண்டாம்</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>{file} கீழே உள்ள குறைந்தது ஒரு சரிபார்ப்பில் தோல்வியடைந்தது. கையொப்பமிட்ட பிறகு அது மாற்றப்பட்டிருக்கலாம், அல்லது அது AISafe அறிக்கை அல்ல.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>சரிபார்ப்புகள்: %n தோல்வியடைந்தது</numerusform>
            <numerusform>சரிபார்ப்புகள்: %n தோல்வியடைந்தன</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>சரிபார்ப்புகள்: எதுவும் தோல்வியடையவில்லை</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>சரிபார்க்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>தேர்ச்சி</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>கோப்பைத் திறக்க முடியவில்லை: அது இல்லை அல்லது அதைப் படிக்க அனுமதி இல்லை.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>கோப்பு PDF ஆவணம் அல்ல.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>கோப்பு சேதமடைந்துள்ளது அல்லது AISafe Desktop படிக்கக்கூடிய PDF அல்ல.</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>கோப்பின் அளவு {size} பைட்டுகள்; {limit} பைட்டுகளுக்கு மேற்பட்ட அறிக்கைகள் நிராகரிக்கப்படுகின்றன.</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>கோப்பின் ஒரு பகுதி விரியும்போது {limit} பைட்டுகளுக்கு மேல் ஆகிறது; கோப்பு நிராகரிக்கப்படுகிறது.</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>கோப்பில் {limit}-க்கு மேற்பட்ட பக்கங்கள் உள்ளன; கோப்பு நிராகரிக்கப்படுகிறது.</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>கோப்பில் {limit}-க்கு மேற்பட்ட உள் பொருள்கள் உள்ளன; கோப்பு நிராகரிக்கப்படுகிறது.</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>கோப்பு {count} முறை மேலெழுதிச் சேமிக்கப்பட்டுள்ளது (வரம்பு {limit}); அது நிராகரிக்கப்படுகிறது.</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>கோப்பின் உள் கட்டமைப்பு {limit} நிலைகளுக்கு மேல் ஆழமாக அடுக்கப்பட்டுள்ளது; அது நிராகரிக்கப்படுகிறது.</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>கோப்பு தனக்கு வெளியே உள்ளவற்றைச் சுட்டுகிறது ({what}); இத்தகைய கோப்புகள் நிராகரிக்கப்படுகின்றன.</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>கோப்பில் கையொப்பமிடப்படவில்லை.</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>கோப்பில் சரியாக ஒரு AISafe கையொப்பம் இருக்க வேண்டும்; அதில் {count} உள்ளன.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>கையொப்பமிட்ட பிறகு கோப்பு மாற்றப்பட்டது: கையொப்பம் அதன் உள்ளடக்கத்துடன் பொருந்தவில்லை.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>கையொப்பம் முழுக் கோப்பையும் உள்ளடக்கவில்லை: அதைச் சுற்றி ஏதோ சேர்க்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>கையொப்பமிட்ட பிறகு ஏதோ ஒன்று சேர்க்கப்பட்டது: {what}.</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>கோப்பில் கையொப்பமிட்ட பதில்கள் (answers.json) இல்லை.</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>கோப்பில் answers.json ஒன்றுக்கு மேற்பட்ட முறை உள்ளது.</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>உட்பொதிக்கப்பட்ட பதில்கள் (answers.json) சேதமடைந்துள்ளன அல்லது அறியப்படாத முறையில் சேமிக்கப்பட்டுள்ளன.</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>உட்பொதிக்கப்பட்ட பதில்கள் விரியும்போது {limit} பைட்டுகளுக்கு மேல் ஆகின்றன; அவை நிராகரிக்கப்படுகின்றன.</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>உட்பொதிக்கப்பட்ட பதில்கள் படிக்கக்கூடிய JSON உரை அல்ல.</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>உட்பொதிக்கப்பட்ட பதில்களில் {path} இடத்தில் பிழை உள்ளது: {problem}.</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>{questionnaire} கேள்வித்தாள் இங்கு நிறுவப்படவில்லை; பதில்களை மீண்டும் சரிபார்க்க அதன் கோப்பைச் சேருங்கள்.</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>எந்தக் கேள்வித்தாள் கோப்பு பயன்படுத்தப்பட்டது என்பதை உட்பொதிக்கப்பட்ட பதில்கள் துல்லியமாகக் கூறவில்லை (SHA-256 இல்லை).</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>இங்கு நிறுவப்பட்டுள்ள கேள்வித்தாள், அறிக்கை உருவாக்கப்பட்ட கேள்வித்தாளிலிருந்து வேறுபடுகிறது.</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>கையொப்பமிட்ட பதில்கள் கேள்வித்தாளின் விதிகளை மீறுகின்றன: {problems}.</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>கட்டாயமான கேள்விகளுக்குப் பதில் இல்லை ({questions}), ஆனால் அறிக்கை முழுமையற்றது எனக் குறிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>பதில்களில் கூறப்பட்ட முடிவு ({stated}), அவற்றுக்கு மீண்டும் மதிப்பெண் இட்டதில் கிடைத்த முடிவிலிருந்து ({rescored}) வேறுபடுகிறது.</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>பக்கங்கள் {stated} எனக் கூறுகின்றன, கையொப்பமிட்ட பதில்கள் {rescored} எனத் தருகின்றன.</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>பதில்களுடன் ஒப்பிடுவதற்காக அறிக்கைப் பக்கங்களின் உரையைப் படிக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>PDF கட்டமைப்பைப் படிக்க முடிந்தது</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>ஒரு கையொப்பம்</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>கையொப்பமிடப்பட்ட பைட்டுகள் கையொப்பத்துடன் பொருந்துகின்றன</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>கையொப்பம் முழுக் கோப்பையும் உள்ளடக்குகிறது</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>கையொப்பமிட்ட பிறகு எதுவும் சேர்க்கப்படவில்லை</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>கையொப்பமிடப்பட்ட பதிப்பிலிருந்து {attachment} படிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>answers.json-இல் எதிர்பார்க்கப்பட்ட புலங்கள், வகைகள், அளவுகள் உள்ளன</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>{questionnaire} இங்கே நிறுவப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>அறிக்கைக்குப் பயன்படுத்தப்பட்ட கோப்பின் அதே SHA-256</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>ஒவ்வொரு பதிலும் கேள்வித்தாளுக்குச் செல்லுபடியானது</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>ஒவ்வொரு பதிலும் கேள்வித்தாளுக்குச் செல்லுபடியானது; அறிக்கை முழுமையற்றது எனக் குறிக்கப்பட்டுள்ளது: கட்டாயமான {count} கேள்விகளுக்குப் பதிலளிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>மீண்டும் மதிப்பெண் இடுவது கூறப்பட்டபடியே “{band}” ({score}) என்பதைத் தருகிறது</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>அட்டைப் பக்கமும் சுருக்கமும் மீண்டும் மதிப்பிடப்பட்ட முடிவைக் கூறுகின்றன</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>சான்றிதழ் சங்கிலி நீங்கள் நம்பும் {anchor} வரை இணைகிறது</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>உங்கள் நம்பகப் பட்டியல் காலியாக உள்ளது: கையொப்பமிட்டவர் உங்களுக்குத் தெரியாதவர்</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>கையொப்பமிட்டவர் {fingerprint} உங்கள் நம்பகப் பட்டியலில் இல்லை, நீங்கள் நம்பும் எந்த CA-வும் அவருடைய சான்றிதழை வழங்கவில்லை</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>கையொப்பமிட்டவரின் சான்றிதழ் (அல்லது அதை வழங்கியவரின் சான்றிதழ்) ரத்து செய்யப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>கூறப்பட்ட கையொப்ப நேரத்தில் கையொப்பமிட்டவரின் சான்றிதழ் செல்லுபடியாக இல்லை ({start} முதல் {end} வரை செல்லுபடியாகும்)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>கையொப்பமிட்டவரின் சான்றிதழுக்கு ஆவணங்களில் கையொப்பமிட அனுமதி இல்லை (key usage)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>கையொப்பமிட்டவரின் சான்றிதழ் சங்கிலி நிராகரிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>கையொப்பமிட்டவரைப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>ஆவணத்தின் தகவலில் (எ.கா. அதன் தலைப்பில்) அல்லது சரிபார்ப்புத் தரவில் ஒரு மாற்றம்</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>நிரப்பப்பட்ட படிவப் புலங்கள்</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>பக்கங்களில் உள்ள கருத்துகள் அல்லது குறியீடுகள்</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>ஆவணத்தின் உள்ளடக்கத்தில் மாற்றங்கள்</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>{target} வகைச் செயல்</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>{target}-க்கான இணைப்பு</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>{target} கோப்பு</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>URL மூலமான கோப்பு விவரக்குறிப்பு</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>வேறொரு கோப்பில் வைக்கப்பட்டுள்ள ஸ்ட்ரீம் (stream) தரவு</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>வேறொரு கோப்பிலிருந்து இறக்குமதி செய்யப்பட்ட பக்கம்</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>{total} பிரிவுகளில் %n முடிந்தது</numerusform>
            <numerusform>{total} பிரிவுகளில் %n முடிந்தன</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>இதுவரை பொருந்தும் {total} கேள்விகளில் %n கேள்விக்குப் பதிலளிக்கப்பட்டது</numerusform>
            <numerusform>இதுவரை பொருந்தும் {total} கேள்விகளில் %n கேள்விகளுக்குப் பதிலளிக்கப்பட்டது</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>சில பதில்கள் மேலும் கேள்விகளைப் பொருந்தச் செய்வதால், நீங்கள் முன்னேறும்போது கேள்விகளின் எண்ணிக்கை கூடலாம்.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>முடி (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>அடுத்து (&amp;N)</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>முடிவைக் காண் (Alt+Right)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>அடுத்த பிரிவு (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>பின்செல் (&amp;B)</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>முந்தைய பிரிவு (Alt+Left)</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>இது எப்படிக் கணக்கிடப்படுகிறது?</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>இதுவரையிலான முடிவு (&amp;S)</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>இதுவரை அளித்த பதில்களின் இடைக்கால முடிவைக் காண் (Alt+S)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>உள்வரும் பெட்டித் தரவுத்தளக் கடவுச்சொல்</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>{where}-க்கான கடவுச்சொல் (இந்த அமர்வுக்கு மட்டுமே வைக்கப்படும்):</translation>
    </message>
</context>
</TS>
