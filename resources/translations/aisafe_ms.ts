<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>Belum disimpan. Apa yang anda taip disimpan di sini dan aplikasi terus cuba menyimpannya.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Done: {recommendation}</source>
        <translation>Selesai: {recommendation}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>Pemilik bagi: {recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>Siapa yang akan memastikan langkah ini dilaksanakan</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>Tarikh akhir bagi: {recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>Tarikh ditulis YYYY-MM-DD, cth. 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>Item pelan tindakan</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Soal selidik</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Sistem AI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Kali terakhir diubah</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang dijawab</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Laporan dieksport</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation>Sedang diproses…</translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation>Permintaan {file} telah disimpan. Hantarkannya kepada agensi.</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>Sijil daripada {issuer} telah dipasang. Laporan anda kini membawanya.</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>CA {file} telah dicipta. Berikan {certificate} kepada setiap pengesah; cap jarinya ialah {fingerprint}.</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>{file} telah dikeluarkan kepada {subject}, nombor siri {serial}.</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>{serial} ({subject}) telah dibatalkan. Tulis senarai pembatalan baharu dan berikannya kepada pengesah.</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>Senarai pembatalan {file} telah disimpan ({count} dibatalkan).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa laluan</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>Frasa laluan bagi {file}:</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>Identiti tandatangan (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>Identiti yang mana?</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Simpan permintaan</translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation>Permintaan (*.csr)</translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation>Sijil daripada agensi</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>Sijil (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>Simpan fail CA</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>Permintaan untuk ditandatangani</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Fail CA</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Tempoh sah</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>Sah selama (hari):</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Simpan sijil</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>Sijil (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>Nombor siri sijil yang hendak dibatalkan:</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>Simpan senarai pembatalan</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>Senarai pembatalan (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>Sijil daripada agensi</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>Agensi boleh menjamin identiti anda sekali sahaja, untuk semua laporan anda: hantarkan permintaan kepadanya, kemudian pasang sijil yang dikembalikannya.</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>Minta sijil…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>Pasang sijil…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>Pihak berkuasa sijil agensi</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>Untuk kakitangan agensi: keluarkan sijil kepada perniagaan yang anda daftarkan, dan batalkannya. Simpan fail CA dan lejarnya di luar talian dan buat sandaran.</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>Cipta CA…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>Keluarkan sijil…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>Batalkan sijil…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>Tulis senarai pembatalan…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Ulasan diubah</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimport</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Dinaik taraf</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Laporan dieksport</translation>
    </message>
    <message>
        <source>to version {version}</source>
        <translation>ke versi {version}</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Log perubahan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Soalan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Belum ada perubahan.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Eksport sebagai CSV…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Eksport log perubahan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>Fail boleh dibaca</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>Ia mempunyai tepat satu tandatangan</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>Tandatangan masih utuh</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>Tandatangan meliputi keseluruhan fail</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>Tiada apa-apa diubah selepas ditandatangani</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>Jawapan dilampirkan</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>Penandatangan ada dalam senarai dipercayai anda</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>Jawapan yang dilampirkan boleh dibaca</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>Soal selidik itu dipasang di sini</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>Teks soal selidik adalah sama</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>Pengiraan semula memberikan keputusan yang dinyatakan</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>Jawapan mematuhi peraturan soal selidik</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>Halaman menyatakan keputusan yang sama dengan jawapan yang ditandatangani</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>Jawapan belum disimpan</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>%n jawapan belum dapat disimpan. Simpan sekarang, atau tutup dan buang jawapan itu?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>Buang %n jawapan dan tutup</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>Cuba simpan semula</translation>
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
        <translation>Kemboja</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>Laos</translation>
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
        <translation>Filipina</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapura</translation>
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
        <translation>Vietnam</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation>Cipta pihak berkuasa sijil agensi</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>Nama CA</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Negara (dua huruf)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa laluan</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frasa laluan sekali lagi</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Pilih frasa laluan sekurang-kurangnya {n} aksara.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Kedua-dua frasa laluan tidak sama. Taip semula.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>Masukkan nama anda dan nama organisasi.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Pilih frasa laluan sekurang-kurangnya {n} aksara.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Kedua-dua frasa laluan tidak sama. Taip semula.</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>Identiti tandatangan baharu</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>Identiti tandatangan membolehkan anda menandatangani laporan, supaya agensi boleh menyemak siapa yang menghantarnya dan bahawa tiada apa-apa yang diubah. Ia disimpan dalam folder data anda, dikunci dengan frasa laluan anda. Frasa laluan tidak boleh dipulihkan: catatkannya di tempat yang selamat.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama anda</translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation>Orang yang menandatangani</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>Dipaparkan dalam tandatangan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>Negara tempat organisasi beroperasi</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-mel (pilihan)</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>Dipaparkan dalam sijil</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa laluan</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>Sekurang-kurangnya 8 aksara; diperlukan setiap kali anda menandatangani</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frasa laluan sekali lagi</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>Frasa laluan yang sama sekali lagi</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Cipta</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>Papan pemuka peti masuk</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Mengira…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>Eksport ringkasan PDF…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Keputusan pengesahan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status semakan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Soal selidik</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>Tanda amaran paling kerap</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>Cadangan paling kerap</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>Diterima setiap bulan</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>%n laporan sepadan dengan penapis jadual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Eksport ringkasan PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>Ringkasan peti masuk</translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation>Ringkasan disimpan ke {file}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>Belum ditetapkan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>Isi dengan tarikh hari ini</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>Sila semak</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>Fail tidak dapat dibaca atau ditulis: {reason}. Pastikan folder itu wujud, anda dibenarkan menulis ke dalamnya dan cakera tidak penuh, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Masalah fail</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>Berlaku ralat dalam AISafe Desktop. Jawapan anda setakat ini sudah disimpan. Anda boleh teruskan, atau mulakan semula aplikasi jika ada yang kelihatan tidak kena.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Berlaku ralat</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>Laporan untuk pembangun telah disimpan dalam:
{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation>&apos;answers&apos; mestilah objek yang memetakan id soalan kepada jawapan</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>&apos;format&apos; mestilah &quot;{expected}&quot; (ditemui {found}); adakah ini fail jawapan AISafe?</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>&apos;language&apos; mestilah kod bahasa seperti &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>&apos;questionnaire&apos; mestilah {shape}</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>dokumen jawapan ialah objek JSON ({shape})</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>jawapan &apos;{question_id}&apos; mestilah {shape}; &apos;value&apos; tiada</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>jawapan &apos;{question_id}&apos; mestilah {shape}; kunci tidak dikenali: {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>perlu tarikh yang ditulis TTTT-BB-HH (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>perlu senarai nilai pilihan, contohnya {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>perlu nombor</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>perlu teks</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>menyenaraikan satu pilihan dua kali</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>tiada soalan sedemikian dalam {questionnaire} {version}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>bukan JSON yang sah: {reason} pada baris {line}, lajur {column}</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>wajib, tetapi belum dijawab</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>ulasan jawapan &apos;{question_id}&apos; mestilah teks</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>fail ini bukan teks UTF-8; simpan sebagai UTF-8</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>fail ini bersaiz {size:,} bait; dokumen jawapan terhad kepada {limit:,} bait</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON ini bersarang terlalu dalam</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>kunci tidak dikenali: {keys}</translation>
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
        <translation>{values} bukan antara pilihan ({options})</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} melebihi maksimum {maximum}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} kurang daripada minimum {minimum}</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>{value} bukan antara pilihan ({options})</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop sudah berjalan (proses {owner}) dengan folder data {folder}. Tutup tetingkap yang satu lagi dahulu, atau gunakan folder data lain.</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop sudah berjalan dengan folder data {folder}. Tutup tetingkap yang satu lagi dahulu, atau gunakan folder data lain.</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>tidak dapat mencipta fail kunci {file}: {reason}. Semak kebenaran folder itu.</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>tidak dapat membaca {database}: {reason}. Tiada apa-apa diubah; cuba lagi.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>tidak dapat menyimpan ke {database}: {reason}. Perubahan terakhir ini tidak disimpan; semua yang disimpan sebelumnya selamat. Kosongkan sedikit ruang cakera atau pastikan folder itu boleh ditulis, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>tidak dapat menyimpan ke {database}: {reason}. Perubahan terakhir ini tidak disimpan; semua yang disimpan sebelumnya selamat. Pangkalan data sibuk terlalu lama; cuba lagi.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>{database} rosak ({detail}). Fail itu tidak diubah. Tiada sandaran yang baik ditemui.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>{database} rosak ({detail}). Fail itu tidak diubah. Sandaran baik yang terkini ialah {backup}; pulihkannya.</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>{database} ditulis oleh versi AISafe Desktop yang lebih baharu (skema {revision}). Fail itu tidak diubah. Pasang semula versi yang lebih baharu, atau gunakan folder data lain.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>&apos;{country}&apos; bukan negara anggota ASEAN; gunakan salah satu daripada {countries}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>&apos;{email}&apos; tidak kelihatan seperti alamat e-mel (nama@contoh.org)</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>penilaian {assessment_id} berada dalam tong sampah; pulihkannya untuk mengubahnya</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>tidak dapat mencipta folder data {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>tidak dapat membuka pangkalan data {database}: {reason}. Fail itu tidak diubah.</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>tidak dapat membaca {file}: {reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>berikan nama kepada sistem AI</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>berikan tajuk kepada penilaian</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>berikan nama organisasi</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>pastikan tajuk kurang daripada 200 aksara</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>pastikan nama pemilik kurang daripada {limit} aksara</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>tulis tarikh akhir sebagai YYYY-MM-DD, cth. 2027-03-31 (ditemui {value})</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>tiada soal selidik &apos;{questionnaire}&apos; dipasang (yang ada: {known}); berikan laluan fail YAML-nya</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>tiada soal selidik &apos;{questionnaire}&apos; versi {version} dipasang (yang ada: {known}); berikan laluan fail YAML-nya</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>nyatakan tempat untuk menyimpan identiti (fail output atau folder data)</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>jawapan ini untuk {questionnaire} {version}, bukan {expected} {expected_version}; pilih soal selidik yang sepadan</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>jawapan belum boleh dieksport: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>jawapan belum boleh dieksport: {problems} (dan {more} lagi)</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>jawapan tidak dapat diimport: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>jawapan tidak dapat diimport: {problems} (dan {more} lagi)</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>jawapan ini diberikan kepada teks {questionnaire} yang berlainan (SHA-256 {sha256}); letakkan fail soal selidik itu dalam folder questionnaires di dalam folder data dan cuba lagi</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>soal selidik {questionnaire} tidak dipasang; letakkan fail YAML-nya dalam folder questionnaires di dalam folder data dan cuba lagi</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>salinan {questionnaire} {version} yang disimpan tidak lagi dapat dimuatkan: {problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>soal selidik tersimpan {sha256}… tiada dalam pangkalan data; pulihkan sandaran</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>teks ini mengandungi aksara yang bukan teks sah (pengganti UTF-16 tanpa pasangan)</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>entri kepercayaan {entry} bukan cap jari SHA-256 (64 digit heks) dan bukan fail sijil</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>tiada sistem AI {ai_system_id}</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>tiada penilaian {assessment_id}</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>sandaran automatik hari ini tidak dapat dibuat dalam {folder}: {reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>bahasa &apos;{language}&apos; tidak dikenali (yang dikenali: {known})</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>{backup} rosak atau bukan pangkalan data ({problem})</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>{backup} bukan sandaran AISafe Desktop</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>{backup} dibuat oleh versi AISafe Desktop yang lebih baharu</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>{backup}: fail tiada</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>{count} soalan wajib belum dijawab: {questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>{count} soalan wajib belum dijawab: {questions} dan {more} lagi</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>{database} bukan pangkalan data AISafe Desktop; fail itu tidak diubah. Alihkannya atau gunakan folder data lain.</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>{file} tiada fail sijil di sebelahnya; berikan frasa laluan</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>{file} bukan soal selidik yang sah: {problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>{file} bukan soal selidik yang sah: {problems} (dan {more} lagi)</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: fail tiada</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>{new} bukan versi {old}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>fail fon yang disertakan tiada: {file}; pasang semula AISafe Desktop</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>tidak dapat mencipta identiti: {problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>tidak dapat mengekstrak jawapan: {reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>tidak dapat membaca fail identiti {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>tidak dapat membaca {source}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>tidak dapat menulis {file}: {reason}</translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation>pilih frasa laluan: kunci persendirian tidak pernah disimpan tanpa penyulitan</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>negara {country} bukan kod ISO dua huruf seperti MY, TH atau VN</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>e-mel {email} tidak kelihatan seperti nama@contoh.org</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>penandatanganan gagal: {reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>fon yang disertakan tiada dalam {folder}; pasang semula AISafe Desktop</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>organisasi kosong</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>frasa laluan tidak dapat membuka {source}; semak dan cuba lagi (frasa laluan peka huruf besar dan kecil)</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>laporan yang dijana bukan PDF yang boleh dibaca: {reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>laporan tidak dapat disusun atur: {reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>laporan tidak mematuhi PDF/A-3b: {problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>julat bait tandatangan melepasi hujung fail</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>julat bait tandatangan tidak sempurna</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>nama penandatangan kosong</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>{file} sudah wujud; pilih nama fail lain</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>{source} tiada kunci persendirian atau tiada sijil; eksport semula bersama kuncinya</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>{source} mengandungi {kind}; hanya kunci RSA dan EC boleh menandatangani laporan</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>{source} bukan sijil X.509 PEM atau DER</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{source} bukan fail PKCS#12 (.p12/.pfx)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false (benar/palsu)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>nombor</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>senarai</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null (kosong)</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>sesuatu yang lain</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>teks atau nombor</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>teks, nombor atau senarai</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>jawapan</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>teks, nombor atau senarai teks</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} bukan nombor yang dibenarkan oleh JSON</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>dijangka true atau false, ditemui {kind}</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>dijangka {what}, ditemui {kind}</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>dijangka null, ditemui {kind}</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>medan yang sama muncul dua kali</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} bait, melebihi {limit:,}</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>dijangka &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>dijangka teks, ditemui {kind}</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>teks ini {length:,} aksara, melebihi {limit:,}</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>teks ini tidak dalam bentuk yang dijangka</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>dijangka nombor, ditemui {kind}</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>nombor ini bukan nilai terhingga yang munasabah</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>nombor {value} berada di luar {low}–{high}</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>dijangka senarai, ditemui {kind}</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>senarai ini mempunyai {count:,} item, melebihi {limit:,}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>dijangka objek, ditemui {kind}</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>{count:,} entri, melebihi {limit:,}</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation>teks atau objek</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>bukan teks UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation>bukan JSON yang sah (baris {line})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>bersarang terlalu dalam</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>medan tidak dikenali</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>Cakera sudah penuh: kosongkan {megabytes} MB pada pemacu {folder}, kemudian cuba lagi. Tiada apa-apa yang hilang: semua yang disimpan sebelum ini selamat.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>Pemulihan {backup} terganggu sebelum ia mengubah apa-apa; data anda kekal seperti sebelumnya.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>Pemulihan {backup} terganggu; kini ia telah diselesaikan. Data yang anda ada sebelum ini disimpan dalam {kept}.</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>pemulihan sandaran terganggu dan jurnalnya {journal} tidak dapat dibaca ({error}). Tiada apa-apa yang diubah; data anda berada dalam {folder}.</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>pemulihan yang terganggu meninggalkan salinan rosak {staging} ({problem}). Data anda sebelum ini berada dalam {kept}.</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>pemulihan yang terganggu tidak meninggalkan pangkalan data. Data anda sebelum ini berada dalam {kept}; sandarannya ialah {backup}.</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>tidak dapat membaca {database} ({problem}). Ia tidak diubah. Pastikan folder boleh dibaca dan cakera tidak penuh, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>sandaran tidak dapat ditulis ke {folder}: {error}. Data anda tidak berubah.</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>resit semakan tidak dapat disusun: {detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>resit semakan tidak mempunyai ruang untuk tandatangan</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>ringkasan tidak dapat disusun: {detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>penghantaran yang berstatus {old} tidak boleh menjadi {new}</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>penghantaran {id} telah diubah oleh {who} semasa anda melihatnya; tiada apa-apa yang ditulis ganti. Buka semula untuk melihat perubahan itu.</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>tiada penghantaran {id} dalam peti masuk</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>{url} bukan URL pangkalan data yang boleh digunakan oleh aplikasi ini</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>peti masuk {url} ditulis oleh versi AISafe Desktop yang lebih baharu (skema {revision}); ia tidak diubah. Pasang versi yang lebih baharu.</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>peti masuk {url} tidak dapat ditulis: {detail}. Tiada apa-apa daripada tindakan ini disimpan; kosongkan sedikit ruang cakera atau cuba lagi.</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>peti masuk {url} tidak membenarkan pengguna {user} berbuat demikian; tiada apa-apa yang diubah. Minta hak pegawai daripada pentadbir peti masuk (docs/inbox.md).</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>peti masuk memerlukan fail pangkalan data, bukan {url}</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>peti masuk berfungsi dengan SQLite atau PostgreSQL, bukan {url}</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>pangkalan data peti masuk {url} tidak dapat dihubungi ({detail}). Semak nama dan port pelayan, bahawa pelayan sedang berjalan dan menerima sambungan daripada komputer ini, serta nama pengguna dan kata laluan.</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>medan resit {path} mesti teks tidak melebihi {limit} aksara</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>data resit bukan teks JSON</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>fail ini bukan resit semakan ({expected})</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>laporan, soal selidik atau ulasan dalam resit tiada atau rosak</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>resit tidak menyatakan SHA-256 fail yang disemak</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>tarikh dalam resit tidak ditulis YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>ulasan {index} dalam resit rosak</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>resit ini mengenai laporan yang tidak dieksport oleh komputer ini (SHA-256 {sha256}); importnya pada komputer yang membuat laporan itu</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>fail ini terlalu besar untuk menjadi resit semakan</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>fail ini bukan PDF</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>resit ini tidak boleh dipercayai: {reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — adakah maksud anda &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>. Kunci yang dibenarkan dalam {what}: {keys}.</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> Adakah maksud anda &apos;{guess}&apos; ({language})?</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> Adakah maksud anda &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>dan {count} lagi</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>tahap {band}, skor {score}, tiada tanda amaran</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>tahap {band}, skor {score}, tanda amaran: {flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>tiada tahap keputusan</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>beberapa tahap ({bands})</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>tiada tanda amaran</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>tanda amaran: {flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>tiada skor keseluruhan</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>skor keseluruhan {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}, {score} / 100, tanda amaran: {flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}, {score} / 100, tiada tanda amaran</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>jawapan kepada &apos;{question}&apos; mengandungi aksara yang tidak dapat dilukis oleh mana-mana fon yang disertakan ({characters}); laporan menunjukkan {replacement} di tempatnya</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>identiti ini mempunyai kunci {key_type}: tandatangannya sah, tetapi tandatangan sedemikian menjadikan fail itu PDF 2.0, jadi ia bukan lagi PDF/A-3b (format arkib); gunakan identiti RSA untuk mengekalkan PDF/A</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>--days mestilah antara 1 dan {most}, bukan {days}</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>tidak dapat mencipta pihak berkuasa sijil: {problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>tidak dapat membaca lejar CA {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>tidak dapat membaca senarai dipercayai anda dalam {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>tidak dapat membaca {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>tidak dapat menulis lejar CA {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>tidak dapat menulis {path}: {reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>lejar CA {path} rosak ({detail}); pulihkannya daripada sandaran anda</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>lejar CA {path} terlalu besar</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>sijil dalam {source} tidak sah hari ini (sah dari {start} hingga {end})</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>sijil dalam {source} tidak dibenarkan menandatangani dokumen (penggunaan kunci)</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>lejar {path} milik CA lain ({other})</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>nota lebih panjang daripada {most} aksara</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>lejar CA ini tiada sijil dengan nombor siri {serial}</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>identiti ini bukan fail pihak berkuasa sijil</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>{file} TIDAK SAH: {reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>{file} TIDAK DIPERCAYAI: {reason}. Percayai penandatangan dahulu, atau benarkan penandatangan yang tidak dipercayai</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>{fingerprint} sudah dipercayai sebagai CA</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>{fingerprint} tiada dalam senarai dipercayai anda</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>{path} ialah identiti tandatangan, bukan fail pihak berkuasa sijil</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>{path} terlalu besar untuk menjadi sijil atau CRL</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>{path} terlalu besar untuk menjadi permintaan atau sijil</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>{serial} bukan nombor siri (perenambelasan, seperti yang ditunjukkan dalam butiran identiti)</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>{source} tidak memberikan nama dalam subjeknya</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>{source} tidak memberikan organisasi dalam subjeknya</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>{source} tidak mengandungi sijil X.509 yang boleh dibaca (PEM atau DER)</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>{source} rosak: tandatangannya tidak sepadan dengan kuncinya</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>{source} bukan sijil untuk kunci dalam {identity}</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>{source} bukan permintaan sijil (PKCS#10, PEM atau DER)</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>{source} bukan senarai pembatalan sijil (CRL, PEM atau DER)</translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation>{source} bukan untuk kunci RSA atau EC</translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation>{source} lebih lama daripada CRL yang sudah disimpan untuk {ca}</translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation>{source} tidak ditandatangani oleh CA dalam senarai dipercayai anda; tambah sijil CA itu dahulu</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{text} bukan cap jari SHA-256 (64 digit perenambelasan)</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>{value} bukan cap jari SHA-256 dan bukan fail sijil atau CRL</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Save the report as</source>
        <translation>Simpan laporan sebagai</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>Pilih identiti dan taip frasa laluannya.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Sedang menghasilkan laporan…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>Laporan bertandatangan telah disimpan sebagai {file}.
Cap jari penandatangan (SHA-256), untuk agensi: {fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Sila ambil perhatian:</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>Frasa laluan itu tidak dapat membuka identiti ini. Taip semula.</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>Eksport PDF bertandatangan</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>Laporan ditandatangani dengan identiti anda, supaya agensi boleh menyemak siapa yang menghantarnya dan bahawa ia tidak diubah. Jawapan anda disertakan di dalam PDF.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identiti tandatangan</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>Tandatangan siapa yang dibawa oleh laporan</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa laluan</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>Frasa laluan identiti yang dipilih</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Bahasa laporan</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>Bahasa yang digunakan dalam laporan</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation>Tempat fail PDF disimpan</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Baharu…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>Cipta identiti tandatangan baharu</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>Import fail .p12 atau .pfx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>Anda belum mempunyai identiti tandatangan: pilih Baharu… untuk menciptanya.</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>Ubah penilaian yang telah dieksport?</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>Penilaian ini telah dieksport sebagai PDF bertandatangan. Jika anda mengubah jawapan, PDF itu tidak lagi sepadan dengan jawapan yang disimpan di sini, dan keputusannya menjadi sementara sehingga anda selesai semula. Rekod PDF yang dieksport tetap disimpan.

Untuk mengekalkan jawapan yang dieksport, gunakan salinan.</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>Ubah jawapan</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>Gunakan salinan</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Biarkan seperti sedia ada</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>Sila masukkan nama organisasi, atau pilih &apos;Langkau dahulu&apos;.</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>Selamat datang ke AISafe Desktop</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>Aplikasi ini membimbing anda melalui penilaian kendiri bagi sistem AI yang digunakan atau dibina oleh organisasi anda: apa yang boleh menjadi masalah, apa yang sudah anda lakukan mengenainya, dan apa yang perlu dilakukan seterusnya. Anda hanya perlu menjawab soalan yang mudah; anda boleh berhenti pada bila-bila masa dan menyambungnya kemudian.</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>Semua yang anda masukkan kekal dalam komputer ini. Aplikasi ini tidak pernah bersambung ke internet, dan jawapan anda disimpan sebaik sahaja anda memberikannya.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>Tentang organisasi anda</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>Maklumat ini dipaparkan pada laporan anda. Anda boleh melangkaunya sekarang dan mengisinya kemudian dari skrin utama.</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Langkau dahulu</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Simpan dan teruskan</translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation>Gunakan bahasa ini untuk aplikasi</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation>Sejarah jawapan ini</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawapan</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ulasan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Belum ada perubahan.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Eksport sebagai CSV…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Eksport sejarah</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>Organisasi anda</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>Tambahkan butiran organisasi anda supaya ia dipaparkan pada laporan anda.</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Tambah butiran</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>Ubah butiran organisasi</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (salinan)</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>“{title}” telah dialihkan ke tong sampah.</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Import jawapan</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>Jawapan AISafe (*.json);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>Cari mengikut tajuk, soal selidik atau sistem AI</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Cari penilaian</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>Hanya menunjukkan penilaian yang mengandungi teks ini. Pintasan: Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Penilaian baharu</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Mulakan penilaian baharu (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>Cipta penilaian daripada fail jawapan (.json)</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>Sa&amp;hkan PDF…</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>Semak bahawa laporan bertandatangan tidak pernah diubah. Anda juga boleh melepaskan fail PDF pada skrin ini.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Buat &amp;salinan</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Pa&amp;dam</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>Alihkan ke tong sampah; tindakan ini boleh dibuat asal</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>B&amp;uat asal</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Belum ada penilaian</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>Mulakan penilaian pertama anda: pilih soal selidik, jawab soalan mengikut masa anda sendiri, dan lihat keputusan anda bersama langkah seterusnya yang jelas. Anda boleh berhenti pada bila-bila masa; setiap jawapan disimpan serta-merta.</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>Mulakan penilaian pertama anda</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation>Tekan Enter untuk membuka penilaian yang dipilih</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation>Import identiti tandatangan</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>Identiti tandatangan (*.p12 *.pfx);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa laluan</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>Frasa laluan bagi {file}:</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>Simpan sijil</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Sijil (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>Identiti tandatangan</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>Digunakan untuk menandatangani laporan PDF anda. Hantar sijil (bukan fail identiti) kepada agensi, supaya agensi boleh menyemak laporan anda.</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>Setiap satu dengan cap jari yang boleh disemak oleh agensi</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>Identiti baharu…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>Import fail .p12 atau .pfx</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>Eksport sijil…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>Simpan sijil awam untuk dihantar kepada agensi</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>Keputusan pengesahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Soal selidik</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Dipercayai</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Tidak dipercayai</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Tidak sah</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baharu</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Dalam semakan</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation>Pangkalan data peti masuk</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>Biarkan alamat kosong untuk menyimpan peti masuk pada komputer ini. Jika beberapa pegawai berkongsi satu peti masuk, masukkan alamat PostgreSQL yang diberikan oleh kakitangan IT anda, contohnya postgresql+psycopg://officer@db.agency.example:5432/inbox. Kata laluan tidak pernah disimpan: anda menaipnya apabila peti masuk dibuka, atau kakitangan IT anda meletakkannya dalam fail .pgpass anda.</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>Nama anda, seperti yang ditunjukkan dalam sejarah semakan</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>&amp;Alamat pangkalan data</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Nama anda</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>Guna peti masuk pada komputer ini</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>Ini bukan alamat pangkalan data.</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>Peti masuk berfungsi dengan PostgreSQL (atau fail tempatan).</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>Peti masuk — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tambah fail…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Tambah folder…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Papan pemuka</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Eksport jadual…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>Pangkalan data…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Sahkan semula</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>Semak semula setiap fail yang disimpan, contohnya selepas anda mempercayai seorang penandatangan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>Organisasi, penandatangan, sistem AI atau fail</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Laporan diterima</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Keputusan pengesahan</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>K&amp;eputusan</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>Sek&amp;tor</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>Soal &amp;selidik</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Hingga</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>Membuka peti masuk…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>Peti masuk tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>Peti masuk: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n laporan</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>Tambah laporan yang diterima</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>Laporan PDF (*.pdf);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>Tambah folder laporan</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>%v daripada %m disahkan</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>%n laporan ditambah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>%n sudah ada dalam peti masuk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>%n fail lain dilangkau</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Eksport jadual</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>%n laporan ditulis ke {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>draft translation</source>
        <translation>terjemahan draf</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Please note</source>
        <translation>Sila ambil perhatian</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (salinan)</translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation>AISafe Desktop</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Membuka data anda…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Laman utama</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>Kembali ke senarai penilaian (Alt+Home)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Penilaian baharu</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Mulakan penilaian baharu (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>Bahasa, saiz teks, sandaran (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>Semua pintasan papan kekunci aplikasi (F1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Peti masuk</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>Untuk agensi: terima, semak dan kira laporan yang dihantar oleh perniagaan (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigasi</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation>Perlu dijawab sebelum anda boleh selesai</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>%n soalan wajib belum dijawab. Pilih satu untuk pergi ke soalan itu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>Semua soalan wajib telah dijawab</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>Pilih Selesai untuk melihat keputusan anda.</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>Soalan yang belum dijawab</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>Tekan Enter untuk pergi ke soalan yang dipilih</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>Fail soal selidik dalam folder anda ini tidak boleh digunakan sehingga ia dibetulkan:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… dan {count} lagi</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>Kira-kira {minutes} minit · Bahasa: {languages} · Penerbit: {publisher} · Versi {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>(bukan tentang satu sistem tertentu)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Penilaian baharu</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>Pilih soal selidik yang sesuai dengan perkara yang ingin anda semak. Anda boleh berhenti pada bila-bila masa; setiap jawapan disimpan.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>Nama yang mudah anda kenal dalam senarai, contohnya nama projek</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>Sistem AI (pilihan)</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>Pilih satu, atau taip nama sistem AI yang dinilai</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Bahasa soalan</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>Soal selidik dipaparkan dalam bahasa ini</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Soal selidik</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>Soal selidik yang boleh anda gunakan</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mula</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>Nombor dari {low} hingga {high}.</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>Nombor sekurang-kurangnya {low}.</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>Nombor sehingga {high}.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Satu nombor.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombor</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>“{text}” bukan nombor. Taip angka sahaja, contohnya {whole} atau {example}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>saiz fail ialah {size:,} bait; soal selidik dihadkan kepada {limit:,} bait. Pecahkannya kepada beberapa soal selidik atau buang data terbenam.</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>bait 0x{byte:02x} bukan UTF-8 yang sah. Simpan fail sebagai UTF-8 (dalam kebanyakan editor: &apos;Save with encoding&apos; → UTF-8).</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>teks di sini bukan YAML yang sah ({parser}). Semak inden (ruang sahaja) dan letakkan teks yang mengandungi &apos;: &apos; atau &apos; #&apos;, atau yang bermula dengan simbol, dalam tanda petik.</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>&apos;: &apos; di dalam teks menyebabkan YAML membaca bakinya sebagai kunci baharu. Letakkan seluruh teks dalam tanda petik (text: &quot;Note: …&quot;), atau, jika ini memang kunci baharu, indenkannya seperti kunci di atasnya. (Penghurai YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>pemetaan &apos;{{…}}&apos; tidak ditutup, atau teks di dalamnya mengandungi &apos;: &apos; atau &apos; #&apos;. Letakkan teks sedemikian dalam tanda petik ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) dan tamatkan pemetaan dengan &apos;}}&apos;. (Penghurai YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>senarai &apos;[…]&apos; tidak ditutup, atau satu item mengandungi &apos;: &apos; atau &apos; #&apos;. Letakkan item sedemikian dalam tanda petik dan tamatkan senarai dengan &apos;]&apos;. (Penghurai YAML: {parser})</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>teks bertanda petik tidak pernah ditutup: tambah tanda petik penutup (di dalam &quot;…&quot; tulis tanda petik sebagai \&quot;, di dalam &apos;…&apos; sebagai &apos;&apos;). (Penghurai YAML: {parser})</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>satu baris bermula dengan aksara yang tidak dapat dibaca oleh YAML di sini (tab, atau &apos;@&apos; atau &apos;`&apos; di awal teks). Indenkan dengan ruang sahaja, dan letakkan teks sedemikian dalam tanda petik. (Penghurai YAML: {parser})</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>baris ini bukan &apos;key: value&apos;: &apos;:&apos; tiada selepas kunci, atau teks panjang bersambung pada baris yang indennya kurang daripada sepatutnya (gunakan blok &apos;&gt;-&apos; untuk teks panjang). (Penghurai YAML: {parser})</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>inden tidak sepadan dengan baris di atas: kunci bagi satu pemetaan, dan item &apos;- &apos; bagi satu senarai, mesti bermula pada lajur yang sama. (Penghurai YAML: {parser})</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>alias *{anchor} tiada sauh &amp;{anchor} sebelumnya: takrifkan sauh itu dahulu.</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>fail ini mengandungi lebih daripada satu dokumen YAML (&apos;---&apos;); simpan satu soal selidik bagi setiap fail.</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>dokumen ini berkembang melebihi {limit:,} nilai (biasanya alias yang merujuk kepada alias). Tulis nilai itu sepenuhnya atau gunakan lebih sedikit alias.</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>nilai bersarang lebih daripada {limit} aras; soal selidik tidak pernah memerlukannya. Semak inden.</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>kunci pendua {key!r}: ia telah diberikan pada baris {first_line}. YAML hanya menyimpan salah satu daripadanya, jadi buang atau namakan semula satu.</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>fail tidak dapat dibaca: {reason}. Semak laluan dan kebenaran.</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>kunci gabungan (&apos;&lt;&lt;: *anchor&apos;) tidak disokong dalam soal selidik: tulis kunci itu sepenuhnya (alias &apos;*anchor&apos; yang berdiri sendiri, sebagai keseluruhan nilai, boleh digunakan).</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>kunci &apos;{key}&apos; tidak dikenali dalam {where}{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>{where} mestilah {expected}, bukan {found}.</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>{where} kosong; tulis teksnya.</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>tag {tag!r} tidak dibenarkan di sini; tulis nilai biasa tanpa &apos;!tag&apos;.</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>kunci mestilah perkataan biasa, bukan senarai atau pemetaan.</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}: &apos;{combiner}&apos; mesti berdiri sendiri dalam syaratnya; letakkan perbandingan lain di dalamnya.</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>{where} ({what}) tidak mempunyai kunci wajib &apos;{key}&apos;. Tambah &apos;{key}: …&apos;{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>{where} mesti mempunyai sekurang-kurangnya {count} item.</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>{where} memerlukan &apos;question: &lt;id soalan&gt;&apos; untuk menyatakan jawapan mana yang dilihatnya.</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>{where} memerlukan tepat satu perbandingan ({operators}); ditemui {count}. Gabungkan beberapa perbandingan dengan &apos;all:&apos; atau &apos;any:&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; tidak dibenarkan untuk {where}.{hint} Gunakan salah satu daripada: {choices}.</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>{where} ialah {value}; ia mestilah {bound}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>&apos;{key}&apos; hanya terpakai kepada soalan nombor; soalan &apos;{question}&apos; ialah {qtype}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>&apos;{value}&apos; bukan versi: tulis tiga nombor, major.minor.patch, seperti 1.0.0.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&apos;{value}&apos; dalam {where} bukan pengecam yang sah; gunakan huruf kecil, digit, &apos;-&apos;, &apos;_&apos; atau &apos;.&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; bukan kod bahasa yang dikenali oleh AISafe ({where}).{hint} Gunakan salah satu daripada: {choices}.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>soalan &apos;{question}&apos; ialah {qtype} dan tidak boleh mempunyai pilihan; buang pilihan itu atau tukar jenisnya.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>&apos;{value}&apos; sahaja (tanpa value: dan label:) ialah bentuk ringkas jawapan yes_no; soalan &apos;{question}&apos; ialah {qtype}, jadi tulis {{value: …, label: …}}.</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>soalan yes_no hanya mempunyai jawapan yes, no dan na; &apos;{value}&apos; bukan salah satu daripadanya. Gunakan single_choice untuk jawapan lain.</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>soalan {qtype} &apos;{question}&apos; memerlukan sekurang-kurangnya dua pilihan di bawah &apos;options&apos;.</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>soalan skala &apos;{question}&apos; memerlukan sekurang-kurangnya dua titik di bawah &apos;options&apos; (nilai 0, 1, …, setiap satu dengan label).</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>titik skala ialah nombor bulat (0, 1, 2 …); &apos;{value}&apos; bukan nombor bulat.</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>{what} mempunyai min {minimum} melebihi (atau sama dengan) max {maximum}; tukar kedudukannya.</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>titik soalan skala &apos;{question}&apos; ialah {points}; nomborkannya 0, 1, 2 … (atau 1, 2, 3 …) tanpa jurang (tiada: {missing}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}: &apos;{fragment}&apos; kelihatan seperti baki teks yang terpotong pada &apos;,&apos; atau &apos;?&apos; tanpa tanda petik. Letakkan teks ini dalam tanda petik: {key}: &quot;…, …&quot;.</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>{what} &apos;{value}&apos; digunakan dua kali (kali pertama pada baris {first_line}); setiap {what} mestilah unik. Namakan semula satu.</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>{where} tiada teks dalam {missing}; tambah {add}.</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>{where} ialah teks biasa, tetapi fail ini mengisytiharkan {languages}; tulisnya sebagai pemetaan dengan satu teks bagi setiap bahasa ({add}).</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>{where} mempunyai teks dalam {extra}, yang tiada dalam languages; tambah kod itu ke languages atau buang teks tersebut.</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>{count} teks tiada teks &apos;{code}&apos;{found} — ini berpunca daripada languages (baris {line}); betulkan itu dahulu.</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>default_language &apos;{value}&apos; tiada dalam languages ({languages}); tambahkannya di situ.</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>syarat merujuk kepada soalan &apos;{question}&apos;, yang tidak wujud{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>soalan &apos;{question}&apos; tiada pilihan &apos;{value}&apos;; pilihannya ialah {options}.</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>syarat {owner} ini melihat soalan &apos;{question}&apos;, yang hanya ditunjukkan apabila syarat itu benar. Asaskannya pada soalan lain (ia boleh datang sebelum atau selepas; syarat boleh merujuk ke hadapan).</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>syarat membentuk kitaran: {chain}; tiada soalan boleh ditunjukkan dahulu. Putuskan kitaran dengan membuang salah satu syarat ini.</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>&apos;{operator}&apos; membandingkan nombor atau tarikh, tetapi soalan &apos;{question}&apos; ialah {qtype}; gunakan equals atau in.</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>&apos;includes&apos; adalah untuk soalan multiple_choice; &apos;{question}&apos; ialah {qtype}: gunakan equals.</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>&apos;{question}&apos; membenarkan beberapa jawapan; gunakan &apos;includes: VALUE&apos; atau &apos;in: [VALUES]&apos; dan bukan {operator}.</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>&apos;{operator}: {value}&apos; pada soalan skala &apos;{question}&apos; mestilah salah satu titiknya ({points}), ditulis sebagai nombor tanpa tanda petik.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>soalan &apos;{question}&apos; ialah soalan nombor, jadi &apos;{operator}&apos; memerlukan nombor, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>soalan &apos;{question}&apos; ialah soalan tarikh, jadi &apos;{operator}&apos; memerlukan tarikh sebenar yang ditulis &quot;YYYY-MM-DD&quot; (cth. &quot;2026-12-02&quot;), bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>soalan &apos;{question}&apos; ialah soalan teks, jadi &apos;{operator}&apos; memerlukan teks, bukan &apos;{value}&apos;; letakkannya dalam tanda petik.</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>dimensi &apos;{value}&apos; tidak diisytiharkan di bawah &apos;dimensions&apos;.{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>cadangan &apos;{value}&apos; tidak diisytiharkan di bawah &apos;recommendations&apos;.{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>tahap &apos;{value}&apos; tidak diisytiharkan di bawah scoring.bands.{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>tahap &apos;{lower}&apos; dan &apos;{upper}&apos; bertindih antara {start} dan {end}; tetapkan min bagi &apos;{upper}&apos; kepada {end}.</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>tiada tahap yang meliputi skor dari {start} hingga {end}; {fix}.</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>dimensi mitigasi tidak boleh juga dikira dalam skor keseluruhan; buangnya daripada scoring.overall.</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>tiada pilihan yang memberi mata kepada dimensi &apos;{value}&apos;, jadi skornya sentiasa 0; beri mata atau buang dimensi itu.</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>cadangan &apos;{value}&apos; tidak pernah dicetuskan oleh pilihan, tanda amaran, lantai atau hasil; rujuknya atau buang cadangan itu.</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>fail ini tiada &apos;format: 2&apos;, jadi ia dibaca sebagai format 1, di mana setiap soalan yes_no juga menawarkan &apos;tidak berkenaan&apos; (yang mengeluarkan soalan itu daripada skor). Tambah &apos;format: 2&apos; di bahagian atas dan senaraikan na di bawah options hanya jika ia jawapan sebenar.</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>{where} mengandungi &apos;{tag}&apos;: teks ditunjukkan sebagai teks biasa di mana-mana (skrin dan PDF), jadi tag itu akan kelihatan seperti yang ditulis. Buangnya.</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>{where} mengandungi aksara kawalan {char}: ia akan mengawal terminal atau menterbalikkan teks pada skrin. Buangkannya.</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>{count} teks tiada terjemahan {language} (yang pertama: {first}); sehingga teks itu diterjemahkan, skrin dan PDF {language} menunjukkannya dalam {fallback}. Terjemahkannya dalam {translation}.</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>{translation} menterjemah &apos;{address}&apos;, yang tiada dalam soal selidik ini (dipindahkan atau dibuang); pindahkannya ke alamat baharu teks itu atau padamkannya.</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>teks {language} bagi &apos;{address}&apos; mempunyai ruang isian {found}, manakala teks {fallback} mempunyai {expected}; kekalkan setiap {{placeholder}} tepat seperti yang ditulis dalam {fallback}.</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>{translation} menterjemah {questionnaire} versi {found}, bukan {version}, jadi fail itu tidak digunakan; kemas kini teksnya dan tetapkan version: {version}.</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>{translation} bukan fail terjemahan (fail itu memerlukan questionnaire, version, language (kod yang dikenali), status (draft atau reviewed) dan texts); betulkan bahagian kepalanya.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>Organisasi anda</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>1 hingga 9 orang</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 hingga 49 orang</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 hingga 249 orang</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 orang atau lebih</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>Agensi kerajaan atau badan awam</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nama organisasi</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nombor pendaftaran</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Saiz</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Orang untuk dihubungi</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mel untuk dihubungi</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>Seperti yang patut tertera pada laporan anda.</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>Contohnya nombor SSM, ACRA atau DBD anda. Pilihan.</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>Negara tempat organisasi beroperasi.</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>Contohnya runcit, kesihatan, kewangan atau pendidikan.</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>Bilangan orang yang bekerja untuk organisasi.</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>Orang yang menjawab pertanyaan tentang penilaian. Pilihan.</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>Alamat e-mel orang tersebut. Pilihan.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Pilih negara</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>Pilih saiz</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>cth. runcit</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nama@contoh.com</translation>
    </message>
</context>
<context>
    <name>Provisional</name>
    <message>
        <source>This answer sets the result to {band} whatever else you answer: {message} Stop and get advice before this AI system is used.</source>
        <translation>Jawapan ini menetapkan keputusan kepada {band} walau apa pun jawapan lain anda: {message} Berhenti dan dapatkan nasihat sebelum sistem AI ini digunakan.</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>Keputusan sementara: {band} ({percent} %).</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>Berdasarkan %n soalan yang dijawab daripada {total} yang berkaitan setakat ini. Keputusan masih boleh berubah semasa anda menjawab selebihnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>Bendera merah setakat ini:</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>Keputusan setakat ini</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>Dikembangkan. {guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>Dikuncupkan. Tekan Space untuk menunjukkan panduan bagi soalan ini.</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>Agensi mengulas jawapan ini:</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>Belum disimpan. Jawapan anda disimpan di sini dan aplikasi terus cuba menyimpannya.</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>Soalan ini dalam {language}.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Wajib.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Pilihan.</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>Diisi terlebih dahulu daripada profil organisasi anda. Ubah jika tidak sesuai untuk penilaian ini.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Kosongkan jawapan</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>Kosongkan jawapan: {question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>Buang jawapan bagi soalan ini</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>Sejarah: {question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>Bila dan bagaimana jawapan ini dan ulasannya berubah</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Mengapa kami bertanya</translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation>Mengapa kami bertanya: {question}</translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation>Bukti atau ulasan: {question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>Pilihan: catatan, nama dokumen atau pautan kepada bukti</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>Resit semakan bertandatangan</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>Resit ini memberitahu perniagaan keputusan anda dan setiap ulasan, dan ditandatangani dengan identiti agensi anda supaya aplikasi mereka dapat menyemak bahawa ia datang daripada anda.</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>&amp;Identiti tandatangan</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frasa laluan</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>&amp;Bahasa resit</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>Belum ada identiti tandatangan: cipta satu dahulu dalam Tetapan → Identiti tandatangan.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Simpan resit</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>Resit bertandatangan disimpan ke {file}</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>Semakan daripada {agency}</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>Diterima oleh agensi</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Dikembalikan untuk pindaan</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>Dalam semakan di agensi</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>Diterima masuk oleh agensi</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency} ({decision}, {date}): {comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>Sila hantar semula sebelum {date}</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>Resit ini ditandatangani dan tidak berubah, tetapi penandatangannya tiada dalam senarai dipercayai anda: semak cap jari dengan agensi itu.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation>Ditandatangani oleh {signer} ({fingerprint}); diputuskan pada {date}.</translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation>Agensi tidak membuat sebarang ulasan.</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>Mengenai keseluruhan laporan</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>Jawapan anda: {answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(tidak dijawab)</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>Agensi: {comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>Jawapan dalam laporan</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>Laporan ini gagal satu semakan: jangan bergantung pada jawapan ini.</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>Soal selidik ini tidak dipasang di sini: jawapan ditunjukkan mengikut id soalan.</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>Laporan ini tidak mengandungi jawapan.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(tidak dijawab)</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>Ulasan atau bukti: {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>Laporan diterima</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Keputusan pengesahan</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ Dipercayai: ditandatangani, tidak berubah, dan penandatangan ada dalam senarai dipercayai anda.</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ Tidak dipercayai: ditandatangani dan tidak berubah, tetapi tiada pihak yang anda percayai menjamin penandatangan. Bandingkan cap jari dengan perniagaan itu sebelum bergantung padanya.</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ Tidak sah: jangan bergantung pada fail ini.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawapan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Cap jari (SHA-256)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Sistem AI</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Soal selidik</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>Keputusan (diskor semula)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>Masa tandatangan yang dinyatakan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Tanda amaran</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Mengapa keputusan ini</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>Versi soal selidik ini tidak dipasang di sini: jawapan tidak dapat ditunjukkan bersama soalannya.</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>Tiada jawapan yang disahkan untuk ditunjukkan.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bahagian</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(tidak dijawab)</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>Ulasan atau bukti responden: {text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>Ulas jawapan ini…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>Ulasan mengenai: {question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>Penghantaran semula laporan {id}, diterima {when}.</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>Keputusan: {before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Tiada jawapan yang berubah.</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>Sebelum: {before}
Kini: {after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}, {when}: {text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>Ulasan mengenai keseluruhan laporan (pilihan)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>&amp;Ulasan</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>&amp;Tarikh akhir (laporan dikembalikan)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Status semasa</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Simpan semakan</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>Resit bertandatangan…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(tarikh akhir {date})</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>Ulas satu jawapan</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>Sahkan laporan bertandatangan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>dipercayai daripada paparan pengesahan selepas membandingkan cap jari</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>Mengapa keputusan ini</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>Apa yang dituntut oleh tahap ini</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>Keputusan: {band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>Keputusan pada skala soal selidik</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}: jalur {number} daripada {count} ({bands}); skor keseluruhan {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>Jalur {number} daripada {count} · skor keseluruhan {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>Skor keseluruhan: {score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Tanda amaran</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Tanda amaran</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>Bidang risiko (skor lebih tinggi lebih serius)</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>Skor mengikut bidang (lebih tinggi lebih baik)</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>Langkah perlindungan (lebih tinggi lebih baik)</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>Lakukan dahulu</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>Lakukan seterusnya</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Apabila berkesempatan</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Apa yang perlu dilakukan seterusnya</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>Pelan tindakan anda: tandakan setiap langkah apabila selesai, dan berikan pemilik serta tarikh akhir. Pelan ini disimpan bersama penilaian dan dicetak dalam laporan bertandatangan.</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>&amp;Kembali ke jawapan</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>&amp;Eksport PDF bertandatangan…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>&amp;Log perubahan…</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>Bila penilaian ini dicipta, dijawab, diselesaikan, dieksport dan dinaik taraf (Alt+L)</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>Hasilkan laporan PDF bertandatangan yang boleh disahkan oleh orang lain</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>Sedang menyimpan…</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>%n jawapan belum disimpan: mencuba semula</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Disimpan pada {time}</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>Tidak disimpan: lihat catatan pada soalan</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status simpanan</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <source>started</source>
        <translation>sudah dimulakan</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>belum dimulakan</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bahagian</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>Pilih bahagian untuk pergi ke situ. Pintasan: F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan sandaran</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>Kembali kepada data seperti dalam sandaran ini? Perubahan yang dibuat selepas itu tidak akan ada dalam data yang dipulihkan, tetapi data semasa disimpan sebagai salinan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Ikut sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kontras tinggi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation>Bahasa aplikasi. Berubah serta-merta.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Saiz teks</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>Membesarkan semua teks</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>Cerah, gelap atau kontras tinggi; berubah serta-merta</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Data anda</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>Semua yang anda masukkan disimpan dalam folder ini di komputer ini, dan tidak di tempat lain:</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Folder data: {folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sandaran</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>Sandaran dibuat setiap hari anda menggunakan aplikasi ini dan sebelum setiap kemas kini. Salin folder sandaran ke pemacu USB dari semasa ke semasa.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sandaran, yang terbaharu dahulu</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Pilih sandaran untuk dipulihkan</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Buat sandaran sekarang</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Buka folder sandaran</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>Pulihkan sandaran yang dipilih…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version}. Berfungsi di luar talian; tidak pernah menghantar data ke mana-mana. Dibina dengan pustaka dan fon berikut, di bawah lesen masing-masing:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Di mana-mana</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Semasa menjawab</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Laman utama</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Senarai pintasan papan kekunci ini</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Mulakan penilaian baharu</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Kembali ke senarai penilaian</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>Tetapan: bahasa, saiz teks, sandaran</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>Keluar (bertanya dahulu jika ada jawapan belum disimpan)</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Kawalan seterusnya / sebelumnya</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + huruf bergaris bawah</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>Butang atau medan dengan huruf itu</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>Cari penilaian</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>Import fail jawapan</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Buka penilaian yang dipilih</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation>Pindahkan penilaian yang dipilih ke tong sampah (boleh dibuat asal)</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>Bahagian seterusnya (Selesai pada bahagian terakhir)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Bahagian sebelumnya</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter (pada pilihan)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Bahagian seterusnya</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>Pergi ke senarai bahagian</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Kekunci anak panah</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>Bergerak antara pilihan sesuatu soalan</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>Pilih satu pilihan; tunjuk atau sembunyikan &quot;Mengapa kami bertanya&quot;</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>Keputusan sementara setakat ini</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>Semua perkara dalam AISafe Desktop boleh dilakukan dengan papan kekunci. Butang juga menunjukkan pintasannya dalam petua alatnya.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kekunci</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Fungsinya</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>Sudah dibuka</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>AISafe Desktop sudah dibuka dalam tetingkap lain dengan data yang sama. Beralih ke tetingkap itu, atau tutupnya dan mulakan aplikasi sekali lagi.</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>Data versi lebih baharu</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>Data anda disimpan oleh versi AISafe Desktop yang lebih baharu. Data itu tidak diubah. Pasang versi tersebut (atau yang lebih baharu) untuk membukanya.</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>Data rosak</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>Fail data rosak dan tidak dapat dibuka. Fail itu tidak diubah. Pulihkan sandaran terkini ({backup})? Fail yang rosak disimpan sebagai salinan.</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>Fail data rosak dan tiada sandaran ditemui. Fail itu tidak diubah. Sila hubungi sokongan IT anda; mereka boleh memeriksa fail itu dalam folder data.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Data anda tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Pulihkan sandaran</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>Dipercayai: ditandatangani oleh seseorang yang anda percayai, dan tidak berubah</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>{file} ditandatangani oleh penandatangan dalam senarai dipercayai anda dan tidak diubah sejak itu. Jawapan di dalamnya memberikan keputusan yang dinyatakannya.</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>TIDAK DIPERCAYAI: tidak berubah, tetapi penandatangan tiada dalam senarai dipercayai anda</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>{file} tidak diubah sejak ditandatangani. Tetapi sesiapa sahaja boleh membuat kunci dengan apa-apa nama padanya: sebelum anda bergantung padanya, bandingkan cap jari di bawah dengan penandatangan melalui telefon.</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>Jangan bergantung pada laporan ini</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>{file} tidak berubah, tetapi sijil penandatangannya tidak boleh diterima: {reason}.</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>ia telah dibatalkan</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>ia tidak sah pada masa tandatangan yang didakwa</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>ia tidak boleh digunakan untuk menandatangani dokumen</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>rantaian sijilnya ditolak</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>Dalam senarai dipercayai anda</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>Tiada dalam senarai dipercayai anda</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>Penandatangan: {signer}
Organisasi: {organisation} ({country})
Cap jari (SHA-256): {fingerprint}
Masa tandatangan yang didakwa: {when} (jam penandatangan sendiri)
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>Percayai penandatangan ini?</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>Hubungi {signer} ({organisation}) di nombor telefon yang sudah anda ketahui — bukan nombor daripada laporan ini — dan minta mereka membacakan cap jari mereka. Percayai mereka hanya jika cap jari itu tepat:

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>Setiap laporan yang ditandatangani oleh kunci ini kemudiannya akan ditunjukkan sebagai dipercayai. Anda boleh membuangnya di Tetapan → Penandatangan dan agensi dipercayai.</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>Sepadan: percayai penandatangan ini</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>CA agensi (mempercayai setiap sijil yang dikeluarkannya)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>(dikenali melalui cap jari sahaja)</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>Ditambah pada {when} oleh {who}</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>Senarai pembatalan bertarikh {when}</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Percayai sijil</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>Sijil dan senarai pembatalan (*.pem *.crt *.cer *.der *.crl);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Berhenti mempercayai</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>Berhenti mempercayai {name}? Laporannya kemudian akan disahkan sebagai TIDAK DIPERCAYAI.</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>Penandatangan dan agensi dipercayai</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>Laporan daripada penandatangan ini, atau dengan sijil daripada CA agensi ini, disahkan sebagai dipercayai. Laporan orang lain ditunjukkan sebagai TIDAK DIPERCAYAI, walau apa pun nama yang tertera.</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>Tambah sijil atau senarai pembatalan…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>Berhenti mempercayai…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>Versi baharu soal selidik ini ({new}) telah dipasang; penilaian ini menggunakan versi {old}.</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>Naik taraf ke versi {version}…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>Soalan baharu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dibuang</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>Jenis jawapan berbeza</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>Pilihan jawapan berbeza</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Kata-katanya diubah</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — jawapan anda: {answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>soalan ini telah berubah: semak sama ada jawapan anda masih tepat</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — soalan baharu</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>kini memerlukan jenis jawapan yang berbeza</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — jawapan anda ({answer}) tidak lagi sesuai: {why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — jawapan anda ({answer}) kekal dalam sejarah</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>Naik taraf ke versi {version}</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>{questionnaire}: versi {old} → {new}. Setiap jawapan dan sejarahnya disimpan; tiada apa-apa berubah sehingga anda memilih Naik taraf.</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>Perubahan dalam soal selidik ({count})</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>Tiada soalan yang berubah.</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>Jawapan yang dibawa ke versi baharu ({count})</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>Tiada jawapan yang dibawa.</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>Soalan yang memerlukan jawapan baharu ({count})</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>Tiada: setiap jawapan masih sesuai.</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>Jawapan kepada soalan yang dibuang ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tiada.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Naik taraf</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>Sahkan laporan bertandatangan</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>Percayai penandatangan ini…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>Tunjukkan jawapan…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>Jangan bergantung pada laporan ini</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>{file} gagal dalam sekurang-kurangnya satu semakan di bawah. Ia mungkin telah diubah selepas ditandatangani, atau ia bukan laporan AISafe.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>Semakan: %n gagal</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>Semakan: tiada yang gagal</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Tidak disemak</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>Fail tidak dapat dibuka: ia tidak wujud atau tidak boleh dibaca.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Fail ini bukan dokumen PDF.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>Fail ini rosak atau bukan PDF yang boleh dibaca oleh AISafe Desktop.</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>Saiz fail ialah {size} bait; laporan yang lebih besar daripada {limit} bait ditolak.</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>Sebahagian fail mengembang melebihi {limit} bait apabila dibuka; fail ini ditolak.</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>Fail ini mempunyai lebih daripada {limit} halaman; fail ini ditolak.</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>Fail ini mempunyai lebih daripada {limit} objek dalaman; fail ini ditolak.</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>Fail ini telah disimpan bertindih sebanyak {count} kali (hadnya {limit}); ia ditolak.</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>Struktur dalaman fail ini bersarang lebih daripada {limit} aras; ia ditolak.</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>Fail ini merujuk kepada sesuatu di luar dirinya ({what}); fail sebegini ditolak.</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>Fail ini tidak ditandatangani.</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>Fail ini sepatutnya membawa tepat satu tandatangan AISafe; ia mempunyai {count}.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>Fail ini telah diubah selepas ditandatangani: tandatangan tidak sepadan dengan kandungannya.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>Tandatangan tidak meliputi seluruh fail: sesuatu telah ditambah di sekelilingnya.</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>Sesuatu telah ditambah selepas ditandatangani: {what}.</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>Fail ini tidak mengandungi jawapan yang ditandatangani (answers.json).</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>Fail ini mengandungi answers.json lebih daripada sekali.</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>Jawapan terbenam (answers.json) rosak atau disimpan dengan cara yang tidak dikenali.</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>Jawapan terbenam mengembang melebihi {limit} bait apabila dibuka; ia ditolak.</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>Jawapan terbenam bukan teks JSON yang boleh dibaca.</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>Jawapan terbenam salah pada {path}: {problem}.</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>Soal selidik {questionnaire} tidak dipasang di sini; tambah failnya untuk menyemak semula jawapan.</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>Jawapan terbenam tidak menyatakan dengan tepat fail soal selidik yang digunakan (tiada SHA-256).</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>Soal selidik yang dipasang di sini berbeza daripada yang digunakan untuk membuat laporan.</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>Jawapan yang ditandatangani melanggar peraturan soal selidik: {problems}.</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>Soalan wajib tidak dijawab ({questions}) tetapi laporan tidak ditandakan sebagai tidak lengkap.</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>Keputusan yang dinyatakan dalam jawapan ({stated}) berbeza daripada pengiraan semula ({rescored}).</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>Halaman menyatakan {stated}, jawapan yang ditandatangani memberi {rescored}.</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>Teks halaman laporan tidak dapat dibaca untuk dibandingkan dengan jawapan.</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>struktur PDF boleh dibaca</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>satu tandatangan</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>bait yang ditandatangani sepadan dengan tandatangan</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>tandatangan meliputi seluruh fail</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>tiada apa-apa ditambah selepas ditandatangani</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>{attachment} dibaca daripada semakan yang ditandatangani</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>answers.json mempunyai medan, jenis dan saiz yang dijangka</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>{questionnaire} dipasang di sini</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>SHA-256 sama dengan yang digunakan untuk laporan</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>setiap jawapan sah bagi soal selidik ini</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>setiap jawapan sah bagi soal selidik ini; laporan ditandakan TIDAK LENGKAP: {count} soalan wajib tidak dijawab</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>pengiraan semula memberikan “{band}” ({score}), seperti yang dinyatakan</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>kulit depan dan ringkasan menyatakan keputusan pengiraan semula</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>rantaian sijil sampai kepada {anchor}, yang anda percayai</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>senarai dipercayai anda kosong: penandatangan tidak dikenali oleh anda</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>penandatangan {fingerprint} tiada dalam senarai dipercayai anda dan tiada CA yang anda percayai mengeluarkan sijilnya</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>sijil penandatangan (atau pengeluarnya) telah dibatalkan</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>sijil penandatangan tidak sah pada masa tandatangan yang didakwa (sah {start} hingga {end})</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>sijil penandatangan tidak dibenarkan menandatangani dokumen (penggunaan kunci)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>rantaian sijil penandatangan ditolak</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>penandatangan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>perubahan pada maklumat dokumen (seperti tajuknya) atau data pengesahan</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>medan borang yang diisi</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>ulasan atau tanda pada halaman</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>perubahan pada kandungan dokumen</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>tindakan jenis {target}</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>pautan ke {target}</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>fail {target}</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>spesifikasi fail melalui URL</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>data strim yang disimpan dalam fail lain</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>halaman yang diimport daripada fail lain</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>%n daripada {total} bahagian selesai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>%n soalan dijawab daripada {total} yang berkaitan setakat ini</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>Sesetengah jawapan menjadikan soalan lain berkaitan, jadi bilangan soalan boleh bertambah semasa anda menjawab.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seterusnya</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>Lihat keputusan (Alt+Kanan)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>Bahagian seterusnya (Alt+Kanan)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>Bahagian sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>Bagaimana ini dikira?</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>Keputusan &amp;setakat ini</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>Lihat keputusan sementara bagi jawapan yang diberi setakat ini (Alt+S)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>Kata laluan pangkalan data peti masuk</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>Kata laluan untuk {where} (disimpan untuk sesi ini sahaja):</translation>
    </message>
</context>
</TS>
