<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>Belum tersimpan. Yang Anda ketik disimpan di sini dan aplikasi terus mencoba menyimpannya.</translation>
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
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>Penanggung jawab untuk: {recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>Siapa yang akan memastikan langkah ini dilaksanakan</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>Batas waktu untuk: {recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>Tanggal ditulis YYYY-MM-DD, mis. 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>Butir rencana tindakan</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
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
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang dikerjakan</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Laporan sudah diekspor</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <translation>Permintaan {file} sudah disimpan. Kirimkan ke instansi.</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>Sertifikat dari {issuer} sudah dipasang. Laporan Anda kini memuatnya.</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>CA {file} sudah dibuat. Berikan {certificate} kepada setiap pemeriksa; sidik jarinya adalah {fingerprint}.</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>{file} sudah diterbitkan untuk {subject}, nomor seri {serial}.</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>{serial} ({subject}) sudah dicabut. Buat daftar pencabutan baru dan berikan kepada para pemeriksa.</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>Daftar pencabutan {file} sudah disimpan ({count} dicabut).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>Frasa sandi untuk {file}:</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>Identitas penandatanganan (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>Identitas yang mana?</translation>
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
        <translation>Sertifikat dari instansi</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>Sertifikat (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>Simpan berkas CA</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>Permintaan yang akan ditandatangani</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Berkas CA</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Masa berlaku</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>Berlaku selama (hari):</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Simpan sertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>Sertifikat (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>Nomor seri sertifikat yang akan dicabut:</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>Simpan daftar pencabutan</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>Daftar pencabutan (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>Sertifikat dari instansi</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>Instansi dapat menjamin identitas Anda satu kali untuk semua laporan Anda: kirimkan permintaan kepada instansi, lalu pasang sertifikat yang dikembalikannya.</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>Minta sertifikat…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>Pasang sertifikat…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>Otoritas sertifikat (CA) instansi</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>Untuk petugas instansi: terbitkan sertifikat bagi pelaku usaha yang Anda daftarkan, dan cabut bila perlu. Simpan berkas CA dan register-nya secara luring dan buat cadangannya.</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>Buat CA…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>Terbitkan sertifikat…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>Cabut sertifikat…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>Buat daftar pencabutan…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Komentar diubah</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Ditingkatkan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Laporan sudah diekspor</translation>
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
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
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
        <translation>Ekspor sebagai CSV…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Ekspor log perubahan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>Berkas dapat dibaca</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>Berkas memuat tepat satu tanda tangan</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>Tanda tangan utuh</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>Tanda tangan mencakup seluruh berkas</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>Tidak ada yang diubah setelah penandatanganan</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>Jawaban terlampir</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>Penanda tangan ada dalam daftar tepercaya Anda</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>Jawaban yang terlampir dapat dibaca</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>Kuesioner terpasang di komputer ini</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>Teks kuesionernya sama</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>Penghitungan ulang skor memberikan hasil yang dinyatakan</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>Jawaban mengikuti aturan kuesioner</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>Halaman laporan menyatakan hasil yang sama dengan jawaban yang ditandatangani</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>Jawaban belum tersimpan</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>%n jawaban belum dapat disimpan. Simpan sekarang, atau tutup dan buang jawaban tersebut?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>Buang %n jawaban dan tutup</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>Coba simpan lagi</translation>
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
        <translation>Buat otoritas sertifikat (CA) instansi</translation>
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
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Pilih frasa sandi minimal {n} karakter.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Kedua frasa sandi tidak sama. Ketik ulang keduanya.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>Masukkan nama Anda dan nama organisasi.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Pilih frasa sandi minimal {n} karakter.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Kedua frasa sandi tidak sama. Ketik ulang keduanya.</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>Identitas penandatanganan baru</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>Identitas penandatanganan memungkinkan Anda menandatangani laporan, sehingga instansi dapat memeriksa siapa pengirimnya dan bahwa tidak ada yang diubah. Identitas ini disimpan di folder data Anda, dikunci dengan frasa sandi Anda. Frasa sandi tidak dapat dipulihkan: catat di tempat yang aman.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
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
        <translation>Ditampilkan dalam tanda tangan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>Tempat kedudukan organisasi</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Email (opsional)</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>Ditampilkan dalam sertifikat</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>Minimal 8 karakter; diperlukan setiap kali Anda menandatangani</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>Frasa sandi yang sama sekali lagi</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>Dasbor kotak masuk</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>Ekspor ringkasan PDF…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil verifikasi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status pemeriksaan</translation>
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
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>Tanda bahaya yang paling sering</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>Rekomendasi yang paling sering</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>Diterima per bulan</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>%n laporan sesuai dengan filter tabel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Ekspor ringkasan PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>Ringkasan kotak masuk</translation>
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
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>Isi dengan tanggal hari ini</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>Mohon periksa</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>Sebuah berkas tidak dapat dibaca atau ditulis: {reason}. Pastikan foldernya ada, Anda boleh menulis di folder itu, dan disk tidak penuh, lalu coba lagi.</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Masalah berkas</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>Terjadi kesalahan di dalam AISafe Desktop. Jawaban Anda sejauh ini sudah tersimpan. Anda dapat melanjutkan, atau memulai ulang aplikasi jika ada yang tampak tidak beres.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>Laporan untuk pengembang disimpan di:
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
        <translation>&apos;answers&apos; harus berupa objek yang memetakan ID pertanyaan ke jawaban</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>&apos;format&apos; harus &quot;{expected}&quot; (ditemukan {found}); apakah ini berkas jawaban AISafe?</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>&apos;language&apos; harus berupa kode bahasa seperti &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>&apos;questionnaire&apos; harus berupa {shape}</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>dokumen jawaban adalah objek JSON ({shape})</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>jawaban &apos;{question_id}&apos; harus berupa {shape}; &apos;value&apos; tidak ada</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>jawaban &apos;{question_id}&apos; harus berupa {shape}; kunci tidak dikenal: {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>memerlukan tanggal dengan format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>memerlukan daftar nilai pilihan, misalnya {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>memerlukan angka</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>memerlukan teks</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>mencantumkan satu pilihan dua kali</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>tidak ada pertanyaan ini dalam {questionnaire} {version}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>bukan JSON yang valid: {reason} pada baris {line}, kolom {column}</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>wajib, tetapi belum dijawab</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>komentar pada jawaban &apos;{question_id}&apos; harus berupa teks</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>berkas ini bukan teks UTF-8; simpan sebagai UTF-8</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>berkas ini berukuran {size:,} byte; dokumen jawaban dibatasi {limit:,} byte</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON-nya bersarang terlalu dalam</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>kunci tidak dikenal: {keys}</translation>
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
        <translation>{values} tidak termasuk pilihan ({options})</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} melebihi batas maksimum {maximum}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} di bawah batas minimum {minimum}</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>{value} tidak termasuk pilihan ({options})</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop sudah berjalan (proses {owner}) dengan folder data {folder}. Tutup jendela yang lain terlebih dahulu, atau gunakan folder data lain.</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop sudah berjalan dengan folder data {folder}. Tutup jendela yang lain terlebih dahulu, atau gunakan folder data lain.</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>tidak dapat membuat berkas kunci {file}: {reason}. Periksa izin akses folder tersebut.</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>tidak dapat membaca {database}: {reason}. Tidak ada yang diubah; coba lagi.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>tidak dapat menyimpan ke {database}: {reason}. Perubahan terakhir ini tidak tersimpan; semua yang tersimpan sebelumnya aman. Kosongkan sebagian ruang disk atau pastikan folder dapat ditulisi, lalu coba lagi.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>tidak dapat menyimpan ke {database}: {reason}. Perubahan terakhir ini tidak tersimpan; semua yang tersimpan sebelumnya aman. Basis data terlalu lama sibuk; coba lagi.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>{database} rusak ({detail}). Berkas ini tidak diubah. Tidak ditemukan cadangan yang baik.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>{database} rusak ({detail}). Berkas ini tidak diubah. Cadangan baik yang terbaru adalah {backup}; pulihkan cadangan tersebut.</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>{database} ditulis oleh versi AISafe Desktop yang lebih baru (skema {revision}). Berkas ini tidak diubah. Pasang kembali versi yang lebih baru, atau gunakan folder data lain.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>&apos;{country}&apos; bukan negara anggota ASEAN; gunakan salah satu dari {countries}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>&apos;{email}&apos; tampaknya bukan alamat email (nama@contoh.org)</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>penilaian {assessment_id} ada di tempat sampah; pulihkan dulu untuk mengubahnya</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>tidak dapat membuat folder data {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>tidak dapat membuka basis data {database}: {reason}. Basis data tidak diubah.</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>tidak dapat membaca {file}: {reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>beri nama sistem AI</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>beri judul penilaian</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>isi nama organisasi</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>judul harus kurang dari 200 karakter</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>nama penanggung jawab harus kurang dari {limit} karakter</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>tulis batas waktu sebagai YYYY-MM-DD, mis. 2027-03-31 (ditemukan {value})</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>kuesioner &apos;{questionnaire}&apos; tidak terpasang (yang tersedia: {known}); berikan jalur berkas YAML-nya sebagai gantinya</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>kuesioner &apos;{questionnaire}&apos; versi {version} tidak terpasang (yang tersedia: {known}); berikan jalur berkas YAML-nya sebagai gantinya</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>sebutkan tempat menyimpan identitas (berkas keluaran atau folder data)</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>jawaban ini untuk {questionnaire} {version}, bukan {expected} {expected_version}; pilih kuesioner yang sesuai</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>jawaban belum dapat diekspor: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>jawaban belum dapat diekspor: {problems} (dan {more} lainnya)</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>jawaban tidak dapat diimpor: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>jawaban tidak dapat diimpor: {problems} (dan {more} lainnya)</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>jawaban diberikan untuk teks {questionnaire} yang berbeda (SHA-256 {sha256}); letakkan berkas kuesioner tersebut di folder questionnaires di dalam folder data, lalu coba lagi</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>kuesioner {questionnaire} tidak terpasang; letakkan berkas YAML-nya di folder questionnaires di dalam folder data, lalu coba lagi</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>salinan tersimpan {questionnaire} {version} tidak dapat dimuat lagi: {problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>kuesioner tersimpan {sha256}… tidak ada di basis data; pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>teks mengandung karakter yang bukan teks yang valid (surrogate UTF-16 tanpa pasangan)</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>entri daftar tepercaya {entry} bukan sidik jari SHA-256 (64 digit heksadesimal) dan bukan berkas sertifikat</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>tidak ada sistem AI {ai_system_id}</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>tidak ada penilaian {assessment_id}</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>cadangan otomatis hari ini tidak dapat dibuat di {folder}: {reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>bahasa tidak dikenal &apos;{language}&apos; (yang dikenal: {known})</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>{backup} rusak atau bukan basis data ({problem})</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>{backup} bukan cadangan AISafe Desktop</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>{backup} dibuat oleh versi AISafe Desktop yang lebih baru</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>{backup}: berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>{count} pertanyaan wajib belum dijawab: {questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>{count} pertanyaan wajib belum dijawab: {questions} dan {more} lainnya</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>{database} bukan basis data AISafe Desktop; berkas ini tidak diubah. Pindahkan berkas itu atau gunakan folder data lain.</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>{file} tidak memiliki berkas sertifikat di sebelahnya; masukkan frasa sandi</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>{file} bukan kuesioner yang valid: {problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>{file} bukan kuesioner yang valid: {problems} (dan {more} lainnya)</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>{new} bukan versi dari {old}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>berkas fon bawaan tidak ada: {file}; pasang ulang AISafe Desktop</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>tidak dapat membuat identitas: {problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>tidak dapat mengekstrak jawaban: {reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>tidak dapat membaca berkas identitas {file}: {reason}</translation>
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
        <translation>pilih frasa sandi: kunci privat tidak pernah disimpan tanpa enkripsi</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>negara {country} bukan kode ISO dua huruf seperti MY, TH, atau VN</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>email {email} tampaknya tidak berformat nama@contoh.org</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>penandatanganan gagal: {reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>fon bawaan tidak ada di {folder}; pasang ulang AISafe Desktop</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>organisasi kosong</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>frasa sandi tidak dapat membuka {source}; periksa lalu coba lagi (huruf besar dan kecil dibedakan)</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>laporan yang dihasilkan bukan PDF yang dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>tata letak laporan tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>laporan tidak sesuai dengan PDF/A-3b: {problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>rentang byte tanda tangan melewati akhir berkas</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>rentang byte tanda tangan tidak berformat benar</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>nama penanda tangan kosong</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>{file} sudah ada; pilih nama berkas lain</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>{source} tidak memiliki kunci privat atau sertifikat; ekspor ulang termasuk kuncinya</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>{source} berisi {kind}; hanya kunci RSA dan EC yang dapat menandatangani laporan</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>{source} bukan sertifikat X.509 PEM atau DER</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{source} bukan berkas PKCS#12 (.p12/.pfx)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>hal lain</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>teks atau angka</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>teks, angka, atau daftar</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>jawaban</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>teks, angka, atau daftar teks</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} bukan angka yang diizinkan JSON</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>seharusnya true atau false, ditemukan {kind}</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>seharusnya {what}, ditemukan {kind}</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>seharusnya null, ditemukan {kind}</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>kolom yang sama muncul dua kali</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} byte, lebih dari {limit:,}</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>seharusnya &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>seharusnya teks, ditemukan {kind}</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>teks berisi {length:,} karakter, lebih dari {limit:,}</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>teks tidak dalam bentuk yang diharapkan</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>seharusnya angka, ditemukan {kind}</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>angka ini bukan nilai terhingga yang masuk akal</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>angka {value} berada di luar {low}–{high}</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>seharusnya daftar, ditemukan {kind}</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>daftar berisi {count:,} butir, lebih dari {limit:,}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>seharusnya objek, ditemukan {kind}</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>{count:,} entri, lebih dari {limit:,}</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>ID</translation>
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
        <translation>bukan JSON yang valid (baris {line})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>bersarang terlalu dalam</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>kolom tidak dikenal</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>Disk penuh: kosongkan {megabytes} MB di drive {folder}, lalu coba lagi. Tidak ada yang hilang: semua yang tersimpan sebelumnya aman.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>Pemulihan {backup} terputus sebelum mengubah apa pun; data Anda tetap seperti semula.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>Pemulihan {backup} sempat terputus; kini sudah diselesaikan. Data Anda sebelumnya disimpan di {kept}.</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>pemulihan cadangan terputus dan jurnalnya {journal} tidak dapat dibaca ({error}). Tidak ada yang diubah; data Anda ada di {folder}.</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>pemulihan yang terputus meninggalkan salinan rusak {staging} ({problem}). Data Anda sebelumnya ada di {kept}.</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>pemulihan yang terputus tidak meninggalkan basis data. Data Anda sebelumnya ada di {kept}; cadangannya adalah {backup}.</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>tidak dapat membaca {database} ({problem}). Basis data tidak diubah. Pastikan folder dapat dibaca dan disk tidak penuh, lalu coba lagi.</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>cadangan tidak dapat ditulis ke {folder}: {error}. Data Anda tidak berubah.</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>tata letak tanda terima hasil pemeriksaan tidak dapat dibuat: {detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>tanda terima hasil pemeriksaan tidak memiliki tempat untuk tanda tangan</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>tata letak ringkasan tidak dapat dibuat: {detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>kiriman yang berstatus {old} tidak dapat menjadi {new}</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>kiriman {id} diubah oleh {who} saat Anda sedang melihatnya; tidak ada yang ditimpa. Buka kembali untuk melihat perubahannya.</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>tidak ada kiriman {id} di kotak masuk</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>{url} bukan URL basis data yang dapat digunakan aplikasi ini</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>kotak masuk {url} ditulis oleh versi AISafe Desktop yang lebih baru (skema {revision}); kotak masuk tidak diubah. Pasang versi yang lebih baru.</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>tidak dapat menulis kotak masuk {url}: {detail}. Tindakan ini tidak tersimpan sama sekali; kosongkan sebagian ruang disk atau coba lagi.</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>kotak masuk {url} tidak mengizinkan pengguna {user} melakukan tindakan ini; tidak ada yang diubah. Mintalah hak petugas kepada administrator kotak masuk (docs/inbox.md).</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>kotak masuk memerlukan berkas basis data, bukan {url}</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>kotak masuk bekerja dengan SQLite atau PostgreSQL, bukan {url}</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>basis data kotak masuk {url} tidak dapat dihubungi ({detail}). Periksa nama server dan port, pastikan server berjalan dan menerima koneksi dari komputer ini, serta periksa nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>kolom {path} pada tanda terima harus berupa teks paling banyak {limit} karakter</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>data tanda terima bukan teks JSON</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>berkas ini bukan tanda terima hasil pemeriksaan ({expected})</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>laporan, kuesioner, atau komentar pada tanda terima tidak ada atau tidak berformat benar</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>tanda terima tidak menyebutkan SHA-256 berkas yang diperiksa</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>tanggal pada tanda terima tidak ditulis dengan format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>komentar {index} pada tanda terima tidak berformat benar</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>tanda terima ini tentang laporan yang tidak diekspor dari komputer ini (SHA-256 {sha256}); impor di komputer yang membuat laporan tersebut</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>berkas terlalu besar untuk sebuah tanda terima hasil pemeriksaan</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>berkas ini bukan PDF</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>tanda terima tidak dapat diandalkan: {reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — apakah maksud Anda &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>. Kunci yang diizinkan dalam {what}: {keys}.</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> Apakah maksud Anda &apos;{guess}&apos; ({language})?</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> Apakah maksud Anda &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>dan {count} lainnya</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>kategori {band}, skor {score}, tanpa tanda bahaya</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>kategori {band}, skor {score}, tanda bahaya: {flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>tidak ada kategori hasil</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>beberapa kategori ({bands})</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>tidak ada tanda bahaya</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>tanda bahaya: {flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>tidak ada skor keseluruhan</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>skor keseluruhan {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}, {score} / 100, tanda bahaya: {flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}, {score} / 100, tanpa tanda bahaya</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>jawaban atas &apos;{question}&apos; memuat karakter yang tidak dapat ditampilkan oleh fon bawaan mana pun ({characters}); laporan menampilkan {replacement} sebagai gantinya</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>identitas ini memiliki kunci {key_type}: tanda tangannya sah, tetapi tanda tangan seperti itu menjadikan berkas PDF 2.0, sehingga berkas tidak lagi berformat PDF/A-3b (format arsip); gunakan identitas RSA agar tetap PDF/A</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>--days harus antara 1 dan {most}, bukan {days}</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>tidak dapat membuat otoritas sertifikat: {problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>tidak dapat membaca register CA {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>tidak dapat membaca daftar tepercaya Anda di {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>tidak dapat membaca {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>tidak dapat menulis register CA {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>tidak dapat menulis {path}: {reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>register CA {path} rusak ({detail}); pulihkan dari cadangan Anda</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>register CA {path} terlalu besar</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>sertifikat dalam {source} tidak berlaku hari ini (berlaku {start} sampai {end})</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>sertifikat dalam {source} tidak boleh digunakan untuk menandatangani dokumen (key usage)</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>register {path} milik CA lain ({other})</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>catatan lebih panjang dari {most} karakter</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>register CA ini tidak memiliki sertifikat dengan nomor seri {serial}</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>identitas ini bukan berkas otoritas sertifikat</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>{file} TIDAK SAH: {reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>{file} TIDAK TEPERCAYA: {reason}. Percayai penanda tangan terlebih dahulu, atau izinkan penanda tangan yang tidak tepercaya</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>{fingerprint} sudah dipercaya sebagai CA</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>{fingerprint} tidak ada dalam daftar tepercaya Anda</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>{path} adalah identitas penandatanganan, bukan berkas otoritas sertifikat</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>{path} terlalu besar untuk sebuah sertifikat atau CRL</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>{path} terlalu besar untuk sebuah permintaan atau sertifikat</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>{serial} bukan nomor seri (heksadesimal, seperti yang ditampilkan pada detail identitas)</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>{source} tidak mencantumkan nama pada subjeknya</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>{source} tidak mencantumkan organisasi pada subjeknya</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>{source} tidak berisi sertifikat X.509 yang dapat dibaca (PEM atau DER)</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>{source} rusak: tanda tangannya tidak cocok dengan kuncinya</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>{source} bukan sertifikat untuk kunci dalam {identity}</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>{source} bukan permintaan sertifikat (PKCS#10, PEM atau DER)</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>{source} bukan daftar pencabutan sertifikat (CRL, PEM atau DER)</translation>
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
        <translation>{source} tidak ditandatangani oleh CA dalam daftar tepercaya Anda; tambahkan sertifikat CA tersebut terlebih dahulu</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{text} bukan sidik jari SHA-256 (64 digit heksadesimal)</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>{value} bukan sidik jari SHA-256, bukan pula berkas sertifikat atau CRL</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>Anda belum memiliki identitas penandatanganan: pilih Baru… untuk membuatnya.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Simpan laporan sebagai</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>Pilih identitas dan ketik frasa sandinya.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Membuat laporan…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>Laporan bertanda tangan disimpan sebagai {file}.
Sidik jari penanda tangan (SHA-256), untuk instansi: {fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Harap diperhatikan:</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>Frasa sandi tersebut tidak dapat membuka identitas ini. Ketik ulang.</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>Ekspor PDF bertanda tangan</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>Laporan ditandatangani dengan identitas Anda, sehingga instansi dapat memeriksa siapa pengirimnya dan bahwa laporan tidak diubah. Jawaban Anda ikut tersimpan di dalam PDF.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identitas penandatanganan</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>Tanda tangan siapa yang dimuat laporan</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>Frasa sandi identitas yang dipilih</translation>
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
        <translation>Tempat berkas PDF disimpan</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>Buat identitas penandatanganan baru</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>Impor berkas .p12 atau .pfx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>Ubah penilaian yang sudah diekspor?</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>Penilaian ini sudah diekspor sebagai PDF bertanda tangan. Jika Anda mengubah jawaban, PDF tersebut tidak lagi sesuai dengan jawaban yang tersimpan di sini, dan hasilnya menjadi sementara sampai Anda menyelesaikannya lagi. Catatan tentang PDF yang sudah diekspor tetap disimpan.

Untuk membiarkan jawaban yang sudah diekspor apa adanya, kerjakan salinannya.</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>Ubah jawaban</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>Kerjakan salinan</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Biarkan apa adanya</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>Masukkan nama organisasi, atau pilih &apos;Lewati dulu&apos;.</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>Selamat datang di AISafe Desktop</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>Aplikasi ini memandu Anda melakukan penilaian mandiri atas sistem kecerdasan artifisial (AI) yang digunakan atau dibangun organisasi Anda: apa yang bisa salah, apa yang sudah Anda lakukan untuk mengatasinya, dan apa yang perlu dilakukan selanjutnya. Anda menjawab pertanyaan-pertanyaan sederhana; Anda dapat berhenti kapan saja dan melanjutkannya nanti.</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>Semua yang Anda masukkan tetap berada di komputer ini. Aplikasi ini tidak pernah terhubung ke internet, dan jawaban Anda tersimpan begitu Anda memberikannya.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>Tentang organisasi Anda</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>Informasi ini muncul di laporan Anda. Anda dapat melewatinya sekarang dan mengisinya nanti dari layar beranda.</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Lewati dulu</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Simpan dan lanjutkan</translation>
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
        <translation>Riwayat jawaban ini</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
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
        <translation>Ekspor sebagai CSV…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Ekspor riwayat</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>Organisasi Anda</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>Tambahkan detail organisasi Anda agar muncul di laporan Anda.</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Tambahkan detail</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>Ubah detail organisasi</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (salinan)</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>“{title}” dipindahkan ke tempat sampah.</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Impor jawaban</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>Jawaban AISafe (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>Cari berdasarkan judul, kuesioner, atau sistem AI</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Cari penilaian</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>Hanya menampilkan penilaian yang memuat teks ini. Pintasan: Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Penilaian baru</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Mulai penilaian baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>Buat penilaian dari berkas jawaban (.json)</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Verifikasi PDF…</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>Periksa bahwa laporan bertanda tangan tidak diubah. Anda juga dapat melepas (drop) berkas PDF di layar ini.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplikat</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>Pindahkan ke tempat sampah; tindakan ini dapat diurungkan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Belum ada penilaian</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>Mulai penilaian pertama Anda: pilih kuesioner, jawab pertanyaannya sesuai waktu Anda, dan lihat hasilnya beserta langkah selanjutnya yang jelas. Anda dapat berhenti kapan saja; setiap jawaban langsung tersimpan.</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>Mulai penilaian pertama Anda</translation>
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
        <translation>Impor identitas penandatanganan</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>Identitas penandatanganan (*.p12 *.pfx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>Frasa sandi untuk {file}:</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>Simpan sertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Sertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>Identitas penandatanganan</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>Digunakan untuk menandatangani laporan PDF Anda. Kirimkan sertifikatnya (bukan berkas identitasnya) kepada instansi, agar instansi dapat memeriksa laporan Anda.</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>Masing-masing dengan sidik jari yang dapat diperiksa instansi</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>Identitas baru…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>Impor berkas .p12 atau .pfx</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>Ekspor sertifikat…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>Simpan sertifikat publik untuk dikirim ke instansi</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>Hasil verifikasi</translation>
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
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Tepercaya</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Tidak tepercaya</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Tidak sah</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sedang diperiksa</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Disetujui</translation>
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
        <translation>Basis data kotak masuk</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>Kosongkan alamat untuk menyimpan kotak masuk di komputer ini. Jika beberapa petugas berbagi satu kotak masuk, masukkan alamat PostgreSQL yang diberikan staf TI Anda, misalnya postgresql+psycopg://officer@db.agency.example:5432/inbox. Kata sandi tidak pernah disimpan: Anda mengetiknya saat kotak masuk dibuka, atau staf TI Anda menaruhnya di berkas .pgpass Anda.</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>Nama Anda, seperti yang ditampilkan dalam riwayat pemeriksaan</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>&amp;Alamat basis data</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Nama Anda</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>Gunakan kotak masuk di komputer ini</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>Ini bukan alamat basis data.</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>Kotak masuk bekerja dengan PostgreSQL (atau berkas lokal).</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>Kotak masuk — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Tambah folder…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Ekspor tabel…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>Basis data…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Verifikasi ulang</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>Periksa ulang setiap berkas yang disimpan, misalnya setelah Anda memercayai seorang penanda tangan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>Organisasi, penanda tangan, sistem AI, atau berkas</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Laporan yang diterima</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>Hasil &amp;verifikasi</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>S&amp;ektor</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Kuesioner</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>Membuka kotak masuk…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>Kotak masuk tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>Kotak masuk: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n laporan</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>Tambahkan laporan yang diterima</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>Laporan PDF (*.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>Tambahkan folder berisi laporan</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>%v dari %m terverifikasi</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>%n laporan ditambahkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>%n sudah ada di kotak masuk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>%n berkas lain dilewati</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Ekspor tabel</translation>
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
        <translation>Harap diperhatikan</translation>
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
        <translation>Membuka data Anda…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>Kembali ke daftar penilaian (Alt+Home)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Penilaian baru</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Mulai penilaian baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>Bahasa, ukuran teks, cadangan (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>Semua pintasan keyboard aplikasi (F1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>Untuk instansi: terima, periksa, dan hitung laporan yang dikirim pelaku usaha kepada Anda (Ctrl+Shift+I)</translation>
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
        <translation>Masih perlu dijawab sebelum Anda dapat menyelesaikan</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>%n pertanyaan wajib belum dijawab. Pilih salah satu untuk menuju ke pertanyaan tersebut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>Semua yang wajib sudah dijawab</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>Pilih Selesai untuk melihat hasil Anda.</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>Pertanyaan yang masih perlu dijawab</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>Tekan Enter untuk menuju ke pertanyaan yang dipilih</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>Berkas kuesioner berikut di folder Anda tidak dapat digunakan sampai diperbaiki:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… dan {count} lainnya</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>Sekitar {minutes} menit · Bahasa: {languages} · Penerbit: {publisher} · Versi {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>(tidak tentang satu sistem tertentu)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Penilaian baru</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>Pilih kuesioner yang sesuai dengan hal yang ingin Anda periksa. Anda dapat berhenti kapan saja; setiap jawaban tersimpan.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>Nama yang mudah Anda kenali di daftar, misalnya nama proyeknya</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>Sistem AI (opsional)</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>Pilih salah satu, atau ketik nama sistem AI yang dinilai</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Bahasa pertanyaan</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>Kuesioner ditampilkan dalam bahasa ini</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>Kuesioner yang dapat Anda gunakan</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>Angka dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>Angka paling sedikit {low}.</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>Angka paling banyak {high}.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Angka.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>“{text}” bukan angka. Ketik angka saja, misalnya {whole} atau {example}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>ukuran berkas {size:,} bita; ukuran kuesioner dibatasi {limit:,} bita. Bagi menjadi beberapa kuesioner atau hapus data yang disematkan.</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>bita 0x{byte:02x} bukan UTF-8 yang valid. Simpan berkas sebagai UTF-8 (di sebagian besar editor: &apos;Save with encoding&apos; → UTF-8).</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>teks di sini bukan YAML yang valid ({parser}). Periksa indentasi (hanya spasi) dan beri tanda kutip pada teks yang mengandung &apos;: &apos; atau &apos; #&apos;, atau yang diawali simbol.</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>&apos;: &apos; di dalam teks membuat YAML membaca sisanya sebagai kunci baru. Beri tanda kutip pada seluruh teks (text: &quot;Note: …&quot;), atau, jika memang dimaksudkan sebagai kunci baru, buat indentasinya sama dengan kunci di atasnya. (Parser YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>pemetaan &apos;{{…}}&apos; tidak ditutup, atau teks di dalamnya mengandung &apos;: &apos; atau &apos; #&apos;. Beri tanda kutip pada teks tersebut ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) dan akhiri pemetaan dengan &apos;}}&apos;. (Parser YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>daftar &apos;[…]&apos; tidak ditutup, atau ada butir yang mengandung &apos;: &apos; atau &apos; #&apos;. Beri tanda kutip pada butir tersebut dan akhiri daftar dengan &apos;]&apos;. (Parser YAML: {parser})</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>teks bertanda kutip tidak pernah ditutup: tambahkan tanda kutip penutup (di dalam &quot;…&quot; tulis tanda kutip sebagai \&quot;, di dalam &apos;…&apos; sebagai &apos;&apos;). (Parser YAML: {parser})</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>ada baris yang diawali karakter yang tidak dapat dibaca YAML di sini (tab, atau &apos;@&apos; atau &apos;`&apos; di awal teks). Buat indentasi hanya dengan spasi, dan beri tanda kutip pada teks tersebut. (Parser YAML: {parser})</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>baris ini bukan &apos;key: value&apos;: tidak ada &apos;:&apos; setelah kunci, atau teks panjang berlanjut pada baris yang indentasinya kurang dari seharusnya (gunakan blok &apos;&gt;-&apos; untuk teks panjang). (Parser YAML: {parser})</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>indentasi tidak sesuai dengan baris di atasnya: kunci-kunci dalam satu pemetaan, dan butir &apos;- &apos; dalam satu daftar, harus dimulai pada kolom yang sama. (Parser YAML: {parser})</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>alias *{anchor} tidak memiliki jangkar &amp;{anchor} sebelumnya: definisikan jangkar tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>berkas ini berisi lebih dari satu dokumen YAML (&apos;---&apos;); simpan satu kuesioner per berkas.</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>dokumen ini berkembang menjadi lebih dari {limit:,} nilai (biasanya karena alias yang merujuk ke alias lain). Tuliskan nilainya secara lengkap atau gunakan lebih sedikit alias.</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>nilai bersarang lebih dari {limit} tingkat; kuesioner tidak pernah memerlukan hal ini. Periksa indentasinya.</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>kunci ganda {key!r}: kunci ini sudah diberikan pada baris {first_line}. YAML hanya menyimpan salah satunya, jadi hapus atau ganti nama salah satunya.</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>berkas tidak dapat dibaca: {reason}. Periksa jalur dan izin aksesnya.</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>kunci gabungan (&apos;&lt;&lt;: *anchor&apos;) tidak didukung dalam kuesioner: tuliskan kuncinya secara lengkap (alias &apos;*anchor&apos; yang berdiri sendiri sebagai nilai utuh tetap dapat digunakan).</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>kunci &apos;{key}&apos; tidak dikenal dalam {where}{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>{where} harus berupa {expected}, bukan {found}.</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>{where} kosong; tuliskan teksnya.</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>tag {tag!r} tidak diizinkan di sini; tulis nilai biasa tanpa &apos;!tag&apos;.</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>kunci harus berupa kata biasa, bukan daftar atau pemetaan.</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}: &apos;{combiner}&apos; harus berdiri sendiri dalam kondisinya; letakkan perbandingan lain di dalamnya.</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>{where} ({what}) tidak memiliki kunci wajib &apos;{key}&apos;. Tambahkan &apos;{key}: …&apos;{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>{where} harus memiliki sedikitnya {count} butir.</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>{where} memerlukan &apos;question: &lt;id pertanyaan&gt;&apos; untuk menyatakan jawaban mana yang diperiksanya.</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>{where} memerlukan tepat satu perbandingan ({operators}); ditemukan {count}. Gabungkan beberapa perbandingan dengan &apos;all:&apos; atau &apos;any:&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; tidak diizinkan untuk {where}.{hint} Gunakan salah satu dari: {choices}.</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>{where} bernilai {value}; nilainya harus {bound}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>&apos;{key}&apos; hanya berlaku untuk pertanyaan angka; pertanyaan &apos;{question}&apos; berjenis {qtype}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>&apos;{value}&apos; bukan versi: tulis tiga angka, major.minor.patch, misalnya 1.0.0.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&apos;{value}&apos; dalam {where} bukan pengenal yang valid; gunakan huruf kecil, angka, &apos;-&apos;, &apos;_&apos; atau &apos;.&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; bukan kode bahasa yang dikenal AISafe ({where}).{hint} Gunakan salah satu dari: {choices}.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>pertanyaan &apos;{question}&apos; berjenis {qtype} dan tidak boleh memiliki pilihan; hapus pilihan tersebut atau ubah jenisnya.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>&apos;{value}&apos; saja (tanpa value: dan label:) adalah bentuk singkat jawaban yes_no; pertanyaan &apos;{question}&apos; berjenis {qtype}, jadi tuliskan {{value: …, label: …}}.</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>pertanyaan yes_no hanya memiliki jawaban yes, no, dan na; &apos;{value}&apos; bukan salah satunya. Gunakan single_choice untuk jawaban lain.</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>pertanyaan {qtype} &apos;{question}&apos; memerlukan sedikitnya dua pilihan di bawah &apos;options&apos;.</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>pertanyaan skala &apos;{question}&apos; memerlukan sedikitnya dua titik di bawah &apos;options&apos; (nilai 0, 1, …, masing-masing dengan label).</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>titik skala berupa bilangan bulat (0, 1, 2 …); &apos;{value}&apos; bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>{what} memiliki min {minimum} di atas (atau sama dengan) max {maximum}; tukar keduanya.</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>titik pertanyaan skala &apos;{question}&apos; adalah {points}; beri nomor 0, 1, 2 … (atau 1, 2, 3 …) tanpa ada yang terlewat (yang hilang: {missing}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}: &apos;{fragment}&apos; tampaknya merupakan sisa teks yang terpotong pada &apos;,&apos; atau &apos;?&apos; tanpa tanda kutip. Beri tanda kutip pada teks ini: {key}: &quot;…, …&quot;.</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>{what} &apos;{value}&apos; digunakan dua kali (pertama kali pada baris {first_line}); setiap {what} harus unik. Ganti nama salah satunya.</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>{where} tidak memiliki teks dalam {missing}; tambahkan {add}.</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>{where} berupa teks biasa, tetapi berkas ini mendeklarasikan {languages}; tuliskan sebagai pemetaan dengan satu teks per bahasa ({add}).</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>{where} memiliki teks dalam {extra}, yang tidak ada di languages; tambahkan kodenya ke languages atau hapus teks tersebut.</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>{count} teks tidak memiliki teks &apos;{code}&apos;{found} — ini akibat dari languages (baris {line}); perbaiki itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>default_language &apos;{value}&apos; tidak ada di languages ({languages}); tambahkan ke sana.</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>kondisi merujuk ke pertanyaan &apos;{question}&apos;, yang tidak ada{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>pertanyaan &apos;{question}&apos; tidak memiliki pilihan &apos;{value}&apos;; pilihannya adalah {options}.</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>kondisi {owner} ini memeriksa pertanyaan &apos;{question}&apos;, yang hanya ditampilkan jika kondisi tersebut terpenuhi. Dasarkan kondisi ini pada pertanyaan lain (boleh sebelum atau sesudahnya; kondisi dapat merujuk ke depan).</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>kondisi-kondisi membentuk siklus: {chain}; tidak ada pertanyaan yang dapat ditampilkan lebih dulu. Putuskan siklus ini dengan menghapus salah satu kondisi tersebut.</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>&apos;{operator}&apos; membandingkan angka atau tanggal, tetapi pertanyaan &apos;{question}&apos; berjenis {qtype}; gunakan equals atau in.</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>&apos;includes&apos; digunakan untuk pertanyaan multiple_choice; &apos;{question}&apos; berjenis {qtype}: gunakan equals.</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>&apos;{question}&apos; memperbolehkan beberapa jawaban; gunakan &apos;includes: VALUE&apos; atau &apos;in: [VALUES]&apos;, bukan {operator}.</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>&apos;{operator}: {value}&apos; pada pertanyaan skala &apos;{question}&apos; harus salah satu titiknya ({points}), ditulis sebagai angka tanpa tanda kutip.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>pertanyaan &apos;{question}&apos; adalah pertanyaan angka, jadi &apos;{operator}&apos; memerlukan angka, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>pertanyaan &apos;{question}&apos; adalah pertanyaan tanggal, jadi &apos;{operator}&apos; memerlukan tanggal yang benar dengan format &quot;YYYY-MM-DD&quot; (mis. &quot;2026-12-02&quot;), bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>pertanyaan &apos;{question}&apos; adalah pertanyaan teks, jadi &apos;{operator}&apos; memerlukan teks, bukan &apos;{value}&apos;; beri tanda kutip.</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>dimensi &apos;{value}&apos; tidak dideklarasikan di bawah &apos;dimensions&apos;.{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>rekomendasi &apos;{value}&apos; tidak dideklarasikan di bawah &apos;recommendations&apos;.{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>kategori &apos;{value}&apos; tidak dideklarasikan di bawah scoring.bands.{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>kategori &apos;{lower}&apos; dan &apos;{upper}&apos; tumpang tindih antara {start} dan {end}; atur min untuk &apos;{upper}&apos; menjadi {end}.</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>tidak ada kategori yang mencakup skor dari {start} sampai {end}; {fix}.</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>dimensi mitigasi tidak boleh ikut dihitung dalam skor keseluruhan; hapus dari scoring.overall.</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>tidak ada pilihan yang memberi poin pada dimensi &apos;{value}&apos;, sehingga skornya selalu 0; berikan poin atau hapus dimensi tersebut.</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>rekomendasi &apos;{value}&apos; tidak pernah dipicu oleh pilihan, tanda bahaya, batas minimum, atau hasil; rujuk rekomendasi ini atau hapus.</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>berkas ini tidak memiliki &apos;format: 2&apos;, sehingga dibaca sebagai format 1, dan setiap pertanyaan yes_no juga menawarkan &apos;tidak berlaku&apos; (yang mengeluarkan pertanyaan tersebut dari skor). Tambahkan &apos;format: 2&apos; di bagian atas dan cantumkan na di bawah options hanya jika memang merupakan jawaban yang sebenarnya.</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>{where} mengandung &apos;{tag}&apos;: teks ditampilkan sebagai teks biasa di semua tempat (layar dan PDF), sehingga tag tersebut akan tampil apa adanya. Hapus tag tersebut.</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>{where} berisi karakter kontrol {char}: karakter ini akan mengendalikan terminal atau membalik teks di layar. Hapus karakter itu.</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>teks tanpa terjemahan {language}: {count} (yang pertama: {first}); sampai teks tersebut diterjemahkan, layar dan PDF berbahasa {language} menampilkannya dalam {fallback}. Terjemahkan teks tersebut di {translation}.</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>{translation} menerjemahkan &apos;{address}&apos;, yang tidak ada dalam kuesioner ini (dipindahkan atau dihapus); pindahkan terjemahan tersebut ke alamat baru teks itu atau hapus.</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>teks {language} untuk &apos;{address}&apos; memiliki penanda tempat {found}, sedangkan teks {fallback} memiliki {expected}; pertahankan setiap {{placeholder}} persis seperti yang tertulis dalam {fallback}.</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>{translation} menerjemahkan {questionnaire} versi {found}, bukan {version}, sehingga berkas ini tidak digunakan; perbarui teksnya dan tetapkan version: {version}.</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>{translation} bukan berkas terjemahan (berkas ini memerlukan questionnaire, version, language (kode yang dikenal), status (draft atau reviewed), dan texts); perbaiki bagian kepalanya.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>Organisasi Anda</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>1 sampai 9 orang</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 sampai 49 orang</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 sampai 249 orang</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 orang atau lebih</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>Instansi pemerintah atau badan publik</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nama organisasi</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nomor registrasi</translation>
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
        <translation>Jumlah pegawai</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Email narahubung</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>Seperti yang seharusnya tertulis di laporan Anda.</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>Misalnya NIB (Nomor Induk Berusaha), atau nomor SSM, ACRA, atau DBD. Opsional.</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>Tempat kedudukan organisasi.</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>Misalnya ritel, kesehatan, keuangan, atau pendidikan.</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>Berapa banyak orang yang bekerja di organisasi ini.</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>Orang yang menjawab pertanyaan tentang penilaian. Opsional.</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>Alamat email orang tersebut. Opsional.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Pilih negara</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>Pilih jumlah pegawai</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>misalnya ritel</translation>
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
        <translation>Jawaban ini menetapkan hasil menjadi {band} apa pun jawaban Anda yang lain: {message} Hentikan dan mintalah saran sebelum sistem AI ini digunakan.</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>Hasil sementara: {band} ({percent} %).</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>Berdasarkan %n pertanyaan yang telah dijawab dari {total} pertanyaan yang sejauh ini berlaku. Hasil masih dapat berubah saat Anda menjawab sisanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>Tanda bahaya sejauh ini:</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>Hasil sejauh ini</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>Dibuka. {guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>Ditutup. Tekan Spasi untuk menampilkan panduan pertanyaan ini.</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>Instansi memberikan komentar atas jawaban ini:</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>Belum tersimpan. Jawaban Anda disimpan di sini dan aplikasi terus mencoba menyimpannya.</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>Pertanyaan ini dalam bahasa {language}.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Wajib.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Opsional.</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>Diisi otomatis dari profil organisasi Anda. Ubah jika tidak sesuai untuk penilaian ini.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Hapus jawaban</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>Hapus jawaban: {question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>Hapus jawaban atas pertanyaan ini</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>Riwayat: {question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>Kapan dan bagaimana jawaban ini dan komentarnya berubah</translation>
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
        <translation>Bukti atau komentar: {question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>Opsional: catatan, nama dokumen, atau tautan ke bukti</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>Tanda terima hasil pemeriksaan bertanda tangan</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>Tanda terima ini memberi tahu pelaku usaha keputusan Anda dan setiap komentar, dan ditandatangani dengan identitas instansi Anda sehingga aplikasi mereka dapat memeriksa bahwa tanda terima itu berasal dari Anda.</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>&amp;Identitas penandatanganan</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>&amp;Bahasa tanda terima</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>Belum ada identitas penandatanganan: buat terlebih dahulu di Pengaturan → Identitas penandatanganan.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Simpan tanda terima</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>Tanda terima bertanda tangan disimpan ke {file}</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>Hasil pemeriksaan dari {agency}</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>Disetujui oleh instansi</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Dikembalikan untuk diperbaiki</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>Sedang diperiksa oleh instansi</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>Diterima oleh instansi</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency} ({decision}, {date}): {comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>Mohon sampaikan kembali paling lambat {date}</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>Tanda terima ini bertanda tangan dan tidak diubah, tetapi penanda tangannya tidak ada dalam daftar tepercaya Anda: cocokkan sidik jarinya dengan instansi.</translation>
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
        <translation>Instansi tidak memberikan komentar.</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>Tentang laporan secara keseluruhan</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>Jawaban Anda: {answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(belum dijawab)</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>Instansi: {comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>Jawaban dalam laporan</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>Laporan ini gagal dalam satu pemeriksaan: jangan mengandalkan jawaban ini.</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>Kuesioner ini tidak terpasang di sini: jawaban ditampilkan menurut id pertanyaan.</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>Laporan ini tidak berisi jawaban.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(belum dijawab)</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>Komentar atau bukti: {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>Laporan yang diterima</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil verifikasi</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ Tepercaya: bertanda tangan, tidak diubah, dan penanda tangan ada dalam daftar tepercaya Anda.</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ Tidak tepercaya: bertanda tangan dan tidak diubah, tetapi tidak ada pihak yang Anda percayai yang menjamin penanda tangan. Cocokkan sidik jarinya dengan pelaku usaha sebelum mengandalkannya.</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ Tidak sah: jangan mengandalkan berkas ini.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Sidik jari (SHA-256)</translation>
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
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>Hasil (dihitung ulang)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor referensi</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>Waktu penandatanganan yang diklaim</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Tanda bahaya</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Alasan hasil ini</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>Versi kuesioner ini tidak terpasang di sini: jawaban tidak dapat ditampilkan bersama pertanyaannya.</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>Tidak ada jawaban terverifikasi untuk ditampilkan.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(belum dijawab)</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>Komentar atau bukti dari responden: {text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>Komentari jawaban ini…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>Komentar tentang: {question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>Pengiriman ulang laporan {id}, diterima {when}.</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>Hasil: {before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Tidak ada jawaban yang berubah.</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>Sebelumnya: {before}
Sekarang: {after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}, {when}: {text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>Komentar tentang laporan secara keseluruhan (opsional)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>K&amp;omentar</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>&amp;Batas waktu (laporan yang dikembalikan)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Status saat ini</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Simpan hasil pemeriksaan</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>Tanda terima bertanda tangan…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(batas waktu {date})</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>Komentari sebuah jawaban</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>Verifikasi laporan bertanda tangan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>dipercayai dari tampilan verifikasi setelah sidik jari dicocokkan</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>Alasan hasil ini</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>Yang diminta tingkat ini dari Anda</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>Hasil: {band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>Hasil pada skala kuesioner</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}: kategori {number} dari {count} ({bands}); skor keseluruhan {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>Kategori {number} dari {count} · skor keseluruhan {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>Skor keseluruhan: {score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Tanda bahaya</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Tanda bahaya</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>Bidang risiko (skor lebih tinggi berarti lebih serius)</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>Skor per bidang (lebih tinggi lebih baik)</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>Langkah pengamanan (lebih tinggi lebih baik)</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>Lakukan terlebih dahulu</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>Lakukan berikutnya</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Bila memungkinkan</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Yang perlu dilakukan selanjutnya</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>Rencana tindakan Anda: centang setiap langkah setelah selesai, lalu tetapkan penanggung jawab dan batas waktunya. Rencana ini disimpan bersama penilaian dan dicetak dalam laporan bertanda tangan.</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>&amp;Kembali ke jawaban</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>&amp;Ekspor PDF bertanda tangan…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>&amp;Log perubahan…</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>Kapan penilaian ini dibuat, dijawab, diselesaikan, diekspor, dan ditingkatkan (Alt+L)</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>Buat laporan PDF bertanda tangan yang dapat diverifikasi pihak lain</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>Belum tersimpan: lihat catatan pada pertanyaan</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>%n jawaban belum tersimpan: mencoba lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Disimpan pada {time}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status penyimpanan</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>started</source>
        <translation>sudah dimulai</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>Pilih bagian untuk menuju ke sana. Pintasan: F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>Kembalikan data seperti pada cadangan ini? Perubahan yang dibuat sejak saat itu tidak akan ada di data yang dipulihkan, tetapi data saat ini disimpan dulu sebagai salinan.</translation>
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
        <translation>Mengikuti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
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
        <translation>Bahasa aplikasi. Langsung berubah.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Ukuran teks</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>Memperbesar semua teks</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>Terang, gelap, atau kontras tinggi; langsung berubah</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Data Anda</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>Semua yang Anda masukkan disimpan di folder ini di komputer ini, dan tidak di tempat lain:</translation>
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
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>Cadangan dibuat setiap hari Anda menggunakan aplikasi dan sebelum setiap pembaruan. Sesekali salin folder cadangan ke flashdisk USB.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Cadangan, terbaru lebih dahulu</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Pilih cadangan yang akan dipulihkan</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Buka folder cadangan</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>Pulihkan cadangan yang dipilih…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version}. Bekerja secara luring; tidak pernah mengirim data ke mana pun. Dibuat dengan pustaka dan fon berikut, berdasarkan lisensinya masing-masing:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Di mana saja</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Saat menjawab</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Daftar pintasan keyboard ini</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Mulai penilaian baru</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Kembali ke daftar penilaian</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>Pengaturan: bahasa, ukuran teks, cadangan</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>Keluar (bertanya dulu jika ada jawaban yang belum tersimpan)</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Kontrol berikutnya / sebelumnya</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + huruf bergaris bawah</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>Tombol atau kolom dengan huruf tersebut</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>Cari penilaian</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>Impor berkas jawaban</translation>
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
        <translation>Pindahkan penilaian yang dipilih ke tempat sampah (dapat diurungkan)</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>Bagian berikutnya (Selesai pada bagian terakhir)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Bagian sebelumnya</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter (pada pilihan)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Bagian berikutnya</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>Menuju ke daftar bagian</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Tombol panah</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>Berpindah antarpilihan pada satu pertanyaan</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>Memilih opsi; menampilkan atau menyembunyikan &quot;Mengapa kami bertanya&quot;</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>Hasil sementara sejauh ini</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>Semua fungsi di AISafe Desktop dapat dijalankan dengan keyboard. Tombol juga menampilkan pintasannya pada keterangan alat (tooltip).</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
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
        <translation>Sudah terbuka</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>AISafe Desktop sudah terbuka di jendela lain dengan data yang sama. Beralihlah ke jendela itu, atau tutup jendela itu lalu jalankan ulang aplikasi.</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>Data lebih baru</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>Data Anda disimpan oleh versi AISafe Desktop yang lebih baru. Data tidak diubah. Pasang versi tersebut (atau yang lebih baru) untuk membukanya.</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>Data rusak</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>Berkas data rusak dan tidak dapat dibuka. Berkas tidak diubah. Pulihkan cadangan terbaru ({backup})? Berkas yang rusak disimpan sebagai salinan.</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>Berkas data rusak dan tidak ditemukan cadangan. Berkas tidak diubah. Hubungi dukungan TI Anda; mereka dapat memeriksa berkas di folder data.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Data Anda tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>Tepercaya: ditandatangani oleh pihak yang Anda percayai, dan tidak diubah</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>{file} ditandatangani oleh penanda tangan dalam daftar tepercaya Anda dan tidak diubah sejak itu. Jawaban di dalamnya memberikan hasil yang dinyatakan.</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>TIDAK TEPERCAYA: tidak diubah, tetapi penanda tangan tidak ada dalam daftar tepercaya Anda</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>{file} tidak diubah sejak ditandatangani. Namun siapa pun dapat membuat kunci dengan nama apa pun: sebelum mengandalkannya, cocokkan sidik jari di bawah ini dengan penanda tangan melalui telepon.</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>Jangan mengandalkan laporan ini</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>{file} tidak diubah, tetapi sertifikat penanda tangannya tidak dapat diterima: {reason}.</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>sertifikat telah dicabut</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>sertifikat tidak berlaku pada waktu penandatanganan yang diklaim</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>sertifikat tidak boleh digunakan untuk menandatangani dokumen</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>rantai sertifikatnya ditolak</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>Ada dalam daftar tepercaya Anda</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>Tidak ada dalam daftar tepercaya Anda</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>Penanda tangan: {signer}
Organisasi: {organisation} ({country})
Sidik jari (SHA-256): {fingerprint}
Waktu penandatanganan yang diklaim: {when} (menurut jam penanda tangan sendiri)
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>Percayai penanda tangan ini?</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>Telepon {signer} ({organisation}) di nomor yang sudah Anda ketahui — bukan nomor dari laporan ini — dan minta mereka membacakan sidik jarinya. Percayai hanya jika sidik jarinya persis:

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>Setiap laporan yang ditandatangani dengan kunci ini akan ditampilkan sebagai tepercaya. Anda dapat menghapusnya di Pengaturan → Penanda tangan dan instansi tepercaya.</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>Cocok: percayai penanda tangan ini</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>CA instansi (memercayai setiap sertifikat yang diterbitkannya)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>(hanya dikenal dari sidik jari)</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>Ditambahkan {when} oleh {who}</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>Daftar pencabutan tanggal {when}</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Percayai sertifikat</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>Sertifikat dan daftar pencabutan (*.pem *.crt *.cer *.der *.crl);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Berhenti memercayai</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>Berhenti memercayai {name}? Laporan darinya kemudian akan diverifikasi sebagai TIDAK TEPERCAYA.</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>Penanda tangan dan instansi tepercaya</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>Laporan dari penanda tangan ini, atau dengan sertifikat dari CA instansi ini, diverifikasi sebagai tepercaya. Laporan dari pihak lain ditampilkan sebagai TIDAK TEPERCAYA, apa pun nama yang tertera.</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>Tambahkan sertifikat atau daftar pencabutan…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>Berhenti memercayai…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>Versi yang lebih baru dari kuesioner ini ({new}) sudah terpasang; penilaian ini menggunakan versi {old}.</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>Tingkatkan ke versi {version}…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>Pertanyaan baru</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>Jenis jawaban berbeda</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>Pilihan jawaban berbeda</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Kalimat diubah</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — jawaban Anda: {answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>pertanyaannya berubah: periksa apakah jawaban Anda masih tepat</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — pertanyaan baru</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>pertanyaan ini kini memerlukan jenis jawaban yang berbeda</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — jawaban Anda ({answer}) tidak lagi sesuai: {why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — jawaban Anda ({answer}) tetap tersimpan dalam riwayat</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>Tingkatkan ke versi {version}</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>{questionnaire}: versi {old} → {new}. Setiap jawaban beserta riwayatnya tetap disimpan; tidak ada yang berubah sampai Anda memilih Tingkatkan.</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>Yang berubah dalam kuesioner ({count})</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>Tidak ada pertanyaan yang berubah.</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>Jawaban yang terbawa ({count})</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>Tidak ada jawaban yang terbawa.</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>Pertanyaan yang memerlukan jawaban baru ({count})</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>Tidak ada: setiap jawaban masih sesuai.</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>Jawaban atas pertanyaan yang dihapus ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Tingkatkan</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>Verifikasi laporan bertanda tangan</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>Percayai penanda tangan ini…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>Tampilkan jawaban…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>Jangan mengandalkan laporan ini</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>{file} gagal dalam setidaknya satu pemeriksaan di bawah ini. Berkas ini mungkin telah diubah setelah ditandatangani, atau bukan laporan AISafe.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>Pemeriksaan: %n gagal</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>Pemeriksaan: tidak ada yang gagal</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Tidak diperiksa</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lolos</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>Berkas tidak dapat dibuka: berkas tidak ada atau tidak boleh dibaca.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Berkas ini bukan dokumen PDF.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>Berkas ini rusak atau bukan PDF yang dapat dibaca AISafe Desktop.</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>Berkas ini berukuran {size} byte; laporan yang lebih besar dari {limit} byte ditolak.</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>Sebagian berkas jika dibuka menjadi lebih dari {limit} byte; berkas ditolak.</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>Berkas memiliki lebih dari {limit} halaman; berkas ditolak.</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>Berkas memiliki lebih dari {limit} objek internal; berkas ditolak.</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>Berkas ini disimpan bertumpuk {count} kali (batasnya {limit}); berkas ditolak.</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>Struktur internal berkas bersarang lebih dari {limit} tingkat; berkas ditolak.</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>Berkas merujuk ke luar dirinya ({what}); berkas seperti ini ditolak.</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>Berkas ini tidak ditandatangani.</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>Berkas seharusnya memuat tepat satu tanda tangan AISafe; berkas ini memuat {count}.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>Berkas diubah setelah ditandatangani: tanda tangan tidak cocok dengan isinya.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>Tanda tangan tidak mencakup seluruh berkas: ada sesuatu yang ditambahkan di sekitarnya.</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>Ada sesuatu yang ditambahkan setelah penandatanganan: {what}.</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>Berkas tidak memuat jawaban yang ditandatangani (answers.json).</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>Berkas memuat answers.json lebih dari satu kali.</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>Jawaban yang disematkan (answers.json) rusak atau disimpan dengan cara yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>Jawaban yang disematkan jika dibuka menjadi lebih dari {limit} byte; jawaban ditolak.</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>Jawaban yang disematkan bukan teks JSON yang dapat dibaca.</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>Jawaban yang disematkan salah pada {path}: {problem}.</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>Kuesioner {questionnaire} tidak terpasang di sini; tambahkan berkasnya untuk memeriksa ulang jawaban.</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>Jawaban yang disematkan tidak menyebutkan secara tepat berkas kuesioner mana yang digunakan (tidak ada SHA-256).</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>Kuesioner yang terpasang di sini berbeda dengan kuesioner yang digunakan untuk membuat laporan.</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>Jawaban yang ditandatangani melanggar aturan kuesioner: {problems}.</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>Ada pertanyaan wajib yang belum dijawab ({questions}), tetapi laporan tidak ditandai belum lengkap.</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>Hasil yang dinyatakan dalam jawaban ({stated}) berbeda dengan hasil penghitungan ulang ({rescored}).</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>Halaman laporan menyatakan {stated}, sedangkan jawaban yang ditandatangani memberikan {rescored}.</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>Teks pada halaman laporan tidak dapat dibaca untuk dibandingkan dengan jawaban.</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>struktur PDF dapat dibaca</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>satu tanda tangan</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>bita yang ditandatangani cocok dengan tanda tangan</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>tanda tangan mencakup seluruh berkas</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>tidak ada yang ditambahkan setelah penandatanganan</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>{attachment} dibaca dari revisi yang ditandatangani</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>answers.json memiliki kolom, jenis, dan ukuran yang diharapkan</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>{questionnaire} terpasang di komputer ini</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>SHA-256 sama dengan yang digunakan untuk laporan</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>setiap jawaban valid untuk kuesioner ini</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>setiap jawaban valid untuk kuesioner ini; laporan ditandai BELUM LENGKAP: {count} pertanyaan wajib belum dijawab</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>penghitungan ulang skor memberikan “{band}” ({score}), sesuai yang dinyatakan</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>halaman sampul dan ringkasan menyatakan hasil penghitungan ulang</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>rantai sertifikat berujung pada {anchor}, yang Anda percayai</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>daftar tepercaya Anda kosong: penanda tangan tidak Anda kenal</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>penanda tangan {fingerprint} tidak ada dalam daftar tepercaya Anda dan sertifikatnya tidak diterbitkan oleh CA yang Anda percayai</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>sertifikat penanda tangan (atau penerbitnya) telah dicabut</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>sertifikat penanda tangan tidak berlaku pada waktu penandatanganan yang diklaim (berlaku {start} sampai {end})</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>sertifikat penanda tangan tidak boleh digunakan untuk menandatangani dokumen (key usage)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>rantai sertifikat penanda tangan ditolak</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>penanda tangan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>perubahan pada informasi dokumen (misalnya judulnya) atau data validasi</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>kolom formulir yang diisi</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>komentar atau tanda pada halaman</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>perubahan pada isi dokumen</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>tindakan berjenis {target}</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>tautan ke {target}</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>berkas {target}</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>spesifikasi berkas melalui URL</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>data stream yang disimpan di berkas lain</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>halaman yang diimpor dari berkas lain</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>%n dari {total} bagian selesai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>%n pertanyaan dijawab dari {total} pertanyaan yang sejauh ini berlaku</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>Beberapa jawaban membuat pertanyaan lain berlaku, sehingga jumlah pertanyaan dapat bertambah seiring Anda menjawab.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Se&amp;lesai</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Berikutnya</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>Lihat hasil (Alt+Right)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>Bagian berikutnya (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>Bagian sebelumnya (Alt+Left)</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>Bagaimana ini dihitung?</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>Hasil &amp;sementara</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>Lihat hasil sementara dari jawaban yang diberikan sejauh ini (Alt+S)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>Kata sandi basis data kotak masuk</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>Kata sandi untuk {where} (hanya disimpan untuk sesi ini):</translation>
    </message>
</context>
</TS>
