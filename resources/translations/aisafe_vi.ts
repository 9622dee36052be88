<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>Chưa được lưu. Nội dung bạn đã nhập được giữ tại đây và ứng dụng tiếp tục thử lưu.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Done: {recommendation}</source>
        <translation>Đã xong: {recommendation}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>Người phụ trách: {recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>Người sẽ bảo đảm bước này được thực hiện</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>Hạn hoàn thành của: {recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>Ngày viết theo dạng YYYY-MM-DD, ví dụ 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>Mục trong kế hoạch hành động</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Bảng câu hỏi</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Hệ thống AI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Thay đổi lần cuối</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Đã xuất báo cáo</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation>Đã lưu yêu cầu {file}. Hãy gửi yêu cầu này cho cơ quan.</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>Đã cài đặt chứng thư từ {issuer}. Các báo cáo của bạn từ nay sẽ mang chứng thư này.</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>Đã tạo CA {file}. Hãy gửi {certificate} cho mọi bên xác minh; dấu vân tay của chứng thư là {fingerprint}.</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>Đã cấp {file} cho {subject}, số sê-ri {serial}.</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>Đã thu hồi {serial} ({subject}). Hãy ghi một danh sách thu hồi mới và gửi cho các bên xác minh.</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>Đã lưu danh sách thu hồi {file} ({count} chứng thư bị thu hồi).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>Cụm mật khẩu của {file}:</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>Danh tính ký (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>Danh tính nào?</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Lưu yêu cầu</translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation>Yêu cầu (*.csr)</translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation>Chứng thư từ cơ quan</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>Chứng thư (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>Lưu tệp CA</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>Yêu cầu cần ký</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Tệp CA</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Thời hạn hiệu lực</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>Có hiệu lực trong (ngày):</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Lưu chứng thư</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>Chứng thư (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>Số sê-ri của chứng thư cần thu hồi:</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>Lưu danh sách thu hồi</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>Danh sách thu hồi (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>Chứng thư từ cơ quan</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>Một cơ quan có thể xác nhận danh tính của bạn một lần cho tất cả báo cáo của bạn: hãy gửi yêu cầu cho cơ quan, sau đó cài đặt chứng thư mà cơ quan gửi lại.</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>Yêu cầu chứng thư…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>Cài đặt chứng thư…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>Tổ chức cấp chứng thư của cơ quan</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>Dành cho cán bộ cơ quan: cấp chứng thư cho các doanh nghiệp mà cơ quan đăng ký, và thu hồi chứng thư. Hãy lưu tệp CA và sổ ghi của tệp ở chế độ ngoại tuyến và có sao lưu.</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>Tạo CA…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>Cấp chứng thư…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>Thu hồi chứng thư…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>Ghi danh sách thu hồi…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Đã sửa ghi chú</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Đã nâng cấp</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Đã xuất báo cáo</translation>
    </message>
    <message>
        <source>to version {version}</source>
        <translation>lên phiên bản {version}</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Xuất dưới dạng CSV…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>Tệp đọc được</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>Tệp có đúng một chữ ký</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>Chữ ký còn nguyên vẹn</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>Chữ ký bao trùm toàn bộ tệp</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>Không có thay đổi nào sau khi ký</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>Các câu trả lời được đính kèm</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>Người ký có trong danh sách tin cậy của bạn</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>Các câu trả lời đính kèm đọc được</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>Bảng câu hỏi đã được cài đặt tại đây</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>Đúng là cùng một văn bản bảng câu hỏi</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>Tính điểm lại cho ra đúng kết quả đã nêu</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>Các câu trả lời tuân theo quy tắc của bảng câu hỏi</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>Các trang nêu cùng kết quả với các câu trả lời đã ký</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>Câu trả lời chưa được lưu</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>Chưa lưu được %n câu trả lời. Lưu ngay bây giờ, hay đóng và bỏ các câu trả lời này?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>Bỏ %n câu trả lời và đóng</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>Thử lưu lại</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Bru-nây Đa-rút-xa-lam</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Campuchia</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>Lào</translation>
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
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Việt Nam</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation>Tạo tổ chức cấp chứng thư của cơ quan</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>Tên CA</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Quốc gia (hai chữ cái)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Hãy chọn cụm mật khẩu có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Hai cụm mật khẩu không giống nhau. Vui lòng nhập lại.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>Hãy nhập tên của bạn và tên tổ chức.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Hãy chọn cụm mật khẩu có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Hai cụm mật khẩu không giống nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>Danh tính ký mới</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>Danh tính ký cho phép bạn ký báo cáo, để cơ quan có thể kiểm tra ai đã gửi báo cáo và báo cáo không bị thay đổi. Danh tính này được lưu trong thư mục dữ liệu của bạn và được khóa bằng cụm mật khẩu của bạn. Cụm mật khẩu không thể khôi phục: hãy ghi lại ở nơi an toàn.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>Hiển thị trong chữ ký</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>Nơi tổ chức đặt trụ sở</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Email (không bắt buộc)</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>Hiển thị trong chứng thư</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>Ít nhất 8 ký tự; cần mỗi lần bạn ký</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>Nhập lại cụm mật khẩu một lần nữa</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>Bảng tổng quan hộp thư đến</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>Xuất bản tóm tắt PDF…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Trạng thái xem xét</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Bảng câu hỏi</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>Cảnh báo đỏ thường gặp nhất</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>Khuyến nghị thường gặp nhất</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>Số báo cáo nhận được mỗi tháng</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>Có %n báo cáo khớp với bộ lọc của bảng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Xuất bản tóm tắt PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>Tóm tắt hộp thư đến</translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation>Đã lưu bản tóm tắt vào {file}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>Điền ngày hôm nay</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>Vui lòng kiểm tra</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>Không thể đọc hoặc ghi một tệp: {reason}. Hãy kiểm tra thư mục có tồn tại không, bạn có quyền ghi vào thư mục không và ổ đĩa còn chỗ trống không, rồi thử lại.</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Lỗi tệp</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>Đã xảy ra lỗi bên trong AISafe Desktop. Các câu trả lời của bạn cho đến lúc này đã được lưu. Bạn có thể tiếp tục, hoặc khởi động lại ứng dụng nếu thấy có gì bất thường.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>Một báo cáo cho nhà phát triển đã được lưu tại:
{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation>&apos;answers&apos; phải là một đối tượng ánh xạ mã câu hỏi với câu trả lời</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>&apos;format&apos; phải là &quot;{expected}&quot; (tìm thấy {found}); đây có phải là tệp câu trả lời AISafe không?</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>&apos;language&apos; phải là mã ngôn ngữ, ví dụ &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>&apos;questionnaire&apos; phải là {shape}</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>tài liệu câu trả lời là một đối tượng JSON ({shape})</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>câu trả lời &apos;{question_id}&apos; phải là {shape}; thiếu &apos;value&apos;</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>câu trả lời &apos;{question_id}&apos; phải là {shape}; khóa không xác định {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>cần một ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>cần một danh sách giá trị lựa chọn, ví dụ {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>cần một số</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>cần một văn bản</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>có một lựa chọn bị liệt kê hai lần</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>không có câu hỏi này trong {questionnaire} {version}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>JSON không hợp lệ: {reason} tại dòng {line}, cột {column}</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>bắt buộc nhưng chưa được trả lời</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>ghi chú của câu trả lời &apos;{question_id}&apos; phải là văn bản</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>tệp không phải văn bản UTF-8; hãy lưu tệp dưới dạng UTF-8</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>tệp có dung lượng {size:,} byte; tài liệu câu trả lời bị giới hạn ở {limit:,} byte</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>khóa không xác định: {keys}</translation>
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
        <translation>{values} không nằm trong các lựa chọn ({options})</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} vượt quá mức tối đa {maximum}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} thấp hơn mức tối thiểu {minimum}</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>{value} không nằm trong các lựa chọn ({options})</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop đang chạy (tiến trình {owner}) với thư mục dữ liệu {folder}. Hãy đóng cửa sổ kia trước, hoặc dùng một thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop đang chạy với thư mục dữ liệu {folder}. Hãy đóng cửa sổ kia trước, hoặc dùng một thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>không thể tạo tệp khóa {file}: {reason}. Hãy kiểm tra quyền truy cập của thư mục.</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>không thể đọc {database}: {reason}. Không có gì bị thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>không thể lưu vào {database}: {reason}. Thay đổi cuối cùng này chưa được lưu; mọi dữ liệu đã lưu trước đó vẫn an toàn. Hãy giải phóng dung lượng ổ đĩa hoặc kiểm tra thư mục có ghi được không, rồi thử lại.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>không thể lưu vào {database}: {reason}. Thay đổi cuối cùng này chưa được lưu; mọi dữ liệu đã lưu trước đó vẫn an toàn. Cơ sở dữ liệu bận quá lâu; hãy thử lại.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>{database} bị hỏng ({detail}). Tệp chưa bị thay đổi. Không tìm thấy bản sao lưu tốt nào.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>{database} bị hỏng ({detail}). Tệp chưa bị thay đổi. Bản sao lưu tốt gần nhất là {backup}; hãy khôi phục bản này.</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>{database} được ghi bởi một phiên bản AISafe Desktop mới hơn (lược đồ {revision}). Tệp chưa bị thay đổi. Hãy cài đặt lại phiên bản mới hơn, hoặc dùng một thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>&apos;{country}&apos; không phải là quốc gia thành viên ASEAN; hãy dùng một trong các mã {countries}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>&apos;{email}&apos; có vẻ không phải là địa chỉ e-mail (name@example.org)</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>bản đánh giá {assessment_id} đang nằm trong thùng rác; hãy khôi phục để thay đổi</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>không thể tạo thư mục dữ liệu {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>không thể mở cơ sở dữ liệu {database}: {reason}. Cơ sở dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>không thể đọc {file}: {reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>hãy đặt tên cho hệ thống AI</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>hãy đặt tiêu đề cho bản đánh giá</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>hãy nhập tên tổ chức</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>tiêu đề phải ngắn hơn 200 ký tự</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>tên người phụ trách phải ít hơn {limit} ký tự</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>hãy viết hạn hoàn thành theo dạng YYYY-MM-DD, ví dụ 2027-03-31 (đã nhập {value})</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>chưa cài đặt bảng câu hỏi &apos;{questionnaire}&apos; (hiện có: {known}); hãy nhập đường dẫn đến tệp YAML của bảng câu hỏi</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>chưa cài đặt bảng câu hỏi &apos;{questionnaire}&apos; phiên bản {version} (hiện có: {known}); hãy nhập đường dẫn đến tệp YAML của bảng câu hỏi</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>hãy cho biết nơi lưu danh tính (một tệp đầu ra hoặc thư mục dữ liệu)</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>các câu trả lời dành cho {questionnaire} {version}, không phải {expected} {expected_version}; hãy chọn bảng câu hỏi tương ứng</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>chưa thể xuất các câu trả lời: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>chưa thể xuất các câu trả lời: {problems} (và {more} vấn đề khác)</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>không thể nhập các câu trả lời: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>không thể nhập các câu trả lời: {problems} (và {more} vấn đề khác)</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>các câu trả lời được đưa ra cho một văn bản khác của {questionnaire} (SHA-256 {sha256}); hãy đặt tệp bảng câu hỏi đó vào thư mục questionnaires của thư mục dữ liệu rồi thử lại</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>bảng câu hỏi {questionnaire} chưa được cài đặt; hãy đặt tệp YAML của bảng câu hỏi vào thư mục questionnaires của thư mục dữ liệu rồi thử lại</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>bản lưu của {questionnaire} {version} không còn tải được: {problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>bảng câu hỏi đã lưu {sha256}… không còn trong cơ sở dữ liệu; hãy khôi phục một bản sao lưu</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>văn bản chứa ký tự không hợp lệ (UTF-16 surrogate không ghép cặp)</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>mục tin cậy {entry} không phải là dấu vân tay SHA-256 (64 chữ số thập lục phân) cũng không phải tệp chứng thư</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>không có hệ thống AI {ai_system_id}</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>không có bản đánh giá {assessment_id}</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>không thể tạo bản sao lưu tự động hôm nay trong {folder}: {reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>ngôn ngữ không xác định &apos;{language}&apos; (đã biết: {known})</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>{backup} bị hỏng hoặc không phải là cơ sở dữ liệu ({problem})</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>{backup} không phải là bản sao lưu của AISafe Desktop</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>{backup} được tạo bởi một phiên bản AISafe Desktop mới hơn</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>{backup}: không có tệp này</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>còn {count} câu hỏi bắt buộc chưa được trả lời: {questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>còn {count} câu hỏi bắt buộc chưa được trả lời: {questions} và {more} câu khác</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>{database} không phải là cơ sở dữ liệu của AISafe Desktop; tệp chưa bị thay đổi. Hãy chuyển tệp đi nơi khác hoặc dùng một thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>{file} không có tệp chứng thư đi kèm; hãy nhập cụm mật khẩu</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>{file} không phải là bảng câu hỏi hợp lệ: {problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>{file} không phải là bảng câu hỏi hợp lệ: {problems} (và {more} vấn đề khác)</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: không có tệp này</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>{new} không phải là một phiên bản của {old}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>thiếu tệp phông chữ đi kèm: {file}; hãy cài đặt lại AISafe Desktop</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>không thể tạo danh tính: {problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>không thể trích xuất các câu trả lời: {reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>không thể đọc tệp danh tính {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>không thể đọc {source}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>không thể ghi {file}: {reason}</translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation>hãy chọn một cụm mật khẩu: khóa bí mật không bao giờ được lưu ở dạng không mã hóa</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>quốc gia {country} không phải là mã ISO hai chữ cái như MY, TH hoặc VN</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>e-mail {email} có vẻ không đúng dạng name@example.org</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>ký không thành công: {reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>thiếu các phông chữ đi kèm trong {folder}; hãy cài đặt lại AISafe Desktop</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>tên tổ chức đang để trống</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>cụm mật khẩu không mở được {source}; hãy kiểm tra và thử lại (cụm mật khẩu phân biệt chữ hoa, chữ thường)</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>báo cáo được tạo ra không phải là tệp PDF đọc được: {reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>không thể dàn trang báo cáo: {reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>báo cáo không tuân thủ PDF/A-3b: {problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>phạm vi byte của chữ ký vượt quá cuối tệp</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>phạm vi byte của chữ ký bị sai định dạng</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>tên người ký đang để trống</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>{file} đã tồn tại; hãy chọn tên tệp khác</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>{source} không có khóa bí mật hoặc không có chứng thư; hãy xuất lại kèm theo khóa</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>{source} chứa {kind}; chỉ khóa RSA và EC mới ký được báo cáo</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>{source} không phải là chứng thư X.509 dạng PEM hoặc DER</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{source} không phải là tệp PKCS#12 (.p12/.pfx)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>một văn bản</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>một giá trị khác</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>một văn bản hoặc một số</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>một văn bản, một số hoặc một danh sách</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>một câu trả lời</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>một văn bản, một số hoặc một danh sách văn bản</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} không phải là số được JSON cho phép</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>cần true hoặc false, tìm thấy {kind}</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>cần {what}, tìm thấy {kind}</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>cần null, tìm thấy {kind}</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>cùng một trường xuất hiện hai lần</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} byte, nhiều hơn {limit:,}</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>cần &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>cần một văn bản, tìm thấy {kind}</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>văn bản dài {length:,} ký tự, nhiều hơn {limit:,}</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>văn bản không đúng dạng mong đợi</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>cần một số, tìm thấy {kind}</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>số không phải là một giá trị hữu hạn, hợp lý</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>số {value} nằm ngoài khoảng {low}–{high}</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>cần một danh sách, tìm thấy {kind}</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>danh sách có {count:,} mục, nhiều hơn {limit:,}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>cần một đối tượng, tìm thấy {kind}</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>{count:,} mục, nhiều hơn {limit:,}</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>một mã định danh</translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation>một văn bản hoặc một đối tượng</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>không phải văn bản UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation>JSON không hợp lệ (dòng {line})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>trường không xác định</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>Ổ đĩa đã đầy: hãy giải phóng {megabytes} MB trên ổ đĩa chứa {folder}, rồi thử lại. Không có gì bị mất: mọi dữ liệu đã lưu trước đó vẫn an toàn.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>Việc khôi phục {backup} bị gián đoạn trước khi thay đổi bất cứ điều gì; dữ liệu của bạn vẫn như trước.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>Việc khôi phục {backup} bị gián đoạn; nay đã được hoàn tất. Dữ liệu bạn có trước đó được giữ trong {kept}.</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>một lần khôi phục bản sao lưu bị gián đoạn và không thể đọc nhật ký {journal} của lần khôi phục đó ({error}). Không có gì bị thay đổi; dữ liệu của bạn nằm trong {folder}.</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>một lần khôi phục bị gián đoạn đã để lại một bản sao bị hỏng {staging} ({problem}). Dữ liệu trước đây của bạn nằm trong {kept}.</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>một lần khôi phục bị gián đoạn đã không để lại cơ sở dữ liệu nào. Dữ liệu trước đây của bạn nằm trong {kept}; bản sao lưu là {backup}.</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>không thể đọc {database} ({problem}). Cơ sở dữ liệu chưa bị thay đổi. Hãy kiểm tra thư mục có đọc được không và ổ đĩa còn chỗ trống không, rồi thử lại.</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>không thể ghi bản sao lưu vào {folder}: {error}. Dữ liệu của bạn không thay đổi.</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>không thể dàn trang phiếu kết quả xem xét: {detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>phiếu kết quả xem xét không có chỗ cho chữ ký</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>không thể dàn trang bản tóm tắt: {detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>một hồ sơ nộp đang ở trạng thái {old} không thể chuyển thành {new}</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>hồ sơ nộp {id} đã được {who} thay đổi trong khi bạn đang xem; không có gì bị ghi đè. Hãy mở lại để xem thay đổi.</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>không có hồ sơ nộp {id} trong hộp thư đến</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>{url} không phải là URL cơ sở dữ liệu mà ứng dụng này dùng được</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>hộp thư đến {url} được ghi bởi một phiên bản AISafe Desktop mới hơn (lược đồ {revision}); hộp thư chưa bị thay đổi. Hãy cài đặt phiên bản mới hơn.</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>không thể ghi hộp thư đến {url}: {detail}. Không có phần nào của thao tác này được lưu; hãy giải phóng dung lượng ổ đĩa hoặc thử lại.</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>hộp thư đến {url} không cho phép người dùng {user} thực hiện thao tác này; chưa có gì bị thay đổi. Hãy đề nghị quản trị viên của hộp thư đến cấp quyền cán bộ (docs/inbox.md).</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>hộp thư đến cần một tệp cơ sở dữ liệu, không phải {url}</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>hộp thư đến hoạt động với SQLite hoặc PostgreSQL, không phải {url}</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>không thể kết nối tới cơ sở dữ liệu hộp thư đến {url} ({detail}). Hãy kiểm tra tên máy chủ và cổng, máy chủ có đang chạy và chấp nhận kết nối từ máy tính này không, cũng như tên người dùng và mật khẩu.</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>trường {path} của phiếu kết quả phải là văn bản có tối đa {limit} ký tự</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>dữ liệu của phiếu kết quả không phải văn bản JSON</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>tệp không phải là phiếu kết quả xem xét ({expected})</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>báo cáo, bảng câu hỏi hoặc nhận xét của phiếu kết quả bị thiếu hoặc sai định dạng</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>phiếu kết quả không nêu SHA-256 của tệp được xem xét</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>ngày trong phiếu kết quả không được viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>nhận xét {index} của phiếu kết quả bị sai định dạng</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>phiếu kết quả này liên quan đến một báo cáo không được xuất từ máy tính này (SHA-256 {sha256}); hãy nhập phiếu trên máy tính đã tạo báo cáo</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>tệp quá lớn để là một phiếu kết quả xem xét</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>tệp không phải là PDF</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>không thể tin cậy phiếu kết quả: {reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — có phải ý bạn là &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>. Các khóa được phép trong {what}: {keys}.</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> Có phải ý bạn là &apos;{guess}&apos; ({language})?</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> Có phải ý bạn là &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>và {count} mục khác</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>khung {band}, điểm {score}, không có cảnh báo đỏ</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>khung {band}, điểm {score}, cảnh báo đỏ: {flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>không có khung kết quả</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>nhiều khung ({bands})</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>không có cảnh báo đỏ</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>cảnh báo đỏ: {flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>không có tổng điểm</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>tổng điểm {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}, {score} / 100, cảnh báo đỏ: {flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}, {score} / 100, không có cảnh báo đỏ</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>câu trả lời cho &apos;{question}&apos; có ký tự mà không phông chữ đi kèm nào hiển thị được ({characters}); báo cáo hiển thị {replacement} thay cho các ký tự đó</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>danh tính này có khóa {key_type}: chữ ký hợp lệ, nhưng loại chữ ký này khiến tệp trở thành PDF 2.0, nên tệp không còn là PDF/A-3b (định dạng lưu trữ); hãy dùng danh tính RSA để giữ định dạng PDF/A</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>--days phải nằm trong khoảng từ 1 đến {most}, không phải {days}</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>không thể tạo tổ chức cấp chứng thư: {problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>không thể đọc sổ ghi CA {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>không thể đọc danh sách tin cậy của bạn trong {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>không thể đọc {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>không thể ghi sổ ghi CA {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>không thể ghi {path}: {reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>sổ ghi CA {path} bị hỏng ({detail}); hãy khôi phục từ bản sao lưu của bạn</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>sổ ghi CA {path} quá lớn</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>chứng thư trong {source} không có hiệu lực vào hôm nay (hiệu lực từ {start} đến {end})</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>chứng thư trong {source} không được phép ký tài liệu (mục đích sử dụng khóa)</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>sổ ghi {path} thuộc về một CA khác ({other})</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>ghi chú dài hơn {most} ký tự</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>sổ ghi của CA này không có chứng thư nào có số sê-ri {serial}</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>danh tính này không phải là tệp tổ chức cấp chứng thư</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>{file} KHÔNG HỢP LỆ: {reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>{file} KHÔNG ĐÁNG TIN CẬY: {reason}. Hãy tin cậy người ký trước, hoặc cho phép người ký không đáng tin cậy</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>{fingerprint} đã được tin cậy với tư cách là CA</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>{fingerprint} không có trong danh sách tin cậy của bạn</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>{path} là một danh tính ký, không phải tệp tổ chức cấp chứng thư</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>{path} quá lớn để là một chứng thư hoặc CRL</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>{path} quá lớn để là một yêu cầu hoặc một chứng thư</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>{serial} không phải là số sê-ri (dạng thập lục phân, như trong phần chi tiết của danh tính)</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>{source} không nêu tên trong trường chủ thể (subject)</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>{source} không nêu tổ chức trong trường chủ thể (subject)</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>{source} không chứa chứng thư X.509 nào đọc được (PEM hoặc DER)</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>{source} bị hỏng: chữ ký không khớp với khóa</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>{source} không phải là chứng thư cho khóa trong {identity}</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>{source} không phải là yêu cầu cấp chứng thư (PKCS#10, PEM hoặc DER)</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>{source} không phải là danh sách thu hồi chứng thư (CRL, PEM hoặc DER)</translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation>{source} không dành cho khóa RSA hoặc EC</translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation>{source} cũ hơn CRL đã được lưu cho {ca}</translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation>{source} không được ký bởi CA nào trong danh sách tin cậy của bạn; hãy thêm chứng thư của CA trước</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{text} không phải là dấu vân tay SHA-256 (64 chữ số thập lục phân)</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>{value} không phải là dấu vân tay SHA-256, cũng không phải tệp chứng thư hoặc CRL</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>Bạn chưa có danh tính ký: hãy chọn Mới… để tạo.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>Hãy chọn một danh tính và nhập cụm mật khẩu của danh tính đó.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Đang tạo báo cáo…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>Báo cáo đã ký được lưu thành {file}.
Dấu vân tay của người ký (SHA-256), dành cho cơ quan: {fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Xin lưu ý:</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>Cụm mật khẩu đó không mở được danh tính này. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>Xuất tệp PDF đã ký</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>Báo cáo được ký bằng danh tính của bạn, để cơ quan có thể kiểm tra ai đã gửi và báo cáo không bị thay đổi. Các câu trả lời của bạn được gửi kèm bên trong tệp PDF.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Danh tính ký</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>Chữ ký của ai được gắn trên báo cáo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>Cụm mật khẩu của danh tính đã chọn</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Ngôn ngữ báo cáo</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>Ngôn ngữ dùng để viết báo cáo</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation>Nơi lưu tệp PDF</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Mới…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>Tạo danh tính ký mới</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>Nhập tệp .p12 hoặc .pfx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>Thay đổi một bản đánh giá đã xuất?</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>Bản đánh giá này đã được xuất thành tệp PDF đã ký. Nếu bạn thay đổi một câu trả lời, tệp PDF sẽ không còn khớp với các câu trả lời được lưu tại đây, và kết quả sẽ trở thành tạm thời cho đến khi bạn hoàn thành lại. Thông tin về tệp PDF đã xuất vẫn được giữ lại.

Để giữ nguyên các câu trả lời đã xuất, hãy làm việc trên một bản sao.</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>Thay đổi câu trả lời</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>Làm việc trên bản sao</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Giữ nguyên</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>Vui lòng nhập tên tổ chức, hoặc chọn &apos;Bỏ qua lúc này&apos;.</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>Chào mừng bạn đến với AISafe Desktop</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>Ứng dụng này hướng dẫn bạn tự đánh giá một hệ thống AI mà tổ chức của bạn đang sử dụng hoặc xây dựng: điều gì có thể xảy ra sai sót, bạn đã làm gì để xử lý, và cần làm gì tiếp theo. Bạn trả lời các câu hỏi đơn giản; bạn có thể dừng bất cứ lúc nào và tiếp tục sau.</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>Mọi thông tin bạn nhập đều ở lại trên máy tính này. Ứng dụng không bao giờ kết nối Internet, và câu trả lời của bạn được lưu ngay khi bạn đưa ra.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>Về tổ chức của bạn</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>Thông tin này xuất hiện trên các báo cáo của bạn. Bạn có thể bỏ qua bây giờ và điền sau từ màn hình trang chủ.</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Bỏ qua lúc này</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Lưu và tiếp tục</translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation>Dùng ngôn ngữ này cho ứng dụng</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation>Lịch sử của câu trả lời này</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Xuất dưới dạng CSV…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Xuất lịch sử</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>Tổ chức của bạn</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>Hãy thêm thông tin về tổ chức của bạn để thông tin này xuất hiện trên các báo cáo.</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Thêm thông tin</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>Sửa thông tin tổ chức</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (bản sao)</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>“{title}” đã được chuyển vào thùng rác.</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Nhập câu trả lời</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>Câu trả lời AISafe (*.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Bản đánh giá</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>Tìm theo tiêu đề, bảng câu hỏi hoặc hệ thống AI</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Tìm bản đánh giá</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>Chỉ hiển thị các bản đánh giá có chứa văn bản này. Phím tắt: Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Bản đánh giá mới</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Bắt đầu một bản đánh giá mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>Tạo bản đánh giá từ một tệp câu trả lời (.json)</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Xác minh tệp PDF…</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>Kiểm tra để biết một báo cáo đã ký không bị thay đổi. Bạn cũng có thể kéo thả một tệp PDF vào màn hình này.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Tạo bản sao</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>Chuyển vào thùng rác; bạn có thể hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Chưa có bản đánh giá nào</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>Hãy bắt đầu bản đánh giá đầu tiên: chọn một bảng câu hỏi, trả lời các câu hỏi khi bạn có thời gian, và xem kết quả kèm các bước tiếp theo rõ ràng. Bạn có thể dừng bất cứ lúc nào; mỗi câu trả lời đều được lưu ngay.</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>Bắt đầu bản đánh giá đầu tiên</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation>Nhấn Enter để mở bản đánh giá đã chọn</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation>Nhập danh tính ký</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>Danh tính ký (*.p12 *.pfx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>Cụm mật khẩu của {file}:</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>Lưu chứng thư</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Chứng thư (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>Danh tính ký</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>Dùng để ký các báo cáo PDF của bạn. Hãy gửi chứng thư (không phải tệp danh tính) cho cơ quan, để cơ quan có thể kiểm tra báo cáo của bạn.</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>Mỗi danh tính kèm dấu vân tay mà cơ quan có thể kiểm tra</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>Danh tính mới…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>Nhập tệp .p12 hoặc .pfx</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>Xuất chứng thư…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>Lưu chứng thư công khai để gửi cho cơ quan</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Bảng câu hỏi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Không tin cậy</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả lại</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation>Cơ sở dữ liệu hộp thư đến</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>Để trống địa chỉ nếu muốn giữ hộp thư đến trên máy tính này. Nếu nhiều cán bộ dùng chung một hộp thư đến, hãy nhập địa chỉ PostgreSQL do bộ phận CNTT cung cấp, ví dụ postgresql+psycopg://officer@db.agency.example:5432/inbox. Mật khẩu không bao giờ được lưu: bạn nhập mật khẩu khi mở hộp thư đến, hoặc bộ phận CNTT đưa mật khẩu vào tệp .pgpass của bạn.</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>Tên của bạn, như hiển thị trong lịch sử xem xét</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>Địa &amp;chỉ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Tên của bạn</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>Dùng hộp thư đến trên máy tính này</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>Đây không phải là địa chỉ cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>Hộp thư đến hoạt động với PostgreSQL (hoặc một tệp cục bộ).</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>Hộp thư đến — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng tổng quan</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Xuất bảng…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>Cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Xác minh lại</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>Kiểm tra lại mọi tệp đã lưu, ví dụ sau khi bạn đã tin cậy một người ký</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>Tổ chức, người ký, hệ thống AI hoặc tệp</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Báo cáo đã nhận</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Kết luận</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Trạn&amp;g thái</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>Kết &amp;quả</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Quốc gi&amp;a</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Bảng câu hỏi</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Từ ngà&amp;y</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Đế&amp;n ngày</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>Đang mở hộp thư đến…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>Không thể mở hộp thư đến.</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>Hộp thư đến: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>Thêm báo cáo đã nhận</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>Báo cáo PDF (*.pdf);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>Thêm một thư mục báo cáo</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>Đã xác minh %v/%m</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>Đã thêm %n báo cáo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>%n báo cáo đã có trong hộp thư đến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>Đã bỏ qua %n tệp khác</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Xuất bảng</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>Đã ghi %n báo cáo vào {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>draft translation</source>
        <translation>bản dịch nháp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Please note</source>
        <translation>Xin lưu ý</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (bản sao)</translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation>AISafe Desktop</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Đang mở dữ liệu của bạn…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>Quay lại danh sách bản đánh giá (Alt+Home)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Bản đánh giá mới</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Bắt đầu một bản đánh giá mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>Ngôn ngữ, cỡ chữ, sao lưu (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>Mọi phím tắt của ứng dụng (F1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Hộp thư đến</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>Dành cho cơ quan: nhận, xem xét và thống kê các báo cáo do doanh nghiệp gửi đến (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation>Cần trả lời trước khi có thể hoàn thành</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>Còn %n câu hỏi bắt buộc chưa có câu trả lời. Hãy chọn một câu để chuyển đến câu đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>Đã trả lời mọi câu bắt buộc</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>Hãy chọn Hoàn thành để xem kết quả.</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>Các câu hỏi còn phải trả lời</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>Nhấn Enter để chuyển đến câu hỏi đã chọn</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>Các tệp bảng câu hỏi sau trong thư mục của bạn không thể sử dụng cho đến khi được sửa:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} mục khác</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>Khoảng {minutes} phút · Ngôn ngữ: {languages} · Đơn vị ban hành: {publisher} · Phiên bản {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>(không liên quan đến một hệ thống cụ thể)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Bản đánh giá mới</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>Hãy chọn bảng câu hỏi phù hợp với điều bạn muốn kiểm tra. Bạn có thể dừng bất cứ lúc nào; mọi câu trả lời đều được lưu.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>Một tên bạn dễ nhận ra trong danh sách, ví dụ tên dự án</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>Hệ thống AI (không bắt buộc)</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>Chọn một hệ thống, hoặc nhập tên hệ thống AI được đánh giá</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Ngôn ngữ của câu hỏi</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>Bảng câu hỏi được hiển thị bằng ngôn ngữ này</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Bảng câu hỏi</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>Các bảng câu hỏi bạn có thể sử dụng</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>Một số từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>Một số không nhỏ hơn {low}.</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>Một số không lớn hơn {high}.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Một số.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>“{text}” không phải là số. Chỉ nhập chữ số, ví dụ {whole} hoặc {example}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>tệp có dung lượng {size:,} byte; bảng câu hỏi bị giới hạn ở {limit:,} byte. Hãy tách thành nhiều bảng câu hỏi hoặc xóa dữ liệu nhúng.</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>byte 0x{byte:02x} không phải UTF-8 hợp lệ. Hãy lưu tệp dưới dạng UTF-8 (trong hầu hết trình soạn thảo: &apos;Save with encoding&apos; → UTF-8).</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>văn bản tại đây không phải YAML hợp lệ ({parser}). Hãy kiểm tra thụt lề (chỉ dùng dấu cách) và đặt trong dấu ngoặc kép những văn bản có chứa &apos;: &apos; hoặc &apos; #&apos;, hoặc bắt đầu bằng một ký hiệu.</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>dấu &apos;: &apos; bên trong văn bản khiến YAML đọc phần còn lại như một khóa mới. Hãy đặt toàn bộ văn bản trong dấu ngoặc kép (text: &quot;Note: …&quot;), hoặc, nếu đây đúng là một khóa mới, hãy thụt lề giống các khóa phía trên. (Trình phân tích YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>ánh xạ &apos;{{…}}&apos; chưa được đóng, hoặc một văn bản bên trong có chứa &apos;: &apos; hoặc &apos; #&apos;. Hãy đặt văn bản đó trong dấu ngoặc kép ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) và kết thúc ánh xạ bằng &apos;}}&apos;. (Trình phân tích YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>danh sách &apos;[…]&apos; chưa được đóng, hoặc một mục có chứa &apos;: &apos; hoặc &apos; #&apos;. Hãy đặt mục đó trong dấu ngoặc kép và kết thúc danh sách bằng &apos;]&apos;. (Trình phân tích YAML: {parser})</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>một văn bản trong dấu ngoặc chưa bao giờ được đóng: hãy thêm dấu ngoặc đóng (bên trong &quot;…&quot; viết dấu ngoặc kép là \&quot;, bên trong &apos;…&apos; viết là &apos;&apos;). (Trình phân tích YAML: {parser})</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>một dòng bắt đầu bằng ký tự mà YAML không đọc được tại đây (tab, hoặc &apos;@&apos; hay &apos;`&apos; ở đầu văn bản). Hãy thụt lề chỉ bằng dấu cách, và đặt văn bản đó trong dấu ngoặc kép. (Trình phân tích YAML: {parser})</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>dòng này không có dạng &apos;key: value&apos;: thiếu &apos;:&apos; sau khóa, hoặc một văn bản dài được viết tiếp trên dòng có thụt lề ít hơn mức cần thiết (hãy dùng khối &apos;&gt;-&apos; cho văn bản dài). (Trình phân tích YAML: {parser})</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>thụt lề không khớp với các dòng phía trên: các khóa của cùng một ánh xạ, và các mục &apos;- &apos; của cùng một danh sách, phải bắt đầu ở cùng một cột. (Trình phân tích YAML: {parser})</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>bí danh *{anchor} không có neo &amp;{anchor} ở phía trước: hãy định nghĩa neo trước.</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>tệp chứa nhiều hơn một tài liệu YAML (&apos;---&apos;); mỗi tệp chỉ nên chứa một bảng câu hỏi.</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>tài liệu mở rộng thành hơn {limit:,} giá trị (thường do bí danh tham chiếu đến bí danh khác). Hãy viết đầy đủ các giá trị hoặc dùng ít bí danh hơn.</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>các giá trị lồng nhau sâu hơn {limit} cấp; bảng câu hỏi không bao giờ cần điều này. Hãy kiểm tra thụt lề.</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>khóa trùng lặp {key!r}: khóa này đã được khai báo ở dòng {first_line}. YAML chỉ giữ lại một khóa, vì vậy hãy xóa hoặc đổi tên một khóa.</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>không thể đọc tệp: {reason}. Hãy kiểm tra đường dẫn và quyền truy cập.</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>khóa gộp (&apos;&lt;&lt;: *anchor&apos;) không được hỗ trợ trong bảng câu hỏi: hãy viết đầy đủ các khóa (một bí danh &apos;*anchor&apos; đứng riêng, làm toàn bộ giá trị, thì vẫn dùng được).</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>khóa &apos;{key}&apos; không xác định trong {where}{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>{where} phải là {expected}, không phải {found}.</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>{where} đang để trống; hãy nhập văn bản.</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>thẻ {tag!r} không được phép ở đây; hãy viết giá trị thông thường, không có &apos;!tag&apos;.</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>khóa phải là một từ đơn giản, không phải danh sách hay ánh xạ.</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}: &apos;{combiner}&apos; phải đứng riêng trong điều kiện của nó; hãy đặt các phép so sánh khác vào bên trong.</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>{where} ({what}) thiếu khóa bắt buộc &apos;{key}&apos;. Hãy thêm &apos;{key}: …&apos;{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>{where} phải có ít nhất {count} mục.</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>{where} cần &apos;question: &lt;mã câu hỏi&gt;&apos; để chỉ rõ câu trả lời nào được xét.</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>{where} cần đúng một phép so sánh ({operators}); tìm thấy {count}. Hãy kết hợp nhiều phép so sánh bằng &apos;all:&apos; hoặc &apos;any:&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; không được phép cho {where}.{hint} Hãy dùng một trong các giá trị: {choices}.</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>{where} là {value}; giá trị phải là {bound}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>&apos;{key}&apos; chỉ áp dụng cho câu hỏi dạng số; câu hỏi &apos;{question}&apos; thuộc loại {qtype}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>&apos;{value}&apos; không phải là số phiên bản: hãy viết ba số, major.minor.patch, ví dụ 1.0.0.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&apos;{value}&apos; trong {where} không phải mã định danh hợp lệ; hãy dùng chữ thường, chữ số, &apos;-&apos;, &apos;_&apos; hoặc &apos;.&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; không phải mã ngôn ngữ mà AISafe nhận biết ({where}).{hint} Hãy dùng một trong các mã: {choices}.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>câu hỏi &apos;{question}&apos; thuộc loại {qtype} nên không thể có lựa chọn; hãy xóa các lựa chọn hoặc đổi loại câu hỏi.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>&apos;{value}&apos; đứng riêng (không có value: và label:) là dạng rút gọn của câu trả lời yes_no; câu hỏi &apos;{question}&apos; thuộc loại {qtype}, vì vậy hãy viết {{value: …, label: …}}.</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>câu hỏi yes_no chỉ có các câu trả lời yes, no và na; &apos;{value}&apos; không nằm trong số đó. Hãy dùng single_choice cho các câu trả lời khác.</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>câu hỏi {qtype} &apos;{question}&apos; cần ít nhất hai lựa chọn trong &apos;options&apos;.</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>câu hỏi thang đo &apos;{question}&apos; cần ít nhất hai mức trong &apos;options&apos; (giá trị 0, 1, …, mỗi mức có một nhãn).</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>các mức của thang đo là số nguyên (0, 1, 2 …); &apos;{value}&apos; không phải số nguyên.</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>{what} có min {minimum} lớn hơn (hoặc bằng) max {maximum}; hãy đổi chỗ hai giá trị.</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>các mức của câu hỏi thang đo &apos;{question}&apos; là {points}; hãy đánh số 0, 1, 2 … (hoặc 1, 2, 3 …) liên tục, không bỏ sót (còn thiếu: {missing}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}: &apos;{fragment}&apos; có vẻ là phần còn lại của một văn bản bị cắt tại dấu &apos;,&apos; hoặc &apos;?&apos; không nằm trong ngoặc kép. Hãy đặt văn bản này trong dấu ngoặc kép: {key}: &quot;…, …&quot;.</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>{what} &apos;{value}&apos; được dùng hai lần (lần đầu ở dòng {first_line}); mỗi {what} phải là duy nhất. Hãy đổi tên một mục.</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>{where} không có văn bản bằng {missing}; hãy thêm {add}.</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>{where} là văn bản thông thường, nhưng tệp khai báo {languages}; hãy viết dưới dạng ánh xạ với một văn bản cho mỗi ngôn ngữ ({add}).</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>{where} có văn bản bằng {extra}, vốn không có trong languages; hãy thêm mã ngôn ngữ vào languages hoặc xóa văn bản đó.</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>{count} văn bản không có bản &apos;{code}&apos;{found} — lỗi này bắt nguồn từ languages (dòng {line}); hãy sửa ở đó trước.</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>default_language &apos;{value}&apos; không có trong languages ({languages}); hãy thêm vào đó.</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>điều kiện tham chiếu đến câu hỏi &apos;{question}&apos;, nhưng câu hỏi này không tồn tại{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>câu hỏi &apos;{question}&apos; không có lựa chọn &apos;{value}&apos;; các lựa chọn của câu hỏi là {options}.</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>điều kiện của {owner} này xét câu hỏi &apos;{question}&apos;, vốn chỉ được hiển thị khi chính điều kiện đó đúng. Hãy dựa vào một câu hỏi khác (có thể đứng trước hoặc sau; điều kiện có thể tham chiếu đến câu hỏi phía sau).</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>các điều kiện tạo thành vòng lặp: {chain}; không câu hỏi nào có thể được hiển thị trước. Hãy phá vòng lặp bằng cách xóa một trong các điều kiện này.</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>&apos;{operator}&apos; so sánh số hoặc ngày, nhưng câu hỏi &apos;{question}&apos; thuộc loại {qtype}; hãy dùng equals hoặc in.</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>&apos;includes&apos; dành cho câu hỏi multiple_choice; &apos;{question}&apos; thuộc loại {qtype}: hãy dùng equals.</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>&apos;{question}&apos; cho phép nhiều câu trả lời; hãy dùng &apos;includes: VALUE&apos; hoặc &apos;in: [VALUES]&apos; thay cho {operator}.</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>&apos;{operator}: {value}&apos; trên câu hỏi thang đo &apos;{question}&apos; phải là một trong các mức của thang đo ({points}), viết dưới dạng số và không có dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>câu hỏi &apos;{question}&apos; là câu hỏi dạng số, vì vậy &apos;{operator}&apos; cần một số, không phải &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>câu hỏi &apos;{question}&apos; là câu hỏi dạng ngày, vì vậy &apos;{operator}&apos; cần một ngày có thật viết theo dạng &quot;YYYY-MM-DD&quot; (ví dụ &quot;2026-12-02&quot;), không phải &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>câu hỏi &apos;{question}&apos; là câu hỏi dạng văn bản, vì vậy &apos;{operator}&apos; cần một văn bản, không phải &apos;{value}&apos;; hãy đặt trong dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>khía cạnh &apos;{value}&apos; chưa được khai báo trong &apos;dimensions&apos;.{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>khuyến nghị &apos;{value}&apos; chưa được khai báo trong &apos;recommendations&apos;.{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>khung &apos;{value}&apos; chưa được khai báo trong scoring.bands.{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>khung &apos;{lower}&apos; và &apos;{upper}&apos; chồng lấn nhau từ {start} đến {end}; hãy đặt min của &apos;{upper}&apos; thành {end}.</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>không có khung nào bao gồm điểm từ {start} đến {end}; {fix}.</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>khía cạnh giảm thiểu rủi ro không thể đồng thời được tính vào tổng điểm; hãy xóa khía cạnh này khỏi scoring.overall.</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>không có lựa chọn nào cho điểm vào khía cạnh &apos;{value}&apos;, nên khía cạnh này luôn được 0 điểm; hãy cho điểm hoặc xóa khía cạnh.</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>khuyến nghị &apos;{value}&apos; không bao giờ được kích hoạt bởi lựa chọn, cảnh báo đỏ, mức sàn hay kết quả nào; hãy tham chiếu đến khuyến nghị này hoặc xóa nó.</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>tệp không có &apos;format: 2&apos;, nên được đọc theo định dạng 1, trong đó mọi câu hỏi yes_no đều có thêm lựa chọn &apos;không áp dụng&apos; (lựa chọn này loại câu hỏi khỏi điểm số). Hãy thêm &apos;format: 2&apos; ở đầu tệp và chỉ liệt kê na trong options ở những chỗ đó thực sự là một câu trả lời.</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>{where} chứa &apos;{tag}&apos;: văn bản luôn được hiển thị dưới dạng văn bản thuần (trên màn hình và trong PDF), nên thẻ này sẽ hiện ra nguyên văn. Hãy xóa thẻ.</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>{where} chứa ký tự điều khiển {char}: ký tự này sẽ điều khiển cửa sổ dòng lệnh hoặc đảo ngược văn bản trên màn hình. Hãy xóa nó.</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>văn bản chưa có bản dịch {language}: {count} (đầu tiên: {first}); cho đến khi được dịch, các màn hình và tệp PDF bằng {language} sẽ hiển thị chúng bằng {fallback}. Hãy dịch chúng trong {translation}.</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>{translation} dịch &apos;{address}&apos;, nhưng bảng câu hỏi này không có mục đó (đã bị chuyển hoặc xóa); hãy chuyển bản dịch sang địa chỉ mới của văn bản hoặc xóa bản dịch.</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>văn bản {language} của &apos;{address}&apos; có các biến giữ chỗ {found}, còn văn bản {fallback} có {expected}; hãy giữ nguyên mỗi {{placeholder}} đúng như trong {fallback}.</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>{translation} dịch {questionnaire} phiên bản {found}, không phải {version}, nên không được sử dụng; hãy cập nhật văn bản và đặt version: {version}.</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>{translation} không phải là tệp bản dịch (tệp cần có questionnaire, version, language (một mã đã biết), status (draft hoặc reviewed) và texts); hãy sửa phần đầu của tệp.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>Tổ chức của bạn</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>1 đến 9 người</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 đến 49 người</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 đến 249 người</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 người trở lên</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>Cơ quan nhà nước hoặc tổ chức công</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Tên tổ chức</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Số đăng ký</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Email liên hệ</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>Như cần hiển thị trên báo cáo của bạn.</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>Ví dụ mã số doanh nghiệp, hoặc số SSM, ACRA hay DBD. Không bắt buộc.</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>Nơi tổ chức đặt trụ sở.</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>Ví dụ bán lẻ, y tế, tài chính hoặc giáo dục.</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>Số người làm việc cho tổ chức.</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>Người trả lời các câu hỏi về các bản đánh giá. Không bắt buộc.</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>Địa chỉ email của người đó. Không bắt buộc.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Chọn quốc gia</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>Chọn quy mô</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>ví dụ: bán lẻ</translation>
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
        <translation>Câu trả lời này đặt kết quả ở mức {band} bất kể các câu trả lời khác: {message} Hãy dừng lại và xin tư vấn trước khi sử dụng hệ thống AI này.</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>Kết quả tạm thời: {band} ({percent} %).</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>Dựa trên %n câu hỏi đã trả lời trong tổng số {total} câu áp dụng cho đến nay. Kết quả vẫn có thể thay đổi khi bạn trả lời các câu còn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>Các cảnh báo đỏ cho đến nay:</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>Kết quả cho đến nay</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>Đã mở rộng. {guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>Đã thu gọn. Nhấn phím cách (Space) để hiển thị hướng dẫn cho câu hỏi này.</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>Cơ quan đã nhận xét về câu trả lời này:</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>Chưa được lưu. Câu trả lời của bạn được giữ tại đây và ứng dụng tiếp tục thử lưu.</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>Câu hỏi này bằng {language}.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Bắt buộc.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Không bắt buộc.</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>Được điền sẵn từ hồ sơ tổ chức của bạn. Hãy sửa nếu thông tin không phù hợp với bản đánh giá này.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Xóa câu trả lời</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>Xóa câu trả lời: {question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>Xóa câu trả lời cho câu hỏi này</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>Lịch sử: {question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>Thời điểm và cách thức câu trả lời này và ghi chú của nó đã thay đổi</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Vì sao chúng tôi hỏi</translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation>Vì sao chúng tôi hỏi: {question}</translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation>Bằng chứng hoặc ghi chú: {question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>Không bắt buộc: một ghi chú, tên tài liệu hoặc đường liên kết đến bằng chứng</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>Phiếu kết quả xem xét đã ký</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>Phiếu kết quả cho doanh nghiệp biết quyết định của bạn và mọi nhận xét, và được ký bằng danh tính của cơ quan bạn để ứng dụng của doanh nghiệp có thể kiểm tra phiếu đúng là do bạn gửi.</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>&amp;Danh tính ký</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cụm mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>&amp;Ngôn ngữ của phiếu kết quả</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>Chưa có danh tính ký: hãy tạo một danh tính trong Cài đặt → Danh tính ký trước.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Lưu phiếu kết quả</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>Đã lưu phiếu kết quả đã ký vào {file}</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>Kết quả xem xét từ {agency}</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>Đã được cơ quan chấp nhận</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>Đang được cơ quan xem xét</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>Cơ quan đã nhận</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency} ({decision}, {date}): {comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>Vui lòng nộp lại trước ngày {date}</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>Phiếu kết quả đã được ký và không bị thay đổi, nhưng người ký không có trong danh sách tin cậy của bạn: hãy kiểm tra dấu vân tay với cơ quan.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation>Được ký bởi {signer} ({fingerprint}); quyết định ngày {date}.</translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation>Cơ quan không có nhận xét nào.</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>Về toàn bộ báo cáo</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>Câu trả lời của bạn: {answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(chưa trả lời)</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>Cơ quan: {comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>Câu trả lời trong báo cáo</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>Báo cáo này không đạt một bước kiểm tra: đừng dựa vào các câu trả lời này.</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>Bảng câu hỏi này chưa được cài đặt tại đây: các câu trả lời được hiển thị theo mã câu hỏi.</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>Báo cáo không có câu trả lời nào.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(chưa trả lời)</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>Ghi chú hoặc bằng chứng: {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>Báo cáo đã nhận</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ Tin cậy: đã ký, không bị thay đổi, và người ký có trong danh sách tin cậy của bạn.</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ Không tin cậy: đã ký và không bị thay đổi, nhưng không có ai bạn tin cậy bảo đảm cho người ký. Hãy so sánh dấu vân tay với doanh nghiệp trước khi dựa vào tệp này.</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ Không hợp lệ: đừng dựa vào tệp này.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Dấu vân tay (SHA-256)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Hệ thống AI</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Bảng câu hỏi</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>Kết quả (tính điểm lại)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>Thời gian ký được khai báo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Cảnh báo đỏ</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Vì sao có kết quả này</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>Phiên bản bảng câu hỏi này chưa được cài đặt tại đây: không thể hiển thị các câu trả lời cùng với câu hỏi.</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>Không có câu trả lời đã xác minh nào để hiển thị.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(chưa trả lời)</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>Ghi chú hoặc bằng chứng của người trả lời: {text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>Nhận xét về câu trả lời này…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>Nhận xét về: {question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>Báo cáo {id} được nộp lại, nhận ngày {when}.</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>Kết quả: {before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Không có câu trả lời nào thay đổi.</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>Trước đây: {before}
Hiện nay: {after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}, {when}: {text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>Nhận xét về toàn bộ báo cáo (không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Trạng thái</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>&amp;Nhận xét</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>&amp;Hạn nộp lại (báo cáo bị trả lại)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Trạng thái hiện tại</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Lưu kết quả xem xét</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>Phiếu kết quả đã ký…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(hạn {date})</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>Nhận xét về một câu trả lời</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>Xác minh báo cáo đã ký</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>được tin cậy từ màn hình xác minh sau khi so sánh dấu vân tay</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>Vì sao có kết quả này</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>Mức này yêu cầu bạn làm gì</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>Kết quả: {band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>Kết quả trên thang đo của bảng câu hỏi</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}: khung {number} trên {count} ({bands}); tổng điểm {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>Khung {number} trên {count} · tổng điểm {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>Tổng điểm: {score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Cảnh báo đỏ</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Cảnh báo đỏ</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>Các khía cạnh rủi ro (điểm càng cao càng nghiêm trọng)</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>Điểm theo từng khía cạnh (càng cao càng tốt)</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>Biện pháp bảo vệ (càng cao càng tốt)</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>Làm trước tiên</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>Làm tiếp theo</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Khi có điều kiện</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Cần làm gì tiếp theo</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>Kế hoạch hành động của bạn: đánh dấu từng bước khi đã xong, và chỉ định người phụ trách cùng hạn hoàn thành. Kế hoạch được lưu cùng bản đánh giá và được in trong báo cáo đã ký.</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>&amp;Quay lại câu trả lời</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>&amp;Xuất tệp PDF đã ký…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>&amp;Nhật ký thay đổi…</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>Thời điểm bản đánh giá này được tạo, trả lời, hoàn thành, xuất và nâng cấp (Alt+L)</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>Tạo báo cáo PDF đã ký mà người khác có thể xác minh</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>Chưa được lưu: xem ghi chú tại câu hỏi</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>Còn %n câu trả lời chưa được lưu: đang thử lại</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Đã lưu lúc {time}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Trạng thái lưu</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>hoàn thành</translation>
    </message>
    <message>
        <source>started</source>
        <translation>đã bắt đầu</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>chưa bắt đầu</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>Chọn một phần để chuyển đến phần đó. Phím tắt: F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>Quay lại dữ liệu như trong bản sao lưu này? Các thay đổi thực hiện từ thời điểm đó sẽ không có trong dữ liệu được khôi phục, nhưng dữ liệu hiện tại sẽ được giữ lại thành một bản sao trước.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation>Ngôn ngữ của ứng dụng. Thay đổi ngay lập tức.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>Phóng to toàn bộ chữ</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Màu sắc</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>Sáng, tối hoặc tương phản cao; thay đổi ngay lập tức</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Dữ liệu của bạn</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>Mọi thông tin bạn nhập được lưu trong thư mục này trên máy tính này, và không ở nơi nào khác:</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Thư mục dữ liệu: {folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>Một bản sao lưu được tạo vào mỗi ngày bạn dùng ứng dụng và trước mỗi lần cập nhật. Thỉnh thoảng hãy sao chép thư mục sao lưu sang USB.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Các bản sao lưu, mới nhất trước</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Chọn một bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Mở thư mục sao lưu</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>Khôi phục bản sao lưu đã chọn…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version}. Hoạt động ngoại tuyến; không bao giờ gửi dữ liệu đi đâu. Được xây dựng bằng các thư viện và phông chữ sau, theo giấy phép của chúng:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Mọi nơi</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Khi trả lời</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Danh sách phím tắt này</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Bắt đầu một bản đánh giá mới</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Quay lại danh sách bản đánh giá</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>Cài đặt: ngôn ngữ, cỡ chữ, sao lưu</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>Thoát (hỏi trước nếu có câu trả lời chưa được lưu)</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Điều khiển tiếp theo / trước đó</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + chữ cái được gạch chân</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>Nút hoặc ô nhập có chữ cái đó</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>Tìm bản đánh giá</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>Nhập tệp câu trả lời</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Mở bản đánh giá đã chọn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation>Chuyển bản đánh giá đã chọn vào thùng rác (bạn có thể hoàn tác)</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>Phần tiếp theo (Hoàn thành ở phần cuối)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Phần trước</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter (trên một lựa chọn)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Phần tiếp theo</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>Đi đến danh sách các phần</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Phím mũi tên</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>Di chuyển giữa các lựa chọn của một câu hỏi</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Phím cách (Space)</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>Chọn một lựa chọn; hiện hoặc ẩn &quot;Vì sao chúng tôi hỏi&quot;</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>Kết quả tạm thời cho đến nay</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>Mọi thao tác trong AISafe Desktop đều có thể thực hiện bằng bàn phím. Các nút cũng hiển thị phím tắt trong chú thích của nút.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Chức năng</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>Đã mở</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>AISafe Desktop đang mở trong một cửa sổ khác với cùng dữ liệu. Hãy chuyển sang cửa sổ đó, hoặc đóng cửa sổ đó và khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>Dữ liệu mới hơn</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>Dữ liệu của bạn đã được lưu bởi một phiên bản AISafe Desktop mới hơn. Dữ liệu chưa bị thay đổi. Hãy cài đặt phiên bản đó (hoặc mới hơn) để mở dữ liệu.</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>Dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>Tệp dữ liệu bị hỏng và không thể mở. Tệp chưa bị thay đổi. Khôi phục bản sao lưu gần nhất ({backup})? Tệp bị hỏng sẽ được giữ lại thành một bản sao.</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>Tệp dữ liệu bị hỏng và không tìm thấy bản sao lưu nào. Tệp chưa bị thay đổi. Vui lòng liên hệ bộ phận hỗ trợ CNTT; họ có thể xem tệp trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Không thể mở dữ liệu của bạn</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>Tin cậy: được ký bởi người bạn tin cậy và không bị thay đổi</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>{file} được ký bởi một người ký có trong danh sách tin cậy của bạn và không bị thay đổi kể từ đó. Các câu trả lời bên trong cho ra đúng kết quả đã nêu.</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>KHÔNG ĐÁNG TIN CẬY: không bị thay đổi, nhưng người ký không có trong danh sách tin cậy của bạn</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>{file} không bị thay đổi kể từ khi được ký. Nhưng bất kỳ ai cũng có thể tạo một khóa mang bất kỳ tên nào: trước khi dựa vào tệp này, hãy gọi điện cho người ký để so sánh dấu vân tay dưới đây.</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>Đừng dựa vào báo cáo này</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>{file} không bị thay đổi, nhưng chứng thư của người ký không được chấp nhận: {reason}.</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>chứng thư đã bị thu hồi</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>chứng thư không có hiệu lực vào thời gian ký được khai báo</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>chứng thư không được phép dùng để ký tài liệu</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>chuỗi chứng thư đã bị từ chối</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>Có trong danh sách tin cậy của bạn</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>Không có trong danh sách tin cậy của bạn</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>Người ký: {signer}
Tổ chức: {organisation} ({country})
Dấu vân tay (SHA-256): {fingerprint}
Thời gian ký được khai báo: {when} (theo đồng hồ của chính người ký)
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>Tin cậy người ký này?</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>Hãy gọi cho {signer} ({organisation}) theo số điện thoại bạn đã biết từ trước — không phải số trong báo cáo này — và đề nghị họ đọc dấu vân tay của mình. Chỉ tin cậy nếu dấu vân tay đúng chính xác là:

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>Khi đó, mọi báo cáo được ký bằng khóa này sẽ được hiển thị là đáng tin cậy. Bạn có thể xóa khóa này trong Cài đặt → Người ký và cơ quan được tin cậy.</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>Trùng khớp: tin cậy người ký này</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>CA của cơ quan (tin cậy mọi chứng thư do CA này cấp)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>(chỉ biết qua dấu vân tay)</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>Được {who} thêm vào ngày {when}</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>Danh sách thu hồi ngày {when}</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Tin cậy một chứng thư</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>Chứng thư và danh sách thu hồi (*.pem *.crt *.cer *.der *.crl);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Ngừng tin cậy</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>Ngừng tin cậy {name}? Khi đó các báo cáo của bên này sẽ được xác minh là KHÔNG ĐÁNG TIN CẬY.</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>Người ký và cơ quan được tin cậy</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>Báo cáo từ những người ký này, hoặc có chứng thư do các CA cơ quan này cấp, được xác minh là đáng tin cậy. Báo cáo của bất kỳ ai khác đều được hiển thị là KHÔNG ĐÁNG TIN CẬY, dù tên của họ là gì.</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>Thêm chứng thư hoặc danh sách thu hồi…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>Ngừng tin cậy…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>Đã cài đặt một phiên bản mới hơn của bảng câu hỏi này ({new}); bản đánh giá này dùng phiên bản {old}.</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>Nâng cấp lên phiên bản {version}…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>Câu hỏi mới</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã bị loại bỏ</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>Loại câu trả lời khác</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>Các lựa chọn trả lời khác</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Đã sửa cách diễn đạt</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — câu trả lời của bạn: {answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>câu hỏi đã thay đổi: hãy kiểm tra câu trả lời của bạn vẫn còn đúng</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — một câu hỏi mới</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>câu hỏi này nay cần một loại câu trả lời khác</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — câu trả lời của bạn ({answer}) không còn phù hợp: {why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — câu trả lời của bạn ({answer}) vẫn được giữ trong lịch sử</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>Nâng cấp lên phiên bản {version}</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>{questionnaire}: phiên bản {old} → {new}. Mọi câu trả lời và lịch sử của chúng đều được giữ lại; không có gì thay đổi cho đến khi bạn chọn Nâng cấp.</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>Những gì đã thay đổi trong bảng câu hỏi ({count})</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>Không có câu hỏi nào thay đổi.</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>Các câu trả lời được giữ lại ({count})</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>Không có câu trả lời nào được giữ lại.</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>Các câu hỏi cần trả lời lại ({count})</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>Không có: mọi câu trả lời vẫn phù hợp.</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>Câu trả lời cho các câu hỏi đã bị loại bỏ ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Nâng cấp</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>Xác minh báo cáo đã ký</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>Tin cậy người ký này…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>Hiện các câu trả lời…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>Đừng dựa vào báo cáo này</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>{file} không đạt ít nhất một bước kiểm tra dưới đây. Tệp có thể đã bị thay đổi sau khi ký, hoặc không phải là báo cáo AISafe.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>Kiểm tra: %n mục không đạt</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>Kiểm tra: không có mục nào không đạt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>Không thể mở tệp: tệp không tồn tại hoặc không được phép đọc.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Tệp không phải là tài liệu PDF.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>Tệp bị hỏng hoặc không phải là tệp PDF mà AISafe Desktop đọc được.</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>Tệp có dung lượng {size} byte; báo cáo lớn hơn {limit} byte sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>Một phần của tệp khi giải nén lớn hơn {limit} byte; tệp bị từ chối.</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>Tệp có hơn {limit} trang; tệp bị từ chối.</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>Tệp có hơn {limit} đối tượng nội bộ; tệp bị từ chối.</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>Tệp đã được lưu chồng {count} lần (giới hạn là {limit}); tệp bị từ chối.</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>Cấu trúc nội bộ của tệp lồng nhau sâu hơn {limit} cấp; tệp bị từ chối.</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>Tệp trỏ ra bên ngoài chính nó ({what}); các tệp như vậy bị từ chối.</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>Tệp chưa được ký.</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>Tệp phải có đúng một chữ ký AISafe; tệp này có {count}.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>Tệp đã bị thay đổi sau khi ký: chữ ký không khớp với nội dung.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>Chữ ký không bao trùm toàn bộ tệp: có nội dung được thêm vào xung quanh chữ ký.</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>Có nội dung được thêm vào sau khi ký: {what}.</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>Tệp không chứa các câu trả lời đã ký (answers.json).</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>Tệp chứa answers.json nhiều hơn một lần.</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>Các câu trả lời kèm theo (answers.json) bị hỏng hoặc được lưu theo cách không xác định.</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>Các câu trả lời kèm theo khi giải nén lớn hơn {limit} byte; bị từ chối.</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>Các câu trả lời kèm theo không phải là văn bản JSON đọc được.</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>Các câu trả lời kèm theo bị sai tại {path}: {problem}.</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>Bảng câu hỏi {questionnaire} chưa được cài đặt tại đây; hãy thêm tệp của bảng câu hỏi để kiểm tra lại các câu trả lời.</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>Các câu trả lời kèm theo không nêu chính xác tệp bảng câu hỏi nào đã được dùng (không có SHA-256).</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>Bảng câu hỏi được cài đặt tại đây khác với bảng câu hỏi đã dùng để tạo báo cáo.</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>Các câu trả lời đã ký vi phạm quy tắc của bảng câu hỏi: {problems}.</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>Có câu hỏi bắt buộc chưa được trả lời ({questions}) nhưng báo cáo không được đánh dấu là chưa hoàn thành.</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>Kết quả nêu trong các câu trả lời ({stated}) khác với kết quả tính điểm lại ({rescored}).</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>Các trang nêu {stated}, các câu trả lời đã ký cho ra {rescored}.</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>Không thể đọc văn bản trên các trang của báo cáo để so sánh với các câu trả lời.</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>đã đọc được cấu trúc PDF</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>một chữ ký</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>các byte đã ký khớp với chữ ký</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>chữ ký bao trùm toàn bộ tệp</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>không có gì được thêm vào sau khi ký</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>{attachment} được đọc từ phiên bản đã ký</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>answers.json có đủ các trường, kiểu và kích thước như mong đợi</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>{questionnaire} đã được cài đặt tại đây</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>cùng mã SHA-256 với bản đã dùng để lập báo cáo</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>mọi câu trả lời đều hợp lệ đối với bảng câu hỏi</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>mọi câu trả lời đều hợp lệ đối với bảng câu hỏi; báo cáo được đánh dấu CHƯA HOÀN THÀNH: còn {count} câu hỏi bắt buộc chưa được trả lời</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>tính điểm lại cho ra “{band}” ({score}), đúng như đã nêu</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>trang bìa và phần tóm tắt nêu đúng kết quả tính điểm lại</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>chuỗi chứng thư dẫn đến {anchor}, là bên mà bạn tin cậy</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>danh sách tin cậy của bạn đang trống: bạn chưa biết người ký này</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>người ký {fingerprint} không có trong danh sách tin cậy của bạn và chứng thư của người ký không do CA nào mà bạn tin cậy cấp</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>chứng thư của người ký (hoặc của bên cấp chứng thư) đã bị thu hồi</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>chứng thư của người ký không có hiệu lực vào thời điểm ký được khai (có hiệu lực từ {start} đến {end})</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>chứng thư của người ký không được phép ký tài liệu (mục đích sử dụng khóa)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>chuỗi chứng thư của người ký bị từ chối</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>không đọc được thông tin người ký</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>thay đổi thông tin của tài liệu (chẳng hạn như tiêu đề) hoặc dữ liệu xác thực</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>các trường biểu mẫu đã được điền</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>nhận xét hoặc đánh dấu trên các trang</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>thay đổi nội dung của tài liệu</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>một hành động thuộc loại {target}</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>một liên kết đến {target}</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>tệp {target}</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>một chỉ định tệp qua URL</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>dữ liệu luồng (stream) được lưu trong một tệp khác</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>một trang được nhập từ một tệp khác</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>Đã hoàn thành %n/{total} phần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>Đã trả lời %n câu hỏi trong tổng số {total} câu áp dụng cho đến nay</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>Một số câu trả lời làm phát sinh thêm câu hỏi, vì vậy số câu hỏi có thể tăng lên trong quá trình trả lời.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn thành</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp theo</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>Xem kết quả (Alt+Right)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>Phần tiếp theo (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>Phần trước (Alt+Left)</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>Cách tính như thế nào?</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>Kết quả tạm thời (&amp;S)</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>Xem kết quả tạm thời của các câu trả lời đã đưa ra cho đến nay (Alt+S)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>Mật khẩu cơ sở dữ liệu hộp thư đến</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>Mật khẩu cho {where} (chỉ lưu trong phiên làm việc này):</translation>
    </message>
</context>
</TS>
