<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AgencyProfileText</name>
    <message>
        <source>The agency abbreviation may not contain spaces or &quot;/&quot;.</source>
        <translation>Tên viết tắt của cơ quan không được chứa dấu cách hoặc ký tự &quot;/&quot;.</translation>
    </message>
</context>
<context>
    <name>AgencyServiceText</name>
    <message>
        <source>This workspace is already set up for %1.</source>
        <translation>Kho dữ liệu này đã được thiết lập cho %1.</translation>
    </message>
    <message>
        <source>The workspace has not been set up yet. Run &quot;vanthu-cli init&quot; first.</source>
        <translation>Kho dữ liệu chưa được thiết lập. Hãy chạy lệnh &quot;vanthu-cli init&quot; trước.</translation>
    </message>
</context>
<context>
    <name>AlgorithmPolicyText</name>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>collisions are practical (RFC 6151); neither ETSI TS 119 312 nor SOG-IS list it</source>
        <translation>đã có thể tạo va chạm trên thực tế (RFC 6151); cả ETSI TS 119 312 lẫn SOG-IS đều không liệt kê</translation>
    </message>
    <message>
        <source>SHA-1 in signatures</source>
        <translation>SHA-1 trong chữ ký</translation>
    </message>
    <message>
        <source>SHA-224</source>
        <translation>SHA-224</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-384</source>
        <translation>SHA-384</translation>
    </message>
    <message>
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <source>SHA3-256</source>
        <translation>SHA3-256</translation>
    </message>
    <message>
        <source>SHA3-384</source>
        <translation>SHA3-384</translation>
    </message>
    <message>
        <source>SHA3-512</source>
        <translation>SHA3-512</translation>
    </message>
    <message>
        <source>RSA below 1024 bits</source>
        <translation>RSA dưới 1024 bit</translation>
    </message>
    <message>
        <source>elliptic curves below 224 bits</source>
        <translation>đường cong elliptic dưới 224 bit</translation>
    </message>
    <message>
        <source>elliptic curves below 256 bits</source>
        <translation>đường cong elliptic dưới 256 bit</translation>
    </message>
    <message>
        <source>elliptic curves of 256 bits or more</source>
        <translation>đường cong elliptic từ 256 bit trở lên</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>Ed448</source>
        <translation>Ed448</translation>
    </message>
    <message>
        <source>unknown algorithm</source>
        <translation>thuật toán không xác định</translation>
    </message>
    <message>
        <source>not in VanThu&apos;s policy table</source>
        <translation>không có trong bảng chính sách của VanThu</translation>
    </message>
    <message>
        <source>%1: refused (%2)</source>
        <translation>%1: bị từ chối (%2)</translation>
    </message>
    <message>
        <source>%1: accepted (%2)</source>
        <translation>%1: được chấp nhận (%2)</translation>
    </message>
    <message>
        <source>%1: accepted only before %2 (%3)</source>
        <translation>%1: chỉ được chấp nhận trước ngày %2 (%3)</translation>
    </message>
    <message>
        <source>ETSI TS 119 312 V1.5.1 (legacy)</source>
        <translation>ETSI TS 119 312 V1.5.1 (bộ thuật toán cũ còn được dùng)</translation>
    </message>
    <message>
        <source>RSA below 1900 bits</source>
        <translation>RSA dưới 1900 bit</translation>
    </message>
    <message>
        <source>RSA of 1900 to 2999 bits</source>
        <translation>RSA từ 1900 đến 2999 bit</translation>
    </message>
    <message>
        <source>RSA of 3000 bits or more</source>
        <translation>RSA từ 3000 bit trở lên</translation>
    </message>
    <message>
        <source>DSA below 1900 bits</source>
        <translation>DSA dưới 1900 bit</translation>
    </message>
    <message>
        <source>DSA of 1900 to 2999 bits</source>
        <translation>DSA từ 1900 đến 2999 bit</translation>
    </message>
    <message>
        <source>DSA of 3000 bits or more</source>
        <translation>DSA từ 3000 bit trở lên</translation>
    </message>
    <message>
        <source>%1: accepted until %2, a legacy suite (%3)</source>
        <translation>%1: được chấp nhận đến hết ngày %2, là bộ thuật toán cũ (%3)</translation>
    </message>
</context>
<context>
    <name>AtomicFileText</name>
    <message>
        <source>Could not write the file %1.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
</context>
<context>
    <name>AttachCommandText</name>
    <message>
        <source>The PDF to add.</source>
        <translation>Tệp PDF cần thêm.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Add it as a new version of this file of the document (1 is the main file); without it, a new file.</source>
        <translation>Thêm thành phiên bản mới của tệp này của văn bản (1 là tệp chính); nếu không có, thêm thành tệp mới.</translation>
    </message>
    <message>
        <source>Why the file is added.</source>
        <translation>Lý do thêm tệp.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>Check its signatures without asking revocation responders.</source>
        <translation>Kiểm tra chữ ký số của tệp mà không hỏi dịch vụ tra cứu thu hồi chứng thư.</translation>
    </message>
    <message>
        <source>Add a file to a document later, as a new version: nothing is replaced, the history keeps every version.</source>
        <translation>Thêm tệp cho văn bản sau khi đã vào kho, thành phiên bản mới: không thay thế gì, lịch sử giữ mọi phiên bản.</translation>
    </message>
    <message>
        <source>Give the document id, --pdf and --reason, e.g. &quot;attach 17 --pdf phu-luc.pdf --reason &quot;phụ lục gửi sau&quot;&quot;.</source>
        <translation>Hãy cho mã văn bản, --pdf và --reason, ví dụ &quot;attach 17 --pdf phu-luc.pdf --reason &quot;phụ lục gửi sau&quot;&quot;.</translation>
    </message>
    <message>
        <source>--replaces takes the number of a file, from 1.</source>
        <translation>--replaces cần số thứ tự của tệp, từ 1.</translation>
    </message>
    <message>
        <source>Added to document %1 as version %2 of file %3; signatures: %4.</source>
        <translation>Đã thêm vào văn bản %1 thành phiên bản %2 của tệp %3; chữ ký số: %4.</translation>
    </message>
</context>
<context>
    <name>AttachmentIntakeText</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Tệp %1 không có nội dung.</translation>
    </message>
</context>
<context>
    <name>AuditCommandText</name>
    <message>
        <source>Verify the hash-chained audit trail.</source>
        <translation>Kiểm tra tính toàn vẹn của nhật ký thao tác (chuỗi băm).</translation>
    </message>
    <message>
        <source>The only audit action is &quot;verify&quot;.</source>
        <translation>Lệnh audit chỉ có thao tác &quot;verify&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries verified.</source>
        <translation>
            <numerusform>Nhật ký thao tác toàn vẹn: đã kiểm tra %n bản ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>THE AUDIT TRAIL HAS BEEN TAMPERED WITH:</source>
        <translation>NHẬT KÝ THAO TÁC ĐÃ BỊ CAN THIỆP TRÁI PHÉP:</translation>
    </message>
</context>
<context>
    <name>AuditVerifierText</name>
    <message>
        <source>Entries %1 to %2 of the audit trail have been removed.</source>
        <translation>Các bản ghi từ %1 đến %2 của nhật ký thao tác đã bị xóa.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail does not follow the entry before it: entries were reordered or replaced.</source>
        <translation>Bản ghi %1 của nhật ký thao tác không nối tiếp bản ghi liền trước: các bản ghi đã bị đổi thứ tự hoặc bị thay thế.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail was changed after it was written.</source>
        <translation>Bản ghi %1 của nhật ký thao tác đã bị sửa đổi sau khi được ghi.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n entries of the audit trail have been removed.</source>
        <translation>
            <numerusform>%n bản ghi cuối cùng của nhật ký thao tác đã bị xóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recorded end of the audit trail does not match its last entry.</source>
        <translation>Điểm kết thúc đã lưu của nhật ký thao tác không khớp với bản ghi cuối cùng.</translation>
    </message>
    <message>
        <source>Document %1 was added without a registration entry in the audit trail.</source>
        <translation>Văn bản %1 đã được thêm vào mà không có bản ghi đăng ký trong nhật ký thao tác.</translation>
    </message>
</context>
<context>
    <name>BackupCommandText</name>
    <message>
        <source>The new folder to write the backup into.</source>
        <translation>Thư mục mới để ghi bản sao lưu.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>thư mục</translation>
    </message>
    <message>
        <source>Back up the workspace while others keep working: the registers, every document file and a manifest of hashes.</source>
        <translation>Sao lưu kho dữ liệu trong khi mọi người vẫn làm việc: các sổ, mọi tệp văn bản và bảng kê mã băm.</translation>
    </message>
    <message>
        <source>Name the folder of the backup with --out.</source>
        <translation>Hãy cho thư mục sao lưu bằng --out.</translation>
    </message>
    <message>
        <source>Backup written to %1: %2</source>
        <translation>Đã sao lưu vào %1: %2</translation>
    </message>
    <message>
        <source>Check the backup through and change nothing.</source>
        <translation>Chỉ kiểm tra toàn bộ bản sao lưu, không thay đổi gì.</translation>
    </message>
    <message>
        <source>Restore a backup as the workspace, after checking every file against its manifest. A workspace that is there is moved aside, never deleted. Close VanThu on every desk first.</source>
        <translation>Khôi phục bản sao lưu thành kho dữ liệu, sau khi đối chiếu từng tệp với bảng kê. Kho dữ liệu đang có được chuyển sang bên cạnh, không bao giờ bị xóa. Hãy đóng VanThu trên mọi máy trước.</translation>
    </message>
    <message>
        <source>Name the backup folder, e.g. &quot;restore /media/usb/sao-luu&quot;.</source>
        <translation>Hãy cho thư mục sao lưu, ví dụ &quot;restore /media/usb/sao-luu&quot;.</translation>
    </message>
    <message>
        <source>The backup is complete and intact: %1</source>
        <translation>Bản sao lưu đầy đủ và nguyên vẹn: %1</translation>
    </message>
    <message>
        <source>Restored into %1: %2</source>
        <translation>Đã khôi phục vào %1: %2</translation>
    </message>
    <message>
        <source>The workspace that was there is kept in %1.</source>
        <translation>Kho dữ liệu có trước đó được giữ tại %1.</translation>
    </message>
</context>
<context>
    <name>BackupTaskText</name>
    <message>
        <source>Back up the workspace</source>
        <translation>Sao lưu kho dữ liệu</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Đang sao lưu vào %1…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation>Đang kiểm tra bản sao lưu %1…</translation>
    </message>
    <message>
        <source>Restoring the backup %1…</source>
        <translation>Đang khôi phục bản sao lưu %1…</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>The backup cannot be used: %1.</source>
        <translation>Không dùng được bản sao lưu: %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was replaced.</source>
        <translation>Đã hủy sao lưu/khôi phục; không có gì bị thay thế.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>The backup lacks the file %1.</source>
        <translation>Bản sao lưu thiếu tệp %1.</translation>
    </message>
    <message>
        <source>its database is damaged</source>
        <translation>cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>rows of its database name records that are missing</source>
        <translation>cơ sở dữ liệu có bản ghi trỏ tới bản ghi không tồn tại</translation>
    </message>
    <message>
        <source>The backup was made by a newer VanThu (schema %1); update VanThu to restore it.</source>
        <translation>Bản sao lưu được tạo bởi phiên bản VanThu mới hơn (lược đồ %1); hãy cập nhật VanThu để khôi phục.</translation>
    </message>
    <message>
        <source>%1 is not a VanThu backup: it has no manifest.</source>
        <translation>%1 không phải bản sao lưu VanThu: không có bảng kê.</translation>
    </message>
    <message>
        <source>its manifest is damaged</source>
        <translation>bảng kê bị hỏng</translation>
    </message>
    <message>
        <source>The backup was made by a newer VanThu; update VanThu.</source>
        <translation>Bản sao lưu được tạo bởi phiên bản VanThu mới hơn; hãy cập nhật VanThu.</translation>
    </message>
    <message>
        <source>its manifest does not name the database</source>
        <translation>bảng kê không ghi cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the file %1 is not the one backed up</source>
        <translation>tệp %1 không phải tệp đã sao lưu</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>it lacks a file of a document</source>
        <translation>thiếu một tệp của văn bản</translation>
    </message>
    <message>
        <source>a file of a document is not the one backed up</source>
        <translation>một tệp của văn bản không phải tệp đã sao lưu</translation>
    </message>
    <message>
        <source>its database is not the one its manifest describes</source>
        <translation>cơ sở dữ liệu không khớp với bảng kê</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new folder for the backup.</source>
        <translation>%1 đã tồn tại; hãy chọn một thư mục mới để sao lưu.</translation>
    </message>
    <message>
        <source>%1 is not a VanThu workspace.</source>
        <translation>%1 không phải kho dữ liệu VanThu.</translation>
    </message>
    <message>
        <source>The database could not be copied</source>
        <translation>Không sao chép được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>A file of a document could not be backed up</source>
        <translation>Không sao lưu được một tệp của văn bản</translation>
    </message>
    <message>
        <source>Could not finish the backup in %1.</source>
        <translation>Không hoàn tất được bản sao lưu tại %1.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>Không tạo được thư mục tạm.</translation>
    </message>
    <message>
        <source>Could not move the current workspace %1 aside; nothing was replaced.</source>
        <translation>Không chuyển được kho dữ liệu hiện tại %1 sang bên cạnh; không có gì bị thay thế.</translation>
    </message>
    <message>
        <source>Could not put the restored workspace in place at %1.</source>
        <translation>Không đặt được kho dữ liệu đã khôi phục vào %1.</translation>
    </message>
    <message>
        <source>%1 documents and %2 files (%3 MB), taken %4, schema %5.</source>
        <translation>%1 văn bản và %2 tệp (%3 MB), sao lưu lúc %4, lược đồ %5.</translation>
    </message>
</context>
<context>
    <name>BlobBatchText</name>
    <message>
        <source>A document file could not be stored (%1).</source>
        <translation>Không lưu được tệp văn bản (%1).</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
</context>
<context>
    <name>BlobStoreText</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The file reference is not valid.</source>
        <translation>Tham chiếu đến tệp không hợp lệ.</translation>
    </message>
    <message>
        <source>A stored file is missing from the workspace (%1). Restore it from a backup.</source>
        <translation>Một tệp đã lưu bị thiếu trong kho dữ liệu (%1). Hãy khôi phục tệp từ bản sao lưu.</translation>
    </message>
    <message>
        <source>A stored file could not be read (%1).</source>
        <translation>Không đọc được một tệp đã lưu (%1).</translation>
    </message>
    <message>
        <source>A stored file has been altered or damaged (%1). Restore it from a backup.</source>
        <translation>Một tệp đã lưu bị thay đổi hoặc hư hỏng (%1). Hãy khôi phục tệp từ bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>CadesText</name>
    <message>
        <source>The signing certificate cannot be read.</source>
        <translation>Không đọc được chứng thư số dùng để ký.</translation>
    </message>
    <message>
        <source>The key produced a signature that does not match its certificate. The key and the certificate may not belong together, or the token is faulty.</source>
        <translation>Chữ ký do khóa tạo ra không khớp với chứng thư số. Có thể khóa và chứng thư số không cùng một cặp, hoặc thiết bị ký số bị lỗi.</translation>
    </message>
</context>
<context>
    <name>CertificateFileText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (PEM or DER).</source>
        <translation>Tệp %1 không chứa chứng thư số nào (PEM hoặc DER).</translation>
    </message>
</context>
<context>
    <name>CertificateSummaryText</name>
    <message>
        <source>The certificate stored on the token cannot be read.</source>
        <translation>Không đọc được chứng thư số lưu trên thiết bị ký số.</translation>
    </message>
</context>
<context>
    <name>ChangeAnalysisText</name>
    <message>
        <source>A later revision holds an unreadable object (%1).</source>
        <translation>Một bản sửa đổi sau đó chứa đối tượng không đọc được (%1).</translation>
    </message>
    <message>
        <source>A document timestamp was added.</source>
        <translation>Đã thêm dấu thời gian cho văn bản.</translation>
    </message>
    <message>
        <source>An invisible signature field was added.</source>
        <translation>Đã thêm một trường chữ ký ẩn.</translation>
    </message>
    <message>
        <source>A new form field was added after signing; it can show any text over the page.</source>
        <translation>Một trường mới đã được thêm vào sau khi ký; trường này có thể hiển thị nội dung bất kỳ đè lên trang.</translation>
    </message>
    <message>
        <source>Long-term validation data or metadata was added.</source>
        <translation>Đã thêm dữ liệu xác thực dài hạn hoặc siêu dữ liệu.</translation>
    </message>
    <message>
        <source>The form&apos;s field list was extended.</source>
        <translation>Danh sách trường của biểu mẫu đã được bổ sung.</translation>
    </message>
    <message>
        <source>The document information (author, dates) was updated.</source>
        <translation>Thông tin văn bản (tác giả, ngày tháng) đã được cập nhật.</translation>
    </message>
    <message>
        <source>Fields were removed or reordered in the form.</source>
        <translation>Có trường của biểu mẫu đã bị xóa hoặc bị đổi thứ tự.</translation>
    </message>
    <message>
        <source>Page %1 received new annotations or fields (see below).</source>
        <translation>Trang %1 được thêm chú thích hoặc trường mới (xem bên dưới).</translation>
    </message>
    <message>
        <source>Page %1 was changed (%2).</source>
        <translation>Trang %1 đã bị thay đổi (%2).</translation>
    </message>
    <message>
        <source>Annotations of page %1 were removed or reordered.</source>
        <translation>Chú thích của trang %1 đã bị xóa hoặc bị đổi thứ tự.</translation>
    </message>
    <message>
        <source>The content of page %1 was replaced.</source>
        <translation>Nội dung của trang %1 đã bị thay thế.</translation>
    </message>
    <message>
        <source>The already signed field &quot;%1&quot; was changed.</source>
        <translation>Trường &quot;%1&quot; đã được ký nhưng sau đó bị thay đổi.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; was filled in.</source>
        <translation>Trường &quot;%1&quot; đã được điền.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; was changed beyond its value (%2).</source>
        <translation>Trường &quot;%1&quot; bị thay đổi không chỉ ở giá trị (%2).</translation>
    </message>
    <message>
        <source>An annotation (%1) was changed.</source>
        <translation>Một chú thích (%1) đã bị thay đổi.</translation>
    </message>
    <message>
        <source>An object of the signed document was redefined (object %1%2).</source>
        <translation>Một đối tượng của văn bản đã ký bị định nghĩa lại (đối tượng %1%2).</translation>
    </message>
    <message>
        <source>The signature does not end where a revision of the document ends.</source>
        <translation>Phần được ký không kết thúc đúng tại điểm kết thúc của một bản sửa đổi của văn bản.</translation>
    </message>
    <message>
        <source>The signed revision cannot be rebuilt.</source>
        <translation>Không dựng lại được bản sửa đổi đã ký.</translation>
    </message>
    <message>
        <source>A later revision does not build on the signed one (its cross-reference chain skips it).</source>
        <translation>Một bản sửa đổi sau đó không nối tiếp bản sửa đổi đã ký (chuỗi bảng tham chiếu chéo của nó bỏ qua bản đã ký).</translation>
    </message>
    <message>
        <source>Object %1 of the signed document was freed.</source>
        <translation>Đối tượng %1 của văn bản đã ký đã bị giải phóng.</translation>
    </message>
    <message>
        <source>Object %1, listed as free in the signed revision, was brought back into use.</source>
        <translation>Đối tượng %1, vốn được đánh dấu là trống trong bản sửa đổi đã ký, đã được dùng lại.</translation>
    </message>
    <message>
        <source>The cross-reference entry of object %1 was pointed at other bytes of the signed revision.</source>
        <translation>Mục tham chiếu chéo của đối tượng %1 đã bị trỏ sang các byte khác của bản sửa đổi đã ký.</translation>
    </message>
    <message>
        <source>An annotation (%1) on page %2 lies over the signature &quot;%3&quot;.</source>
        <translation>Một chú thích (%1) trên trang %2 nằm đè lên chữ ký &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>A new visible signature field was added on page %1.</source>
        <translation>Một trường chữ ký hiển thị mới đã được thêm vào trang %1.</translation>
    </message>
    <message>
        <source>A new visible signature field was added.</source>
        <translation>Một trường chữ ký hiển thị mới đã được thêm vào.</translation>
    </message>
    <message>
        <source>An annotation (%1) was added on page %2.</source>
        <translation>Đã thêm một chú thích (%1) trên trang %2.</translation>
    </message>
    <message>
        <source>An annotation (%1) was added but is not on any page.</source>
        <translation>Đã thêm một chú thích (%1) nhưng chú thích này không thuộc trang nào.</translation>
    </message>
    <message>
        <source>Page %1 now shows an annotation the signed revision carried without showing it.</source>
        <translation>Trang %1 nay hiển thị một chú thích mà bản sửa đổi đã ký có chứa nhưng không hiển thị.</translation>
    </message>
    <message>
        <source>The form was rewritten, not only extended (%1).</source>
        <translation>Biểu mẫu đã bị viết lại chứ không chỉ được bổ sung (%1).</translation>
    </message>
    <message>
        <source>The document&apos;s structure (catalog) was changed (%1).</source>
        <translation>Cấu trúc của văn bản (catalog) đã bị thay đổi (%1).</translation>
    </message>
    <message>
        <source>A font used on page %1 was replaced (object %2).</source>
        <translation>Một phông chữ dùng trên trang %1 đã bị thay thế (đối tượng %2).</translation>
    </message>
    <message>
        <source>An image or drawing used on page %1 was replaced (object %2).</source>
        <translation>Một hình ảnh hoặc hình vẽ dùng trên trang %1 đã bị thay thế (đối tượng %2).</translation>
    </message>
    <message>
        <source>The resources of page %1 were changed (object %2).</source>
        <translation>Tài nguyên của trang %1 đã bị thay đổi (đối tượng %2).</translation>
    </message>
    <message>
        <source>The page tree was changed (pages added, removed or reordered).</source>
        <translation>Cây trang đã bị thay đổi (thêm, xóa hoặc đổi thứ tự trang).</translation>
    </message>
    <message>
        <source>An annotation (%1) on page %2 was changed.</source>
        <translation>Một chú thích (%1) trên trang %2 đã bị thay đổi.</translation>
    </message>
    <message>
        <source>Data was appended after the last revision without a cross-reference section; a viewer that repairs the file may show it.</source>
        <translation>Có dữ liệu được nối thêm sau bản sửa đổi cuối cùng mà không có bảng tham chiếu chéo; phần mềm xem tự sửa tệp có thể hiển thị dữ liệu này.</translation>
    </message>
    <message>
        <source>A revision written after the signature cannot be read, so what it changes cannot be checked.</source>
        <translation>Không đọc được một bản sửa đổi được ghi sau chữ ký, nên không kiểm tra được những gì bản sửa đổi đó thay đổi.</translation>
    </message>
    <message>
        <source>Data was appended after the signature without a cross-reference section of its own.</source>
        <translation>Có dữ liệu được nối thêm sau chữ ký mà không có bảng tham chiếu chéo riêng.</translation>
    </message>
    <message>
        <source>A revision written after the signature is skipped by a later one: its changes are hidden from some viewers and shown by others.</source>
        <translation>Một bản sửa đổi được ghi sau chữ ký bị một bản sửa đổi sau đó bỏ qua: thay đổi của nó bị ẩn với một số phần mềm xem nhưng lại hiển thị ở phần mềm khác.</translation>
    </message>
    <message>
        <source>Validation data (certificates, OCSP responses, CRLs) were added.</source>
        <translation>Dữ liệu kiểm tra hiệu lực (chứng thư số, phản hồi OCSP, danh sách thu hồi CRL) đã được bổ sung.</translation>
    </message>
    <message>
        <source>Validation data the document held were changed or removed (%1).</source>
        <translation>Dữ liệu kiểm tra hiệu lực có sẵn trong văn bản đã bị thay đổi hoặc xóa (%1).</translation>
    </message>
    <message>
        <source>The document&apos;s catalog was replaced by another one after signing: a reader now shows pages the signer did not sign.</source>
        <translation>Danh mục gốc của văn bản đã bị thay bằng danh mục khác sau khi ký: trình đọc giờ hiển thị những trang người ký không ký.</translation>
    </message>
    <message>
        <source>Encryption was added to the document after signing.</source>
        <translation>Văn bản đã bị thêm mã hóa sau khi ký.</translation>
    </message>
    <message>
        <source>Object %1, written after the signature, names the same key twice; readers disagree on which value counts.</source>
        <translation>Đối tượng %1, ghi sau chữ ký, có một khóa xuất hiện hai lần; các trình đọc không thống nhất giá trị nào được dùng.</translation>
    </message>
    <message>
        <source>A signature dictionary of the signed document was redefined (object %1).</source>
        <translation>Một từ điển chữ ký của văn bản đã ký bị định nghĩa lại (đối tượng %1).</translation>
    </message>
    <message>
        <source>The lock of a signature field was changed after signing.</source>
        <translation>Khóa của một trường chữ ký đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>The form&apos;s default resources (fonts for field values) were changed.</source>
        <translation>Tài nguyên mặc định của biểu mẫu (phông chữ cho giá trị trường) đã bị thay đổi.</translation>
    </message>
    <message>
        <source>The document&apos;s metadata was updated.</source>
        <translation>Siêu dữ liệu của văn bản đã được cập nhật.</translation>
    </message>
    <message>
        <source>The document&apos;s outline or tagged structure was updated.</source>
        <translation>Mục lục (bookmark) hoặc cấu trúc gắn thẻ của văn bản đã được cập nhật.</translation>
    </message>
    <message>
        <source>Object %1 serves both as a field&apos;s appearance and as part of what page %2 draws; it may not change under the form-filling rule.</source>
        <translation>Đối tượng %1 vừa là hình hiển thị của một trường vừa là một phần nội dung trang %2; quy tắc điền biểu mẫu không cho phép thay đổi nó.</translation>
    </message>
    <message>
        <source>A form field or signature was removed from page %1.</source>
        <translation>Một trường biểu mẫu hoặc chữ ký đã bị gỡ khỏi trang %1.</translation>
    </message>
    <message>
        <source>An annotation (%1) was removed from page %2.</source>
        <translation>Một chú thích (%1) đã bị gỡ khỏi trang %2.</translation>
    </message>
    <message>
        <source>Page %1 now shows an annotation written directly into its list.</source>
        <translation>Trang %1 giờ hiển thị một chú thích được ghi thẳng vào danh sách của nó.</translation>
    </message>
    <message>
        <source>The form&apos;s default appearance settings were changed.</source>
        <translation>Thiết lập hiển thị mặc định của biểu mẫu đã bị thay đổi.</translation>
    </message>
    <message>
        <source>Object %1 is used by more than one appearance or field; it may not change under the form-filling rule.</source>
        <translation>Đối tượng %1 được dùng chung cho nhiều hình hiển thị hoặc trường; quy tắc điền biểu mẫu không cho phép thay đổi nó.</translation>
    </message>
    <message>
        <source>The appearance of a form field was redrawn.</source>
        <translation>Hình hiển thị của một trường biểu mẫu đã được vẽ lại.</translation>
    </message>
    <message>
        <source>Object %1, which the signed revision referred to without defining it, is now defined.</source>
        <translation>Đối tượng %1, mà bản đã ký tham chiếu nhưng không định nghĩa, nay đã được định nghĩa.</translation>
    </message>
    <message>
        <source>The document&apos;s cross-reference data is broken; readers rebuild it, and what they then show was checked too.</source>
        <translation>Bảng tham chiếu chéo của văn bản bị hỏng; trình đọc sẽ dựng lại, và nội dung chúng hiển thị khi đó cũng đã được kiểm tra.</translation>
    </message>
    <message>
        <source>Objects were written after the signature that no cross-reference section lists; a reader that repairs the file shows them.</source>
        <translation>Sau chữ ký có các đối tượng không được bảng tham chiếu chéo nào liệt kê; trình đọc sửa tệp sẽ hiển thị chúng.</translation>
    </message>
    <message>
        <source>An object written after the signature names the same key twice; readers disagree on which value counts.</source>
        <translation>Một đối tượng ghi sau chữ ký có một khóa xuất hiện hai lần; các trình đọc không thống nhất giá trị nào được dùng.</translation>
    </message>
    <message>
        <source>An action (script, launch or form action) was added after signing.</source>
        <translation>Một hành động (tập lệnh, chạy chương trình hoặc thao tác biểu mẫu) đã được thêm sau khi ký.</translation>
    </message>
</context>
<context>
    <name>CliContextText</name>
    <message>
        <source>Workspace folder (default: $VANTHU_WORKSPACE, else the current folder).</source>
        <translation>Thư mục kho dữ liệu (mặc định: $VANTHU_WORKSPACE, nếu không có thì dùng thư mục hiện tại).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>thư mục</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>In kết quả dưới dạng JSON.</translation>
    </message>
    <message>
        <source>User name recorded in the audit trail (default: $USER).</source>
        <translation>Tên người dùng được ghi vào nhật ký thao tác (mặc định: $USER).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>Language: vi (default) or en.</source>
        <translation>Ngôn ngữ: vi (mặc định) hoặc en.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiển thị trợ giúp này.</translation>
    </message>
    <message>
        <source>Run &quot;vanthu-cli %1 --help&quot; for the options.</source>
        <translation>Chạy &quot;vanthu-cli %1 --help&quot; để xem các tùy chọn.</translation>
    </message>
</context>
<context>
    <name>CmsVerifierText</name>
    <message>
        <source>The signed reference to the signing certificate does not match the certificate used (the certificate may have been swapped).</source>
        <translation>Tham chiếu đã ký tới chứng thư số dùng để ký không khớp với chứng thư số thực tế được dùng (chứng thư số có thể đã bị tráo đổi).</translation>
    </message>
    <message>
        <source>The signature carries a signing-time attribute, which PAdES forbids (the time belongs in the PDF).</source>
        <translation>Chữ ký có thuộc tính signing-time, là thuộc tính mà PAdES không cho phép (thời điểm ký phải được ghi trong tệp PDF).</translation>
    </message>
    <message>
        <source>The signed attributes are not those PAdES requires (content type, message digest, one signing certificate reference).</source>
        <translation>Các thuộc tính được ký không đúng như PAdES yêu cầu (loại nội dung, giá trị băm của nội dung và đúng một tham chiếu tới chứng thư số dùng để ký).</translation>
    </message>
    <message>
        <source>The timestamp cannot be read.</source>
        <translation>Không đọc được dấu thời gian.</translation>
    </message>
    <message>
        <source>The timestamp was not made for this signature.</source>
        <translation>Dấu thời gian không được cấp cho chữ ký này.</translation>
    </message>
    <message>
        <source>The timestamp&apos;s own signature or its authority&apos;s certificate chain is not valid.</source>
        <translation>Chữ ký của chính dấu thời gian hoặc chuỗi chứng thư số của cơ quan cấp dấu thời gian không hợp lệ.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not meant for signatures (key usage).</source>
        <translation>Chứng thư số của người ký không được cấp cho mục đích ký số (key usage).</translation>
    </message>
    <message>
        <source>Certificate trust was left out of this check on request.</source>
        <translation>Theo yêu cầu, lần kiểm tra này bỏ qua độ tin cậy của chứng thư số.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired at the signing time.</source>
        <translation>Chứng thư số của người ký đã hết hạn tại thời điểm ký.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the signing time.</source>
        <translation>Chứng thư số của người ký chưa có hiệu lực tại thời điểm ký.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not lead to a trusted certification authority.</source>
        <translation>Chứng thư số của người ký không dẫn tới một tổ chức cung cấp dịch vụ chứng thực chữ ký số được tin cậy.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chain is not valid (%1).</source>
        <translation>Chuỗi chứng thư số của người ký không hợp lệ (%1).</translation>
    </message>
    <message>
        <source>The signature value cannot be read.</source>
        <translation>Không đọc được giá trị chữ ký.</translation>
    </message>
    <message>
        <source>The signature names no signer.</source>
        <translation>Chữ ký không chỉ rõ người ký.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>Chữ ký không chứa chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>The signature has no signed attributes (not PAdES).</source>
        <translation>Chữ ký không có thuộc tính được ký (không theo chuẩn PAdES).</translation>
    </message>
    <message>
        <source>The signed content was changed after signing: its hash no longer matches.</source>
        <translation>Nội dung đã ký bị thay đổi sau khi ký: giá trị băm không còn khớp.</translation>
    </message>
    <message>
        <source>The signature value does not verify with the signer&apos;s certificate.</source>
        <translation>Giá trị chữ ký không khớp khi kiểm tra bằng chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>The document timestamp cannot be read.</source>
        <translation>Không đọc được dấu thời gian cho văn bản.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s certificate does not lead to a trusted certification authority.</source>
        <translation>Chứng thư số của cơ quan cấp dấu thời gian không dẫn tới một tổ chức cung cấp dịch vụ chứng thực chữ ký số được tin cậy.</translation>
    </message>
    <message>
        <source>The document was changed after its timestamp: the hash the authority stamped no longer matches.</source>
        <translation>Văn bản đã bị thay đổi sau khi được gắn dấu thời gian: giá trị băm mà cơ quan cấp dấu thời gian đã xác nhận không còn khớp.</translation>
    </message>
    <message>
        <source>The timestamp&apos;s own signature is not valid.</source>
        <translation>Chữ ký của chính dấu thời gian không hợp lệ.</translation>
    </message>
    <message>
        <source>key of %1 (%2)</source>
        <translation>khóa của %1 (%2)</translation>
    </message>
    <message>
        <source>digest of the certificate of %1</source>
        <translation>hàm băm trong chứng thư số của %1</translation>
    </message>
    <message>
        <source>the timestamp authority</source>
        <translation>đơn vị cấp dấu thời gian</translation>
    </message>
    <message>
        <source>digest of the timestamp&apos;s signature</source>
        <translation>hàm băm của chữ ký trên dấu thời gian</translation>
    </message>
    <message>
        <source>digest the timestamp stamps</source>
        <translation>hàm băm được đóng dấu thời gian</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s certificate is not meant for timestamps (it lacks the critical timeStamping extended key usage): the timestamp is not valid.</source>
        <translation>Chứng thư số của đơn vị cấp dấu thời gian không dùng để cấp dấu thời gian (thiếu mục đích sử dụng mở rộng timeStamping bắt buộc): dấu thời gian không hợp lệ.</translation>
    </message>
    <message>
        <source>the certification authority</source>
        <translation>tổ chức chứng thực</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not meant for signing documents: its extended key usage allows only %1.</source>
        <translation>Chứng thư số của người ký không dùng để ký văn bản: mục đích sử dụng mở rộng của nó chỉ cho phép %1.</translation>
    </message>
    <message>
        <source>digest of the signature</source>
        <translation>hàm băm của chữ ký</translation>
    </message>
    <message>
        <source>The signature carries signed content of its own where a detached signature of the document belongs.</source>
        <translation>Chữ ký mang theo nội dung được ký riêng, trong khi ở đây phải là chữ ký tách rời của văn bản.</translation>
    </message>
    <message>
        <source>The signature holds %1 signers with different certificates where one signature dictionary belongs to one signer.</source>
        <translation>Chữ ký chứa %1 người ký với các chứng thư số khác nhau, trong khi mỗi chữ ký chỉ thuộc về một người ký.</translation>
    </message>
    <message>
        <source>The signature holds %1 signers (all with the same certificate) where PAdES allows one.</source>
        <translation>Chữ ký chứa %1 người ký (cùng một chứng thư số), trong khi PAdES chỉ cho phép một.</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>người ký</translation>
    </message>
</context>
<context>
    <name>CorrectionCommandText</name>
    <message>
        <source>registered (%1)</source>
        <translation>vào sổ (%1)</translation>
    </message>
    <message>
        <source>in the register before the change log began</source>
        <translation>đã có trong sổ trước khi bắt đầu ghi nhật ký thay đổi</translation>
    </message>
    <message>
        <source>corrected %1: &quot;%2&quot; → &quot;%3&quot;; reason: %4</source>
        <translation>đính chính %1: &quot;%2&quot; → &quot;%3&quot;; lý do: %4</translation>
    </message>
    <message>
        <source>number %1 voided; reason: %2</source>
        <translation>hủy số %1; lý do: %2</translation>
    </message>
    <message>
        <source>The field to correct: subject, organName, issuedDate, signerPosition, signerName, urgency, dueDate, description, pageAmount, transferDate, toPlaces (incoming) or copyHolder (outgoing).</source>
        <translation>Trường cần đính chính: subject, organName, issuedDate, signerPosition, signerName, urgency, dueDate, description, pageAmount, transferDate, toPlaces (văn bản đến) hoặc copyHolder (văn bản đi).</translation>
    </message>
    <message>
        <source>The corrected value (dates as YYYY-MM-DD; empty clears an optional field).</source>
        <translation>Giá trị đã đính chính (ngày viết YYYY-MM-DD; để trống để xóa trường không bắt buộc).</translation>
    </message>
    <message>
        <source>Why the entry is corrected (kept in the register).</source>
        <translation>Lý do đính chính (được lưu trong sổ).</translation>
    </message>
    <message>
        <source>Correct one field of a register entry; the history keeps the old value and the reason.</source>
        <translation>Đính chính một trường của văn bản trong sổ; lịch sử giữ giá trị cũ và lý do.</translation>
    </message>
    <message>
        <source>Give the document id, --field, --value and --reason, e.g. &quot;correct 17 --field subject --value &quot;...&quot; --reason &quot;typing error&quot;&quot;.</source>
        <translation>Hãy cho mã văn bản, --field, --value và --reason, ví dụ &quot;correct 17 --field subject --value &quot;...&quot; --reason &quot;lỗi đánh máy&quot;&quot;.</translation>
    </message>
    <message>
        <source>Document %1 corrected: %2.</source>
        <translation>Đã đính chính văn bản %1: %2.</translation>
    </message>
    <message>
        <source>Why the number was given by mistake.</source>
        <translation>Lý do số bị cấp nhầm.</translation>
    </message>
    <message>
        <source>Void the number of a register entry given by mistake: the entry stays, shown void, and the number is never given again.</source>
        <translation>Hủy số cấp nhầm của một văn bản trong sổ: văn bản vẫn ở trong sổ, được ghi là đã hủy, và số không bao giờ được cấp lại.</translation>
    </message>
    <message>
        <source>Give the document id and --reason, e.g. &quot;void 17 --reason &quot;numbered twice&quot;&quot;.</source>
        <translation>Hãy cho mã văn bản và --reason, ví dụ &quot;void 17 --reason &quot;cấp số hai lần&quot;&quot;.</translation>
    </message>
    <message>
        <source>The number of document %1 is void.</source>
        <translation>Số của văn bản %1 đã bị hủy.</translation>
    </message>
    <message>
        <source>Show every change of one document, oldest first.</source>
        <translation>Xem mọi thay đổi của một văn bản, cũ nhất lên trước.</translation>
    </message>
    <message>
        <source>Give the document id, e.g. &quot;history 17&quot;.</source>
        <translation>Hãy cho mã văn bản, ví dụ &quot;history 17&quot;.</translation>
    </message>
    <message>
        <source>entered as a draft (%1)</source>
        <translation>vào kho dưới dạng dự thảo (%1)</translation>
    </message>
    <message>
        <source>version %1 approved (by %2)</source>
        <translation>phiên bản %1 được duyệt (bằng %2)</translation>
    </message>
    <message>
        <source>signed by %1: version %2</source>
        <translation>%1 đã ký: phiên bản %2</translation>
    </message>
    <message>
        <source>file %1 added as version %2 (%3); reason: %4</source>
        <translation>thêm tệp %1 thành phiên bản %2 (%3); lý do: %4</translation>
    </message>
</context>
<context>
    <name>CorrectionText</name>
    <message>
        <source>The field %1 needs a date (YYYY-MM-DD).</source>
        <translation>Trường %1 cần một ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; không phải là ngày; hãy viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The number of pages must be a number.</source>
        <translation>Số trang phải là một số.</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>There is no document with the id %1.</source>
        <translation>Không có văn bản nào mang mã %1.</translation>
    </message>
    <message>
        <source>The number of this entry was voided (%1); it is not corrected any more.</source>
        <translation>Số của văn bản này đã bị hủy (%1); văn bản không được đính chính nữa.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be corrected. These can: %2. A wrong number is voided instead, and the document registered again.</source>
        <translation>Không thể đính chính trường &quot;%1&quot;. Có thể đính chính: %2. Số sai thì hủy số và vào sổ lại văn bản.</translation>
    </message>
    <message>
        <source>The field already holds this value: there is nothing to correct.</source>
        <translation>Trường đã có giá trị này: không có gì để đính chính.</translation>
    </message>
    <message>
        <source>The number of this entry is already void (%1).</source>
        <translation>Số của văn bản này đã bị hủy trước đó (%1).</translation>
    </message>
    <message>
        <source>An outgoing document needs at least one recipient: one per line or separated by &quot;;&quot;, as &quot;name&quot; or &quot;identifier|name&quot;.</source>
        <translation>Văn bản đi cần có ít nhất một nơi nhận: mỗi nơi một dòng hoặc cách nhau bằng dấu &quot;;&quot;, dạng &quot;tên&quot; hoặc &quot;mã định danh|tên&quot;.</translation>
    </message>
    <message>
        <source>Document %1 is not in a register yet (%2): there is no entry to correct or number to void.</source>
        <translation>Văn bản %1 chưa được vào sổ (%2): chưa có mục trong sổ để đính chính hay số để hủy.</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <source>The workspace database cannot use write-ahead logging. Keep the workspace on a local disk.</source>
        <translation>Cơ sở dữ liệu của kho dữ liệu không dùng được chế độ ghi nhật ký trước (write-ahead logging). Hãy để kho dữ liệu trên ổ đĩa cục bộ.</translation>
    </message>
    <message>
        <source>The workspace is busy in another program. Try again in a moment.</source>
        <translation>Kho dữ liệu đang được một chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The workspace database is damaged. Restore it from a backup and contact support.</source>
        <translation>Cơ sở dữ liệu của kho dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu và liên hệ bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The workspace database could not be read or written. Check the disk and the permissions of the workspace folder.</source>
        <translation>Không đọc hoặc ghi được cơ sở dữ liệu của kho dữ liệu. Hãy kiểm tra ổ đĩa và quyền truy cập thư mục kho dữ liệu.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in the register; nothing was saved.</source>
        <translation>Thay đổi này xung đột với dữ liệu đã có trong sổ; chưa có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>The data did not pass the checks of the register database; nothing was saved.</source>
        <translation>Dữ liệu không vượt qua được bước kiểm tra của cơ sở dữ liệu sổ; chưa có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>The workspace database could not complete the operation; nothing was saved.</source>
        <translation>Cơ sở dữ liệu của kho dữ liệu không hoàn tất được thao tác; chưa có dữ liệu nào được lưu.</translation>
    </message>
</context>
<context>
    <name>DemoCommandText</name>
    <message>
        <source>Number of documents (default 300).</source>
        <translation>Số lượng văn bản (mặc định 300).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same workspace.</source>
        <translation>Giá trị khởi tạo ngẫu nhiên (seed); cùng một giá trị sẽ tạo ra cùng một kho dữ liệu.</translation>
    </message>
    <message>
        <source>Create a demo workspace of Hà Nội agencies.</source>
        <translation>Tạo kho dữ liệu mẫu gồm các cơ quan tại Hà Nội.</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 100000.</source>
        <translation>--count phải là một số từ 1 đến 100000.</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>%1/%2 văn bản</translation>
    </message>
    <message>
        <source>Demo workspace created in %1: %2 incoming and %3 outgoing documents.</source>
        <translation>Đã tạo kho dữ liệu mẫu tại %1: %2 văn bản đến và %3 văn bản đi.</translation>
    </message>
</context>
<context>
    <name>DemoModuleText</name>
    <message>
        <source>The demo is not installed. Install the package vanthu-demo to use it.</source>
        <translation>Chưa cài đặt phần dữ liệu mẫu (demo) của VanThu. Hãy cài gói vanthu-demo để dùng.</translation>
    </message>
</context>
<context>
    <name>DemoPkiText</name>
    <message>
        <source>The demo certificates could not be created.</source>
        <translation>Không tạo được các chứng thư số mẫu.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 đã tồn tại.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>DEMO certificates and images made by VanThu for the demo workspace. They prove nothing; never use them for real documents. The password of both .p12 files is %1.
</source>
        <translation>Các chứng thư số và hình ảnh MẪU (DEMO) do VanThu tạo cho kho dữ liệu mẫu. Chúng không có giá trị chứng thực; tuyệt đối không dùng cho văn bản thật. Mật khẩu của cả hai tệp .p12 là %1.
</translation>
    </message>
</context>
<context>
    <name>DemoWorkspaceText</name>
    <message>
        <source>%1 already holds a workspace; choose an empty folder for the demo.</source>
        <translation>%1 đã có kho dữ liệu; hãy chọn một thư mục trống cho kho dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>The demo needs at least one document and one working day.</source>
        <translation>Kho dữ liệu mẫu cần ít nhất một văn bản và một ngày làm việc.</translation>
    </message>
    <message>
        <source>The demo generation was stopped.</source>
        <translation>Đã dừng việc tạo kho dữ liệu mẫu.</translation>
    </message>
</context>
<context>
    <name>DocumentCodeText</name>
    <message>
        <source>The agency abbreviation is not configured, so no symbol can be formed.</source>
        <translation>Chưa cấu hình tên viết tắt của cơ quan nên không tạo được ký hiệu văn bản.</translation>
    </message>
    <message>
        <source>A %1 needs the abbreviation of the drafting unit (for example VP) to form its symbol.</source>
        <translation>%1 cần có tên viết tắt của đơn vị soạn thảo (ví dụ VP) để tạo ký hiệu.</translation>
    </message>
</context>
<context>
    <name>DocumentEventsText</name>
    <message>
        <source>A recorded change of a document cannot be read (event %1).</source>
        <translation>Không đọc được một thay đổi đã ghi của văn bản (sự kiện %1).</translation>
    </message>
    <message>
        <source>A change recorded by a newer VanThu cannot be read here; update VanThu.</source>
        <translation>Thay đổi này do phiên bản VanThu mới hơn ghi lại nên không đọc được ở đây; hãy cập nhật VanThu.</translation>
    </message>
</context>
<context>
    <name>DocumentStateText</name>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã vào sổ</translation>
    </message>
    <message>
        <source>Presented to the leader</source>
        <translation>Đã trình lãnh đạo</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Đã phân công</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Returned to the clerk</source>
        <translation>Trả lại văn thư</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>Trả lại nơi gửi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang trình duyệt</translation>
    </message>
    <message>
        <source>Returned with comments</source>
        <translation>Trả lại kèm ý kiến</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Đã được thay thế</translation>
    </message>
    <message>
        <source>Filed in a case file</source>
        <translation>Đã lập hồ sơ</translation>
    </message>
    <message>
        <source>Handed to the archive</source>
        <translation>Đã nộp lưu</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>The document is already &quot;%1&quot;.</source>
        <translation>Văn bản đã ở trạng thái &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The document is &quot;%1&quot;: nothing more happens to it.</source>
        <translation>Văn bản ở trạng thái &quot;%1&quot;: không còn bước nào tiếp theo.</translation>
    </message>
    <message>
        <source>A received document cannot become &quot;%1&quot;: that step belongs to documents the agency issues.</source>
        <translation>Văn bản đến không thể chuyển sang &quot;%1&quot;: bước này chỉ dành cho văn bản cơ quan ban hành.</translation>
    </message>
    <message>
        <source>A document the agency issues cannot become &quot;%1&quot;: that step belongs to received documents.</source>
        <translation>Văn bản do cơ quan ban hành không thể chuyển sang &quot;%1&quot;: bước này chỉ dành cho văn bản đến.</translation>
    </message>
    <message>
        <source>A document that is &quot;%1&quot; cannot become &quot;%2&quot;; it can become %3.</source>
        <translation>Văn bản đang ở trạng thái &quot;%1&quot; không thể chuyển sang &quot;%2&quot;; có thể chuyển sang %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DocumentTypesText</name>
    <message>
        <source>The document type is missing.</source>
        <translation>Chưa nhập loại văn bản.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type of Decree 30/2020. Use a name such as &quot;Quyết định&quot; or an official abbreviation such as &quot;QĐ&quot;.</source>
        <translation>&quot;%1&quot; không phải là loại văn bản theo Nghị định 30/2020/NĐ-CP. Hãy dùng tên loại như &quot;Quyết định&quot; hoặc tên viết tắt chính thức như &quot;QĐ&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could mean %2. Type it with its diacritics.</source>
        <translation>&quot;%1&quot; có thể là %2. Hãy nhập đầy đủ dấu tiếng Việt.</translation>
    </message>
</context>
<context>
    <name>DraftCommandText</name>
    <message>
        <source>A legal normative document (the year goes into the symbol).</source>
        <translation>Văn bản quy phạm pháp luật (năm được ghi vào ký hiệu).</translation>
    </message>
    <message>
        <source>Check a signed PDF without asking revocation responders.</source>
        <translation>Kiểm tra tệp PDF đã ký mà không hỏi dịch vụ tra cứu thu hồi chứng thư.</translation>
    </message>
    <message>
        <source>Add a draft of an outgoing document to the workspace, for the leader to sign (&quot;sign --document&quot;) and the clerk to issue (&quot;issue --document&quot;).</source>
        <translation>Thêm dự thảo văn bản đi vào kho dữ liệu để lãnh đạo ký (&quot;sign --document&quot;) và văn thư ban hành (&quot;issue --document&quot;).</translation>
    </message>
    <message>
        <source>Name the draft&apos;s PDF once with --pdf.</source>
        <translation>Hãy cho đúng một tệp PDF của dự thảo bằng --pdf.</translation>
    </message>
    <message>
        <source>Added as document %1 (%2), state: %3.</source>
        <translation>Đã thêm thành văn bản %1 (%2), trạng thái: %3.</translation>
    </message>
    <message>
        <source>List the outgoing documents waiting to be issued.</source>
        <translation>Liệt kê các văn bản đi đang chờ ban hành.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Say what to do: &quot;draft add&quot; or &quot;draft list&quot;.</source>
        <translation>Hãy cho biết thao tác: &quot;draft add&quot; hoặc &quot;draft list&quot;.</translation>
    </message>
</context>
<context>
    <name>DraftServiceText</name>
    <message>
        <source>Document %1 is an incoming document: it is not signed here.</source>
        <translation>Văn bản %1 là văn bản đến: không ký ở đây.</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature is broken or the file was changed after it was signed (%1).</source>
        <translation>Chữ ký số của tệp PDF bị hỏng hoặc tệp đã bị thay đổi sau khi ký (%1).</translation>
    </message>
    <message>
        <source>A document&apos;s version is signed with the leader&apos;s signature; the seal is added when the document is issued.</source>
        <translation>Phiên bản của văn bản được ký bằng chữ ký của lãnh đạo; con dấu được thêm khi ban hành văn bản.</translation>
    </message>
    <message>
        <source>The signed PDF did not pass its own check (%1); nothing was stored.</source>
        <translation>Tệp PDF đã ký không vượt qua bước tự kiểm tra (%1); chưa lưu gì.</translation>
    </message>
    <message>
        <source>Someone changed this document while it was being signed: open it again and sign its current version.</source>
        <translation>Văn bản đã bị người khác thay đổi trong lúc ký: hãy mở lại và ký phiên bản hiện tại.</translation>
    </message>
</context>
<context>
    <name>DssText</name>
    <message>
        <source>The document already holds all this validation data.</source>
        <translation>Văn bản đã có đủ toàn bộ dữ liệu xác thực này.</translation>
    </message>
</context>
<context>
    <name>ExportCommandText</name>
    <message>
        <source>File to write (required).</source>
        <translation>Tệp cần ghi (bắt buộc).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>pdf, csv or xlsx (default: from the file name).</source>
        <translation>pdf, csv hoặc xlsx (mặc định: theo phần mở rộng của tên tệp).</translation>
    </message>
    <message>
        <source>Register (series) code; default: the general one.</source>
        <translation>Mã sổ (dãy số); mặc định: sổ chung.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Year; default: the newest with entries.</source>
        <translation>Năm; mặc định: năm gần nhất có văn bản.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Volume number (quyển số).</source>
        <translation>Quyển số.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>First register date included.</source>
        <translation>Từ ngày đăng ký (tính cả ngày này).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Last register date included.</source>
        <translation>Đến ngày đăng ký (tính cả ngày này).</translation>
    </message>
    <message>
        <source>Print a register to PDF or export it to CSV or XLSX.</source>
        <translation>In sổ ra tệp PDF hoặc xuất sổ ra tệp CSV, XLSX.</translation>
    </message>
    <message>
        <source>Say which register: &quot;export-register incoming&quot; or &quot;export-register outgoing&quot;.</source>
        <translation>Hãy chỉ rõ sổ: &quot;export-register incoming&quot; hoặc &quot;export-register outgoing&quot;.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>Phải có tùy chọn --out.</translation>
    </message>
    <message>
        <source>The format must be pdf, csv or xlsx.</source>
        <translation>Định dạng phải là pdf, csv hoặc xlsx.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2026-03-05 or 05/03/2026.</source>
        <translation>&quot;%1&quot; không phải là ngày hợp lệ; hãy viết theo dạng 2026-03-05 hoặc 05/03/2026.</translation>
    </message>
    <message>
        <source>%1 entries of %2 (%3) written to %4.</source>
        <translation>Đã ghi %1 văn bản của %2 (%3) vào tệp %4.</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Agency identifier</source>
        <translation>Mã định danh cơ quan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s full name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Receiving unit or person</source>
        <translation>Đơn vị hoặc người nhận</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Unit or person keeping the file copy</source>
        <translation>Đơn vị, người nhận bản lưu</translation>
    </message>
    <message>
        <source>Unit abbreviation</source>
        <translation>Tên viết tắt của đơn vị</translation>
    </message>
    <message>
        <source>edXML document identifier</source>
        <translation>Mã định danh văn bản edXML</translation>
    </message>
    <message>
        <source>Series code</source>
        <translation>Mã dãy số</translation>
    </message>
    <message>
        <source>Series name</source>
        <translation>Tên dãy số</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 không được để trống.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 dài %2 ký tự; chỉ được phép tối đa %3 ký tự.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 999.</source>
        <translation>%1 phải từ 0 đến 999.</translation>
    </message>
</context>
<context>
    <name>FieldValidationText</name>
    <message>
        <source>The page count</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>The date of the document is missing or not valid.</source>
        <translation>Ngày văn bản chưa được nhập hoặc không hợp lệ.</translation>
    </message>
    <message>
        <source>The date of the document (%1) is after today.</source>
        <translation>Ngày văn bản (%1) sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The deadline (%1) is before the date of the document (%2).</source>
        <translation>Thời hạn giải quyết (%1) sớm hơn ngày văn bản (%2).</translation>
    </message>
    <message>
        <source>Give the reason: the register keeps it with the change.</source>
        <translation>Hãy ghi lý do: sổ lưu lý do cùng với thay đổi.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Lý do dài hơn %1 ký tự.</translation>
    </message>
</context>
<context>
    <name>FileAdditionText</name>
    <message>
        <source>The number of document %1 was voided (%2): it takes no new file.</source>
        <translation>Số của văn bản %1 đã bị hủy (%2): không thêm tệp mới được.</translation>
    </message>
    <message>
        <source>Document %1 is signed and waiting to be issued: its signed version is what will be issued, so it takes no new file. Return it to the drafter first.</source>
        <translation>Văn bản %1 đã ký và đang chờ ban hành: phiên bản đã ký là bản sẽ được ban hành, nên không thêm tệp mới được. Hãy trả lại cho người soạn thảo trước.</translation>
    </message>
    <message>
        <source>Document %1 has no file %2.</source>
        <translation>Văn bản %1 không có tệp %2.</translation>
    </message>
    <message>
        <source>Someone changed document %1 meanwhile: open it again and add the file.</source>
        <translation>Văn bản %1 vừa bị người khác thay đổi: hãy mở lại rồi thêm tệp.</translation>
    </message>
    <message>
        <source>The file is the same as the current version of file %1: nothing to add.</source>
        <translation>Tệp giống hệt phiên bản hiện tại của tệp %1: không có gì để thêm.</translation>
    </message>
</context>
<context>
    <name>FileSignerText</name>
    <message>
        <source>The signed file must not replace the original; choose another output file.</source>
        <translation>Tệp đã ký không được ghi đè lên tệp gốc; hãy chọn tệp đầu ra khác.</translation>
    </message>
</context>
<context>
    <name>IncomingServiceText</name>
    <message>
        <source>Registering a possible duplicate needs a reason.</source>
        <translation>Đăng ký văn bản có khả năng trùng thì phải nêu lý do.</translation>
    </message>
    <message>
        <source>arrival number %1/%2 in register %3 of %4</source>
        <translation>số đến %1/%2 trong sổ %3 ngày %4</translation>
    </message>
    <message>
        <source>This document seems to be registered already (%1). Register it again only if it is a different document, and give the reason.</source>
        <translation>Văn bản này dường như đã được đăng ký (%1). Chỉ đăng ký lại nếu đây là một văn bản khác và phải nêu rõ lý do.</translation>
    </message>
</context>
<context>
    <name>InitCommandText</name>
    <message>
        <source>Name of the agency (required).</source>
        <translation>Tên cơ quan (bắt buộc).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>Abbreviation of the agency used in symbols, e.g. SNV (required).</source>
        <translation>Tên viết tắt của cơ quan dùng trong ký hiệu văn bản, ví dụ SNV (bắt buộc).</translation>
    </message>
    <message>
        <source>Name of the governing agency.</source>
        <translation>Tên cơ quan chủ quản.</translation>
    </message>
    <message>
        <source>Identifier (mã định danh) of the agency.</source>
        <translation>Mã định danh của cơ quan.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Place name of the date line (default: Hà Nội).</source>
        <translation>Địa danh ghi trước ngày tháng năm ban hành văn bản (mặc định: Hà Nội).</translation>
    </message>
    <message>
        <source>Create a workspace for an agency.</source>
        <translation>Tạo kho dữ liệu cho một cơ quan.</translation>
    </message>
    <message>
        <source>--agency-name and --agency-abbr are required.</source>
        <translation>Phải có tùy chọn --agency-name và --agency-abbr.</translation>
    </message>
    <message>
        <source>Workspace created in %1.</source>
        <translation>Đã tạo kho dữ liệu tại %1.</translation>
    </message>
</context>
<context>
    <name>IssueCommandText</name>
    <message>
        <source>The PDF the leader signed (with the prepared number and date fields).</source>
        <translation>Tệp PDF lãnh đạo đã ký (có sẵn các trường số và ngày ban hành).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Image of the agency&apos;s seal (PNG).</source>
        <translation>Hình con dấu của cơ quan (PNG).</translation>
    </message>
    <message>
        <source>Real diameter of the seal in millimetres (default 36).</source>
        <translation>Đường kính thực của con dấu, tính bằng milimét (mặc định 36).</translation>
    </message>
    <message>
        <source>Reason shown with the agency signature.</source>
        <translation>Lý do hiển thị cùng chữ ký số của cơ quan.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>Place of signing.</source>
        <translation>Địa điểm ký.</translation>
    </message>
    <message>
        <source>Check the leader&apos;s signature without asking revocation responders.</source>
        <translation>Kiểm tra chữ ký của lãnh đạo mà không hỏi dịch vụ kiểm tra thu hồi chứng thư số.</translation>
    </message>
    <message>
        <source>Issue a document the leader signed: check the signature, take the next number, fill number and date, add the agency signature with the seal, and register it, all or nothing.</source>
        <translation>Ban hành văn bản lãnh đạo đã ký: kiểm tra chữ ký, lấy số tiếp theo, điền số và ngày, thêm chữ ký số của cơ quan kèm con dấu và vào sổ; hoặc làm trọn vẹn, hoặc không làm gì.</translation>
    </message>
    <message>
        <source>--seal-diameter must be between 10 and 80 millimetres.</source>
        <translation>--seal-diameter phải từ 10 đến 80 milimét.</translation>
    </message>
    <message>
        <source>Issued as %1, dated %2, in series %3 (document id %4).</source>
        <translation>Đã ban hành số %1, ngày %2, trong sổ %3 (mã văn bản %4).</translation>
    </message>
    <message>
        <source>Leader&apos;s signature: %1; issued PDF checked: %2.</source>
        <translation>Chữ ký của lãnh đạo: %1; kiểm tra tệp đã ban hành: %2.</translation>
    </message>
    <message>
        <source>Issue this document of the workspace, signed there by the leader (&quot;sign --document&quot;); its fields are the defaults.</source>
        <translation>Ban hành văn bản này trong kho dữ liệu, đã được lãnh đạo ký tại đó (&quot;sign --document&quot;); các trường của văn bản là giá trị mặc định.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>--seal and one of --signed or --document are required.</source>
        <translation>Cần có --seal và một trong hai tùy chọn --signed hoặc --document.</translation>
    </message>
    <message>
        <source>--document takes a document id (see &quot;draft list&quot;).</source>
        <translation>--document cần mã văn bản (xem &quot;draft list&quot;).</translation>
    </message>
</context>
<context>
    <name>IssueServiceText</name>
    <message>
        <source>The PDF has no signature: the leader signs it before it is issued.</source>
        <translation>Tệp PDF chưa có chữ ký số: lãnh đạo phải ký trước khi văn bản được ban hành.</translation>
    </message>
    <message>
        <source>The leader&apos;s signature is broken or the document was changed after it was signed (%1): it cannot be issued.</source>
        <translation>Chữ ký của lãnh đạo không hợp lệ hoặc văn bản đã bị thay đổi sau khi ký (%1): không thể ban hành.</translation>
    </message>
    <message>
        <source>The issued PDF did not pass its own check (%1); nothing was issued.</source>
        <translation>Tệp PDF sau khi ban hành không qua được bước tự kiểm tra (%1); chưa ban hành gì.</translation>
    </message>
    <message>
        <source>Document %1 is %2: only a document signed by the competent person is issued.</source>
        <translation>Văn bản %1 đang ở trạng thái %2: chỉ ban hành văn bản đã được người có thẩm quyền ký.</translation>
    </message>
</context>
<context>
    <name>ListCommandText</name>
    <message>
        <source>Register (series) code; default: the general one.</source>
        <translation>Mã sổ (dãy số); mặc định: sổ chung.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Year; default: the newest with entries.</source>
        <translation>Năm; mặc định: năm gần nhất có văn bản.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Rows per page (default 50).</source>
        <translation>Số dòng mỗi trang (mặc định 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Continue after this number (the last one of the previous page).</source>
        <translation>Tiếp tục sau số này (số cuối cùng của trang trước).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>Oldest first.</source>
        <translation>Xếp văn bản cũ nhất lên trước.</translation>
    </message>
    <message>
        <source>List a register, newest first.</source>
        <translation>Liệt kê sổ, văn bản mới nhất lên trước.</translation>
    </message>
    <message>
        <source>Say which register: &quot;list incoming&quot; or &quot;list outgoing&quot;.</source>
        <translation>Hãy chỉ rõ sổ: &quot;list incoming&quot; hoặc &quot;list outgoing&quot;.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 10000.</source>
        <translation>--limit phải là một số từ 1 đến 10000.</translation>
    </message>
    <message>
        <source>Register %1 (%2), year %3</source>
        <translation>Sổ %1 (%2), năm %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Number/symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>(no entries)</source>
        <translation>(chưa có văn bản nào)</translation>
    </message>
</context>
<context>
    <name>LongTermText</name>
    <message>
        <source>The document has no signature to keep valid.</source>
        <translation>Văn bản không có chữ ký nào cần duy trì hiệu lực.</translation>
    </message>
    <message>
        <source>The certificate chain of &quot;%1&quot; is incomplete; give its certification authorities&apos; certificates.</source>
        <translation>Chuỗi chứng thư số của &quot;%1&quot; chưa đầy đủ; hãy cung cấp chứng thư số của các tổ chức cung cấp dịch vụ chứng thực chữ ký số tương ứng.</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; is revoked (%2); validation data would not make its signature valid.</source>
        <translation>Chứng thư số của &quot;%1&quot; đã bị thu hồi (%2); bổ sung dữ liệu xác thực cũng không làm chữ ký của nó hợp lệ.</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; names no OCSP responder and no CRL; its revocation status cannot be kept in the document.</source>
        <translation>Chứng thư số của &quot;%1&quot; không chỉ ra máy chủ OCSP hay danh sách thu hồi (CRL) nào; không thể lưu tình trạng thu hồi của nó vào văn bản.</translation>
    </message>
    <message>
        <source>The revocation status of &quot;%1&quot; could not be obtained from %2; try again later.</source>
        <translation>Không lấy được tình trạng thu hồi của &quot;%1&quot; từ %2; hãy thử lại sau.</translation>
    </message>
</context>
<context>
    <name>LtvCommandText</name>
    <message>
        <source>The signed PDF.</source>
        <translation>Tệp PDF đã ký.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Where to write the extended PDF.</source>
        <translation>Nơi ghi tệp PDF đã được bổ sung.</translation>
    </message>
    <message>
        <source>A root certificate the chains end at (PEM); may be repeated.</source>
        <translation>Chứng thư số gốc mà các chuỗi chứng thư kết thúc tại đó (PEM); có thể lặp lại.</translation>
    </message>
    <message>
        <source>Intermediate CA certificates (PEM) missing from the signatures; may be repeated.</source>
        <translation>Chứng thư số trung gian (PEM) còn thiếu trong các chữ ký; có thể lặp lại.</translation>
    </message>
    <message>
        <source>Timestamp authority URL: add a document timestamp after the validation data (PAdES B-LTA).</source>
        <translation>Địa chỉ URL của cơ quan cấp dấu thời gian: thêm dấu thời gian cho văn bản sau dữ liệu xác thực (PAdES B-LTA).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Seconds to wait for each OCSP, CRL or TSA server (default 10).</source>
        <translation>Số giây chờ mỗi máy chủ OCSP, CRL hoặc cấp dấu thời gian (mặc định 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>giây</translation>
    </message>
    <message>
        <source>Add long-term validation data to a signed PDF: certificates, OCSP responses and CRLs for every signature (PAdES B-LT), and with --tsa a document timestamp (B-LTA).</source>
        <translation>Bổ sung dữ liệu xác thực dài hạn vào tệp PDF đã ký: chứng thư số, phản hồi OCSP và danh sách thu hồi (CRL) cho mọi chữ ký (PAdES B-LT), và với --tsa thêm dấu thời gian cho văn bản (B-LTA).</translation>
    </message>
    <message>
        <source>Give --in and --out.</source>
        <translation>Hãy chỉ rõ --in và --out.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds.</source>
        <translation>--timeout cần một số giây nguyên.</translation>
    </message>
    <message>
        <source>%1: validation data for %2 added (%3 certificates, %4 OCSP responses, %5 CRLs)%6.</source>
        <translation>%1: đã bổ sung dữ liệu xác thực cho %2 (%3 chứng thư số, %4 phản hồi OCSP, %5 danh sách thu hồi CRL)%6.</translation>
    </message>
    <message>
        <source>, then a document timestamp</source>
        <translation>, sau đó là dấu thời gian cho văn bản</translation>
    </message>
</context>
<context>
    <name>MainText</name>
    <message>
        <source>vanthu-cli: unknown command &quot;%1&quot;.</source>
        <translation>vanthu-cli: không có lệnh &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: vanthu-cli COMMAND [options]

Commands:
  init                      create a workspace for an agency
  series list|add           show or add numbering series
  register incoming         register a received document (số đến)
  register outgoing         register an issued document and give its number
  draft add --pdf FILE ...  add a draft of an outgoing document (no number yet)
  draft list                the outgoing documents waiting to be issued
  sign --document ID ...    the leader signs a draft&apos;s current version in the workspace
  issue (--signed FILE | --document ID) --seal PNG (--p12 FILE | --pkcs11 ...)
                            check the leader&apos;s signature, number, date and seal a
                            document, and register it (as the window&apos;s Issue)
  list incoming|outgoing    list a register, newest first
  show ID                   show one document
  correct ID --field F --value V --reason R
                            correct a field of an entry (the history keeps both)
  void ID --reason R        void a number given by mistake (never given again)
  attach ID --pdf FILE --reason R [--replaces N]
                            add a file later, as a new version (nothing is replaced)
  history ID                every change of one document
  recheck ID [--offline]    check a document&apos;s signatures again and store the report
  reports ID                the stored checks of a document&apos;s signatures
  search WORDS              full-text search, with or without diacritics
  audit verify              verify the hash-chained audit trail
  backup --out FOLDER       back up the workspace while others keep working
  restore FOLDER            check a backup and restore it (--verify-only: check only)
  export-register incoming|outgoing --out FILE
                            print a register to PDF, or export it to CSV or XLSX
  sign --in FILE --out FILE (--p12 FILE | --pkcs11 MODULE --token LABEL --key ID)
                            sign a PDF as PAdES; --out-dir FOLDER FILE... for a batch
  tokens --pkcs11 MODULE    list the tokens and the certificates on them
  verify FILE               check the signatures of a PDF (--trust-anchor, --json)
  ltv --in FILE --out FILE  add validation data (B-LT) and, with --tsa, a document
                            timestamp (B-LTA) to a signed PDF
  trust list|add|remove     the certification authorities trusted by verify
  demo                      create a demo workspace of Hà Nội agencies

Global options: --workspace FOLDER, --json, --actor NAME, --lang vi|en.
&quot;vanthu-cli COMMAND --help&quot; lists the options of a command.
</source>
        <translation>Cách dùng: vanthu-cli LỆNH [tùy chọn]

Các lệnh:
  init                      tạo kho dữ liệu cho một cơ quan
  series list|add           xem hoặc thêm dãy số
  register incoming         đăng ký văn bản đến và cấp số đến
  register outgoing         đăng ký văn bản đi và cấp số
  draft add --pdf TỆP ...   thêm dự thảo văn bản đi (chưa có số)
  draft list                các văn bản đi đang chờ ban hành
  sign --document ID ...    lãnh đạo ký phiên bản hiện tại của dự thảo ngay trong kho dữ liệu
  issue (--signed TỆP | --document ID) --seal PNG (--p12 TỆP | --pkcs11 ...)
                            kiểm tra chữ ký của lãnh đạo, cấp số, ghi ngày, đóng dấu
                            và vào sổ văn bản (như nút Ban hành trong cửa sổ)
  list incoming|outgoing    liệt kê sổ, văn bản mới nhất lên trước
  show ID                   xem một văn bản
  correct ID --field F --value V --reason R
                            đính chính một trường của văn bản (lịch sử giữ cả hai giá trị)
  void ID --reason R        hủy số cấp nhầm (số không bao giờ được cấp lại)
  attach ID --pdf TỆP --reason LÝ_DO [--replaces N]
                            thêm tệp đến sau thành phiên bản mới (không thay thế gì)
  history ID                mọi thay đổi của một văn bản
  recheck ID [--offline]    kiểm tra lại chữ ký số của văn bản và lưu kết quả kiểm tra
  reports ID                các lần kiểm tra chữ ký số đã lưu của một văn bản
  search TỪ_KHÓA            tìm kiếm toàn văn, gõ có dấu hoặc không dấu
  audit verify              kiểm tra nhật ký thao tác (chuỗi băm)
  backup --out THƯ_MỤC      sao lưu kho dữ liệu trong khi mọi người vẫn làm việc
  restore THƯ_MỤC           kiểm tra bản sao lưu rồi khôi phục (--verify-only: chỉ kiểm tra)
  export-register incoming|outgoing --out TỆP
                            in sổ ra tệp PDF hoặc xuất ra tệp CSV, XLSX
  sign --in TỆP --out TỆP (--p12 TỆP | --pkcs11 MÔ_ĐUN --token NHÃN --key MÃ)
                            ký số tệp PDF theo chuẩn PAdES; --out-dir THƯ_MỤC TỆP... để ký hàng loạt
  tokens --pkcs11 MÔ_ĐUN    liệt kê các thiết bị ký số và chứng thư số trên đó
  verify TỆP                kiểm tra các chữ ký số của tệp PDF (--trust-anchor, --json)
  ltv --in TỆP --out TỆP    bổ sung dữ liệu xác thực (B-LT) và, với --tsa, dấu thời gian
                            cho văn bản (B-LTA) vào tệp PDF đã ký
  trust list|add|remove     các tổ chức chứng thực được tin cậy khi kiểm tra chữ ký
  demo                      tạo kho dữ liệu mẫu gồm các cơ quan tại Hà Nội

Tùy chọn chung: --workspace THƯ_MỤC, --json, --actor TÊN, --lang vi|en.
Chạy &quot;vanthu-cli LỆNH --help&quot; để xem các tùy chọn của từng lệnh.</translation>
    </message>
</context>
<context>
    <name>MappedFileText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>The file %1 is too large.</source>
        <translation>Tệp %1 quá lớn.</translation>
    </message>
</context>
<context>
    <name>ModificationPolicyText</name>
    <message>
        <source>no changes</source>
        <translation>không thay đổi gì</translation>
    </message>
    <message>
        <source>form filling and signing</source>
        <translation>điền biểu mẫu và ký</translation>
    </message>
    <message>
        <source>form filling, signing and annotations</source>
        <translation>điền biểu mẫu, ký và thêm chú thích</translation>
    </message>
    <message>
        <source>long-term validation data</source>
        <translation>dữ liệu xác thực dài hạn</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>chú thích</translation>
    </message>
    <message>
        <source>changes no signature allows</source>
        <translation>những thay đổi mà không chữ ký nào cho phép</translation>
    </message>
    <message>
        <source>This is a certification signature (P=%1): it allows %2 afterwards.</source>
        <translation>Đây là chữ ký chứng nhận (P=%1): sau chữ ký này chỉ cho phép %2.</translation>
    </message>
    <message>
        <source>The certification (P=%1) allows %2, but the document was changed after it: %3.</source>
        <translation>Chứng nhận (P=%1) chỉ cho phép %2, nhưng văn bản đã bị thay đổi sau đó: %3.</translation>
    </message>
    <message>
        <source>A new visible signature field was added after certification; its appearance can show anything over the page.</source>
        <translation>Một trường chữ ký hiển thị mới đã được thêm vào sau khi chứng nhận; hình thức hiển thị của nó có thể đè nội dung bất kỳ lên trang.</translation>
    </message>
    <message>
        <source>a new visible signature field</source>
        <translation>một trường chữ ký hiển thị mới</translation>
    </message>
    <message>
        <source>The changes after certification stay within what it allows (P=%1).</source>
        <translation>Các thay đổi sau khi chứng nhận nằm trong phạm vi được phép (P=%1).</translation>
    </message>
    <message>
        <source>Annotations were added or changed after this signature; they are not part of what was signed, so check what they show.</source>
        <translation>Đã có chú thích được thêm hoặc sửa sau chữ ký này; chúng không thuộc phần đã ký, vì vậy hãy xem lại nội dung chúng hiển thị.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot;, locked by this signature, was changed afterwards.</source>
        <translation>Trường &quot;%1&quot;, đã bị khóa bởi chữ ký này, đã bị thay đổi sau đó.</translation>
    </message>
    <message>
        <source>An annotation was removed after this signature; only a certification that allows annotations (P=3) permits that.</source>
        <translation>Một chú thích đã bị gỡ sau chữ ký này; chỉ chữ ký chứng nhận cho phép chú thích (P=3) mới cho phép điều đó.</translation>
    </message>
    <message>
        <source>This certification signature was added after another signature; a certification must be the document&apos;s first signature, so it does not certify anything.</source>
        <translation>Chữ ký chứng nhận này được thêm sau một chữ ký khác; chữ ký chứng nhận phải là chữ ký đầu tiên của văn bản, nên nó không chứng nhận điều gì.</translation>
    </message>
    <message>
        <source>The signature names more than one certification level.</source>
        <translation>Chữ ký nêu nhiều hơn một mức chứng nhận.</translation>
    </message>
    <message>
        <source>The signature claims other locked fields than its signature field prescribes.</source>
        <translation>Chữ ký khai các trường bị khóa khác với những gì trường chữ ký của nó quy định.</translation>
    </message>
    <message>
        <source>The signature&apos;s field lock allows more changes (P=%1) than an earlier signature allows (P=%2); the stricter level stays in force.</source>
        <translation>Khóa trường của chữ ký cho phép nhiều thay đổi hơn (P=%1) so với một chữ ký trước đó (P=%2); mức chặt hơn vẫn giữ hiệu lực.</translation>
    </message>
</context>
<context>
    <name>ModuleLoaderText</name>
    <message>
        <source>A part of VanThu (%1) is missing or damaged. Reinstall VanThu.</source>
        <translation>Một thành phần của VanThu (%1) bị thiếu hoặc bị hỏng. Hãy cài đặt lại VanThu.</translation>
    </message>
</context>
<context>
    <name>Nd30SignatureText</name>
    <message>
        <source>Say where the leader&apos;s signature goes: a page and rectangle, or an anchor text such as the signer&apos;s title.</source>
        <translation>Hãy chỉ rõ vị trí đặt chữ ký của người có thẩm quyền: số trang và vùng hình chữ nhật, hoặc một đoạn văn bản làm mốc, chẳng hạn chức vụ của người ký.</translation>
    </message>
    <message>
        <source>The document has no visible leader&apos;s signature to put the seal on; give a page and rectangle or an anchor text.</source>
        <translation>Văn bản chưa có chữ ký hiển thị của người có thẩm quyền để đóng dấu lên; hãy chỉ rõ số trang và vùng hình chữ nhật, hoặc một đoạn văn bản làm mốc.</translation>
    </message>
    <message>
        <source>An invisible signature has no place on the page.</source>
        <translation>Chữ ký ẩn không có vị trí trên trang.</translation>
    </message>
    <message>
        <source>Signature appearances cannot be drawn here.</source>
        <translation>Không thể vẽ hình thức hiển thị của chữ ký tại đây.</translation>
    </message>
    <message>
        <source>The symbol %1 differs from the one printed on the document (%2).</source>
        <translation>Ký hiệu %1 khác với ký hiệu in trên văn bản (%2).</translation>
    </message>
    <message>
        <source>The document has been issued already (its number or date is filled).</source>
        <translation>Văn bản đã được phát hành (số hoặc ngày ban hành đã được điền).</translation>
    </message>
    <message>
        <source>The document has been issued already (it carries the agency signature).</source>
        <translation>Văn bản đã được ban hành (đã có chữ ký số của cơ quan).</translation>
    </message>
    <message>
        <source>This document was signed without the prepared number and date fields, so a number and date added now would make strict validators reject the leader&apos;s signature. Ask for the document to be signed again with VanThu, or issue it on paper.</source>
        <translation>Văn bản này được ký khi chưa có sẵn các trường số và ngày ban hành, nên nếu bây giờ điền thêm số và ngày thì các phần mềm kiểm tra chữ ký nghiêm ngặt sẽ không chấp nhận chữ ký của người có thẩm quyền. Hãy đề nghị ký lại văn bản bằng VanThu, hoặc phát hành văn bản giấy.</translation>
    </message>
    <message>
        <source>Issuing needs the number and symbol.</source>
        <translation>Phát hành văn bản cần có số, ký hiệu.</translation>
    </message>
    <message>
        <source>The document is prepared for issuing: give its number and date, which are filled and sealed together.</source>
        <translation>Văn bản đã được chuẩn bị để phát hành: hãy nhập số và ngày ban hành; số và ngày sẽ được điền và đóng dấu cùng một lúc.</translation>
    </message>
    <message>
        <source>This appearance needs an image (the signature or the seal, PNG).</source>
        <translation>Hình thức hiển thị này cần có hình ảnh (chữ ký hoặc con dấu, định dạng PNG).</translation>
    </message>
    <message>
        <source>The attachment signature needs the document&apos;s number and symbol.</source>
        <translation>Chữ ký số trên văn bản kèm theo cần có số, ký hiệu của văn bản.</translation>
    </message>
</context>
<context>
    <name>NumberingSeriesText</name>
    <message>
        <source>&quot;%1&quot; is not a series scope; use general, secret, copies or types.</source>
        <translation>&quot;%1&quot; không phải là phạm vi dãy số hợp lệ; hãy dùng general, secret, copies hoặc types.</translation>
    </message>
</context>
<context>
    <name>OfficialDocumentText</name>
    <message>
        <source>The PDF could not be created.</source>
        <translation>Không tạo được tệp PDF.</translation>
    </message>
</context>
<context>
    <name>OutgoingServiceText</name>
    <message>
        <source>The drafting unit abbreviation may not contain spaces or &quot;/&quot;.</source>
        <translation>Tên viết tắt của đơn vị soạn thảo không được chứa dấu cách hoặc ký tự &quot;/&quot;.</translation>
    </message>
    <message>
        <source>The number of copies issued</source>
        <translation>Số lượng bản phát hành</translation>
    </message>
    <message>
        <source>An outgoing document needs at least one recipient.</source>
        <translation>Văn bản đi phải có ít nhất một nơi nhận.</translation>
    </message>
    <message>
        <source>The signed document changed while it was being issued: nothing was issued; open it again.</source>
        <translation>Văn bản đã ký bị thay đổi trong lúc ban hành: chưa ban hành gì; hãy mở lại.</translation>
    </message>
</context>
<context>
    <name>PadesSignerText</name>
    <message>
        <source>Signature appearance</source>
        <translation>Hình thức hiển thị chữ ký</translation>
    </message>
    <message>
        <source>The document has no field named &quot;%1&quot;.</source>
        <translation>Văn bản không có trường nào tên là &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a %2 field VanThu can fill.</source>
        <translation>Trường &quot;%1&quot; không phải là trường %2 mà VanThu có thể điền.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is already signed.</source>
        <translation>Trường &quot;%1&quot; đã được ký.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is invisible; it cannot show an appearance.</source>
        <translation>Trường &quot;%1&quot; bị ẩn nên không hiển thị được hình ảnh chữ ký.</translation>
    </message>
    <message>
        <source>The document is certified with &quot;no changes allowed&quot;; another signature would invalidate the certification.</source>
        <translation>Văn bản đã được chứng nhận ở chế độ &quot;không cho phép thay đổi&quot;; thêm một chữ ký nữa sẽ làm mất hiệu lực của chứng nhận.</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n page(s); page %1 does not exist.</source>
        <translation>
            <numerusform>Văn bản có %n trang; không có trang %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document already has a field named &quot;%1&quot;.</source>
        <translation>Văn bản đã có một trường tên là &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The signature&apos;s rectangle is empty.</source>
        <translation>Vùng đặt chữ ký có kích thước bằng 0.</translation>
    </message>
    <message>
        <source>A new field has no valid place.</source>
        <translation>Một trường mới không có vị trí hợp lệ.</translation>
    </message>
    <message>
        <source>The signing time is missing.</source>
        <translation>Thiếu thời điểm ký.</translation>
    </message>
    <message>
        <source>The PDF is password-protected or encrypted; remove the protection before signing.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu hoặc đã được mã hóa; hãy gỡ bỏ chế độ bảo vệ trước khi ký.</translation>
    </message>
    <message>
        <source>The signature did not fit in the space reserved for it.</source>
        <translation>Chữ ký số vượt quá vùng dữ liệu đã dành sẵn cho chữ ký.</translation>
    </message>
    <message>
        <source>The signature could not be computed.</source>
        <translation>Không tính được chữ ký số.</translation>
    </message>
    <message>
        <source>The document is certified; a new visible field would invalidate the certification. Sign a prepared signature field, or sign invisibly.</source>
        <translation>Văn bản đã được chứng nhận; thêm một trường hiển thị mới sẽ làm mất hiệu lực của chứng nhận. Hãy ký vào trường chữ ký đã chuẩn bị sẵn hoặc ký ẩn.</translation>
    </message>
    <message>
        <source>A certification allows changes at level 1, 2 or 3, not %1.</source>
        <translation>Chứng nhận chỉ cho phép mức thay đổi 1, 2 hoặc 3, không phải %1.</translation>
    </message>
    <message>
        <source>The document is already signed; only the first signature can certify it.</source>
        <translation>Văn bản đã được ký; chỉ chữ ký đầu tiên mới có thể chứng nhận văn bản.</translation>
    </message>
    <message>
        <source>No timestamp authority is configured.</source>
        <translation>Chưa cấu hình cơ quan cấp dấu thời gian.</translation>
    </message>
</context>
<context>
    <name>PageDrawingText</name>
    <message>
        <source>The pages could not be drawn.</source>
        <translation>Không vẽ được các trang.</translation>
    </message>
</context>
<context>
    <name>PdfFileText</name>
    <message>
        <source>The PDF file is damaged or is not a PDF. Open it in a PDF reader, save it again and retry.</source>
        <translation>Tệp PDF bị hỏng hoặc không phải là tệp PDF. Hãy mở tệp bằng phần mềm đọc PDF, lưu lại rồi thử lại.</translation>
    </message>
    <message>
        <source>The PDF file is too large.</source>
        <translation>Tệp PDF quá lớn.</translation>
    </message>
    <message>
        <source>A part of the PDF file is missing.</source>
        <translation>Tệp PDF bị thiếu một phần dữ liệu.</translation>
    </message>
    <message>
        <source>The PDF file is too complex to check (it holds too many objects or revisions).</source>
        <translation>Tệp PDF quá phức tạp để kiểm tra (có quá nhiều đối tượng hoặc bản sửa đổi).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy kiểm tra.</translation>
    </message>
</context>
<context>
    <name>PdfFirstPageText</name>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>This file is not a readable PDF.</source>
        <translation>Tệp này không phải là tệp PDF đọc được.</translation>
    </message>
</context>
<context>
    <name>PdfInspectorText</name>
    <message>
        <source>The file is not a readable PDF document. Check that it is a PDF and is not damaged.</source>
        <translation>Không đọc được tệp PDF. Hãy kiểm tra tệp có đúng định dạng PDF và không bị hỏng.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Register an unprotected copy.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu. Hãy đăng ký một bản không đặt mật khẩu.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages, more than the %2 allowed.</source>
        <translation>Tệp PDF có %1 trang, vượt quá mức tối đa %2 trang.</translation>
    </message>
    <message>
        <source>The PDF is %1 MB, larger than the %2 MB allowed.</source>
        <translation>Tệp PDF có dung lượng %1 MB, vượt quá mức tối đa %2 MB.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Tệp không phải là tài liệu PDF.</translation>
    </message>
</context>
<context>
    <name>PdfPrintingText</name>
    <message>
        <source>The pages asked for are not in the document.</source>
        <translation>Văn bản không có các trang được yêu cầu.</translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is connected.</source>
        <translation>Không dùng được máy in. Hãy kiểm tra máy in đã được kết nối.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Đã hủy in.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages.</source>
        <translation>Máy in đã ngừng nhận trang.</translation>
    </message>
    <message>
        <source>Page %1 cannot be drawn for printing.</source>
        <translation>Không dựng được trang %1 để in.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Pkcs11ErrorText</name>
    <message>
        <source>The PIN of token &quot;%1&quot; is now locked: the last try allowed was wrong. Contact your certificate authority (CA) or your administrator to unlock it.</source>
        <translation>Mã PIN của thiết bị ký số &quot;%1&quot; đã bị khóa do lần nhập cuối cùng được phép vẫn sai. Hãy liên hệ tổ chức cung cấp dịch vụ chứng thực chữ ký số (CA) hoặc quản trị viên để mở khóa.</translation>
    </message>
    <message>
        <source>The PIN of token &quot;%1&quot; is locked after too many wrong tries, so VanThu did not try any PIN. Contact your certificate authority (CA) or your administrator to unlock it.</source>
        <translation>Mã PIN của thiết bị ký số &quot;%1&quot; đã bị khóa do nhập sai quá số lần cho phép, vì vậy VanThu không thử mã PIN nào. Hãy liên hệ tổ chức cung cấp dịch vụ chứng thực chữ ký số (CA) hoặc quản trị viên để mở khóa.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; was removed or is no longer available. Plug it in again, then sign again.</source>
        <translation>Thiết bị ký số &quot;%1&quot; đã bị rút ra hoặc không còn sẵn sàng. Hãy cắm lại thiết bị rồi ký lại.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; stopped responding. Unplug it, plug it in again, then sign again.</source>
        <translation>Thiết bị ký số &quot;%1&quot; không còn phản hồi. Hãy rút thiết bị ra, cắm lại rồi ký lại.</translation>
    </message>
    <message>
        <source>Wrong PIN for token &quot;%1&quot;.</source>
        <translation>Mã PIN của thiết bị ký số &quot;%1&quot; không đúng.</translation>
    </message>
    <message>
        <source>The PIN of token &quot;%1&quot; has expired. Set a new PIN with the token tool of your certificate authority (CA), then sign again.</source>
        <translation>Mã PIN của thiết bị ký số &quot;%1&quot; đã hết hạn. Hãy đặt mã PIN mới bằng phần mềm quản lý thiết bị ký số của tổ chức cung cấp dịch vụ chứng thực chữ ký số (CA) rồi ký lại.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; has no user PIN yet. Set one with the token tool of your certificate authority (CA).</source>
        <translation>Thiết bị ký số &quot;%1&quot; chưa có mã PIN người dùng. Hãy đặt mã PIN bằng phần mềm quản lý thiết bị ký số của tổ chức cung cấp dịch vụ chứng thực chữ ký số (CA).</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; no longer accepts the PIN given earlier. Open the key again.</source>
        <translation>Thiết bị ký số &quot;%1&quot; không còn chấp nhận mã PIN đã nhập trước đó. Hãy nhập lại mã PIN để mở lại khóa bí mật.</translation>
    </message>
    <message>
        <source>The operation on token &quot;%1&quot; was cancelled.</source>
        <translation>Thao tác trên thiết bị ký số &quot;%1&quot; đã bị hủy.</translation>
    </message>
    <message>
        <source>The key on token &quot;%1&quot; cannot make this kind of signature.</source>
        <translation>Khóa trên thiết bị ký số &quot;%1&quot; không tạo được loại chữ ký này.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; reported an error. Unplug it, plug it in again, then try again; if it keeps failing, contact your certificate authority (CA).</source>
        <translation>Thiết bị ký số &quot;%1&quot; báo lỗi. Hãy rút thiết bị ra, cắm lại rồi thử lại; nếu vẫn lỗi, hãy liên hệ tổ chức cung cấp dịch vụ chứng thực chữ ký số (CA).</translation>
    </message>
</context>
<context>
    <name>Pkcs11KeyText</name>
    <message>
        <source>Token &quot;%1&quot; holds no key with id %2. Check that the right token is plugged in.</source>
        <translation>Thiết bị ký số &quot;%1&quot; không có khóa nào mang mã %2. Hãy kiểm tra xem đã cắm đúng thiết bị ký số chưa.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; is not plugged in. Plug it in, then try again.</source>
        <translation>Thiết bị ký số &quot;%1&quot; chưa được cắm vào máy. Hãy cắm thiết bị rồi thử lại.</translation>
    </message>
    <message>
        <source>Several plugged-in tokens are named &quot;%1&quot; and hold key %2. Unplug the tokens you do not want to sign with, then try again.</source>
        <translation>Có nhiều thiết bị ký số đang cắm cùng mang tên &quot;%1&quot; và cùng chứa khóa %2. Hãy rút các thiết bị không dùng để ký rồi thử lại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key id: it must be hexadecimal digits.</source>
        <translation>&quot;%1&quot; không phải là mã khóa: mã khóa phải gồm các chữ số thập lục phân (hex).</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; holds the certificate with id %2 but not its private key.</source>
        <translation>Thiết bị ký số &quot;%1&quot; có chứng thư số mang mã %2 nhưng không có khóa bí mật tương ứng.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; holds the key with id %2 but not its certificate. Ask your certificate authority (CA) to write the certificate to the token.</source>
        <translation>Thiết bị ký số &quot;%1&quot; có khóa mang mã %2 nhưng không có chứng thư số tương ứng. Hãy đề nghị tổ chức cung cấp dịch vụ chứng thực chữ ký số (CA) nạp chứng thư số vào thiết bị ký số.</translation>
    </message>
    <message>
        <source>The key with id %1 on token &quot;%2&quot; is of a kind VanThu cannot sign with (only RSA and ECDSA).</source>
        <translation>Khóa mang mã %1 trên thiết bị ký số &quot;%2&quot; thuộc loại mà VanThu không dùng để ký được (chỉ hỗ trợ RSA và ECDSA).</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; returned a signature VanThu cannot read.</source>
        <translation>Thiết bị ký số &quot;%1&quot; trả về chữ ký mà VanThu không đọc được.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; cannot make this kind of signature with key %2.</source>
        <translation>Thiết bị ký số &quot;%1&quot; không tạo được loại chữ ký này bằng khóa %2.</translation>
    </message>
</context>
<context>
    <name>Pkcs11LoginText</name>
    <message>
        <source>Only one try is left: a wrong PIN will lock the token.</source>
        <translation>Chỉ còn một lần thử: nếu nhập sai mã PIN, thiết bị ký số sẽ bị khóa.</translation>
    </message>
    <message>
        <source>The token reports that only a few tries are left before it locks.</source>
        <translation>Thiết bị ký số báo chỉ còn ít lần thử trước khi bị khóa.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
    <message>
        <source>Wrong PIN for token &quot;%1&quot; %2 times. VanThu stopped asking so that the token does not lock; check the PIN, then try again.</source>
        <translation>Đã nhập sai mã PIN của thiết bị ký số &quot;%1&quot; %2 lần. VanThu ngừng hỏi mã PIN để thiết bị không bị khóa; hãy kiểm tra lại mã PIN rồi thử lại.</translation>
    </message>
    <message>
        <source>No PIN was given for token &quot;%1&quot;.</source>
        <translation>Chưa nhập mã PIN cho thiết bị ký số &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Pkcs11ModuleText</name>
    <message>
        <source>in slot %1</source>
        <translation>tại khe %1</translation>
    </message>
    <message>
        <source>The token driver (PKCS#11 module) &quot;%1&quot; does not exist. Install the token software of your certificate authority (CA) or choose the right file.</source>
        <translation>Không có trình điều khiển thiết bị ký số (mô-đun PKCS#11) &quot;%1&quot;. Hãy cài đặt phần mềm thiết bị ký số của tổ chức cung cấp dịch vụ chứng thực chữ ký số (CA) hoặc chọn đúng tệp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token driver (PKCS#11 module) that VanThu can load.</source>
        <translation>&quot;%1&quot; không phải là trình điều khiển thiết bị ký số (mô-đun PKCS#11) mà VanThu nạp được.</translation>
    </message>
    <message>
        <source>The token driver (PKCS#11 module) &quot;%1&quot; failed to start.</source>
        <translation>Không khởi động được trình điều khiển thiết bị ký số (mô-đun PKCS#11) &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The token driver &quot;%1&quot; cannot list its tokens.</source>
        <translation>Trình điều khiển thiết bị ký số &quot;%1&quot; không liệt kê được các thiết bị ký số.</translation>
    </message>
</context>
<context>
    <name>Pkcs11SessionText</name>
    <message>
        <source>Token &quot;%1&quot; was replaced by another token (&quot;%2&quot;). Plug in token &quot;%1&quot;, then try again.</source>
        <translation>Thiết bị ký số &quot;%1&quot; đã bị thay bằng một thiết bị khác (&quot;%2&quot;). Hãy cắm thiết bị ký số &quot;%1&quot; rồi thử lại.</translation>
    </message>
    <message>
        <source>The key is no longer on token &quot;%1&quot;. Plug the token in again, then sign again.</source>
        <translation>Khóa không còn trên thiết bị ký số &quot;%1&quot;. Hãy cắm lại thiết bị rồi ký lại.</translation>
    </message>
</context>
<context>
    <name>Pkcs12Text</name>
    <message>
        <source>The key from the PKCS#12 file could not sign.</source>
        <translation>Khóa trong tệp PKCS#12 không ký được.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>%1 uses an old encryption (RC2) that needs OpenSSL&apos;s legacy provider, which is not installed. Export the key again with AES encryption.</source>
        <translation>Tệp %1 dùng kiểu mã hóa cũ (RC2), cần đến legacy provider của OpenSSL nhưng thành phần này chưa được cài đặt. Hãy xuất lại khóa với kiểu mã hóa AES.</translation>
    </message>
    <message>
        <source>%1 holds no private key.</source>
        <translation>Tệp %1 không chứa khóa bí mật.</translation>
    </message>
    <message>
        <source>%1 holds no certificate for its private key.</source>
        <translation>Tệp %1 không chứa chứng thư số của khóa bí mật.</translation>
    </message>
    <message>
        <source>The private key and the certificate in %1 do not belong together.</source>
        <translation>Khóa bí mật và chứng thư số trong tệp %1 không khớp với nhau.</translation>
    </message>
    <message>
        <source>The key in %1 is RSA with %2 bits. Keys shorter than 2048 bits can be broken, so they are not accepted for signing.</source>
        <translation>Khóa trong tệp %1 là khóa RSA dài %2 bit. Khóa ngắn hơn 2048 bit có thể bị phá nên không được chấp nhận để ký.</translation>
    </message>
    <message>
        <source>The key in %1 is ECDSA with %2 bits. Curves smaller than 256 bits are too weak, so they are not accepted for signing.</source>
        <translation>Khóa trong tệp %1 là khóa ECDSA dài %2 bit. Đường cong nhỏ hơn 256 bit quá yếu nên không được chấp nhận để ký.</translation>
    </message>
    <message>
        <source>The key in %1 is of type %2; only RSA and ECDSA keys can sign.</source>
        <translation>Khóa trong tệp %1 thuộc loại %2; chỉ khóa RSA và ECDSA mới dùng để ký được.</translation>
    </message>
    <message>
        <source>The certificate in %1 could not be encoded.</source>
        <translation>Không chuyển đổi được định dạng chứng thư số trong tệp %1.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Tệp khóa %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Không đọc được tệp khóa %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a PKCS#12 key file.</source>
        <translation>Tệp %1 quá lớn, không thể là tệp khóa PKCS#12.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 key file (.p12, .pfx).</source>
        <translation>Tệp %1 không phải là tệp khóa PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Đã hủy việc mở tệp %1.</translation>
    </message>
    <message numerus="yes">
        <source>The password is wrong; %n attempt(s) left.</source>
        <translation>
            <numerusform>Mật khẩu không đúng; còn %n lần thử.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password of %1 is wrong (tried %n time(s)).</source>
        <translation>
            <numerusform>Mật khẩu của tệp %1 không đúng (đã thử %n lần).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopplerRendererText</name>
    <message>
        <source>The PDF&apos;s pages cannot be drawn.</source>
        <translation>Không vẽ được các trang của tệp PDF.</translation>
    </message>
</context>
<context>
    <name>QtAppearanceRendererText</name>
    <message>
        <source>The image cannot be read; use a PNG file.</source>
        <translation>Không đọc được hình ảnh; hãy dùng tệp PNG.</translation>
    </message>
</context>
<context>
    <name>RegisterCommandText</name>
    <message>
        <source>Could not read the file %1.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2026-03-05 or 05/03/2026.</source>
        <translation>&quot;%1&quot; không phải là ngày hợp lệ; hãy viết theo dạng 2026-03-05 hoặc 05/03/2026.</translation>
    </message>
    <message>
        <source>Document type: name or abbreviation (QĐ, &quot;Công văn&quot;).</source>
        <translation>Loại văn bản: tên loại hoặc tên viết tắt (QĐ, &quot;Công văn&quot;).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>Subject (trích yếu).</source>
        <translation>Trích yếu nội dung.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>khẩn, thượng khẩn or hỏa tốc.</source>
        <translation>Độ khẩn: khẩn, thượng khẩn hoặc hỏa tốc.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>mức</translation>
    </message>
    <message>
        <source>mật, tối mật or tuyệt mật.</source>
        <translation>Độ mật: mật, tối mật hoặc tuyệt mật.</translation>
    </message>
    <message>
        <source>Full name of the signer.</source>
        <translation>Họ tên người ký.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>Position of the signer.</source>
        <translation>Chức vụ người ký.</translation>
    </message>
    <message>
        <source>Deadline for handling or reply.</source>
        <translation>Thời hạn giải quyết hoặc trả lời.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Notes (ghi chú).</source>
        <translation>Ghi chú.</translation>
    </message>
    <message>
        <source>Code of the register or series to use.</source>
        <translation>Mã sổ hoặc mã dãy số cần dùng.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Date handed on (ngày chuyển).</source>
        <translation>Ngày chuyển.</translation>
    </message>
    <message>
        <source>PDF file of the document; repeat for more files.</source>
        <translation>Tệp PDF của văn bản; lặp lại tùy chọn này để đính kèm nhiều tệp.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Number and symbol as written on the document, e.g. 05/QĐ-UBND.</source>
        <translation>Số, ký hiệu như ghi trên văn bản, ví dụ 05/QĐ-UBND.</translation>
    </message>
    <message>
        <source>Date of the document.</source>
        <translation>Ngày văn bản.</translation>
    </message>
    <message>
        <source>Issuing agency (tác giả).</source>
        <translation>Cơ quan ban hành (tác giả).</translation>
    </message>
    <message>
        <source>Identifier (mã định danh) of the issuing agency.</source>
        <translation>Mã định danh của cơ quan ban hành.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Receiving unit or person.</source>
        <translation>Đơn vị hoặc người nhận.</translation>
    </message>
    <message>
        <source>edXML DocumentId, when received electronically.</source>
        <translation>DocumentId theo edXML, khi nhận văn bản điện tử.</translation>
    </message>
    <message>
        <source>Page count of a paper document.</source>
        <translation>Số trang của văn bản giấy.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Register even though it looks like a document already registered; give the reason.</source>
        <translation>Vẫn đăng ký dù văn bản có vẻ trùng với văn bản đã đăng ký; phải nêu lý do.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>Register a received document.</source>
        <translation>Đăng ký văn bản đến.</translation>
    </message>
    <message>
        <source>Registered as incoming number %1 of %2 in register %3 (document id %4).</source>
        <translation>Đã đăng ký số đến %1 năm %2 vào sổ %3 (mã văn bản %4).</translation>
    </message>
    <message>
        <source>Abbreviation of the drafting unit (needed for Công văn).</source>
        <translation>Tên viết tắt của đơn vị soạn thảo (bắt buộc đối với Công văn).</translation>
    </message>
    <message>
        <source>abbr</source>
        <translation>viết tắt</translation>
    </message>
    <message>
        <source>Recipient, as &quot;name&quot; or &quot;identifier|name&quot;; repeat for more.</source>
        <translation>Nơi nhận, dạng &quot;tên&quot; hoặc &quot;mã định danh|tên&quot;; lặp lại tùy chọn này để thêm nơi nhận.</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>nơi nhận</translation>
    </message>
    <message>
        <source>Number of copies issued (default: one per recipient).</source>
        <translation>Số lượng bản phát hành (mặc định: mỗi nơi nhận một bản).</translation>
    </message>
    <message>
        <source>Unit or person keeping the file copy.</source>
        <translation>Đơn vị, người nhận bản lưu.</translation>
    </message>
    <message>
        <source>A legal normative document (numbered in its QPPL series).</source>
        <translation>Văn bản quy phạm pháp luật (đánh số theo dãy số QPPL riêng).</translation>
    </message>
    <message>
        <source>Register an outgoing document and give it its number.</source>
        <translation>Đăng ký văn bản đi và cấp số.</translation>
    </message>
    <message>
        <source>Registered as %1, dated %2, in series %3 (document id %4).</source>
        <translation>Đã cấp số, ký hiệu %1, ngày %2, theo dãy số %3 (mã văn bản %4).</translation>
    </message>
    <message>
        <source>Say which register: &quot;register incoming&quot; or &quot;register outgoing&quot;.</source>
        <translation>Hãy chỉ rõ sổ: &quot;register incoming&quot; hoặc &quot;register outgoing&quot;.</translation>
    </message>
    <message>
        <source>Check the signatures of the PDFs without asking revocation responders.</source>
        <translation>Kiểm tra chữ ký số của các tệp PDF mà không hỏi dịch vụ kiểm tra thu hồi chứng thư số.</translation>
    </message>
    <message>
        <source>Signatures checked: %1.</source>
        <translation>Đã kiểm tra chữ ký số: %1.</translation>
    </message>
</context>
<context>
    <name>RegisterExportText</name>
    <message>
        <source>The volume number must be between 1 and 99.</source>
        <translation>Quyển số phải từ 1 đến 99.</translation>
    </message>
    <message>
        <source>The first date is after the last date.</source>
        <translation>Ngày bắt đầu muộn hơn ngày kết thúc.</translation>
    </message>
</context>
<context>
    <name>RegisterPdfText</name>
    <message>
        <source>The PDF could not be created.</source>
        <translation>Không tạo được tệp PDF.</translation>
    </message>
</context>
<context>
    <name>RegisterServiceText</name>
    <message>
        <source>The workspace has no such register yet. Run &quot;vanthu-cli init&quot; first.</source>
        <translation>Kho dữ liệu chưa có sổ này. Hãy chạy lệnh &quot;vanthu-cli init&quot; trước.</translation>
    </message>
    <message>
        <source>There is no %1 register with the code %2.</source>
        <translation>Không có sổ %1 mang mã %2.</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>văn bản đến</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>văn bản đi</translation>
    </message>
    <message>
        <source>There is no document with the id %1.</source>
        <translation>Không tìm thấy văn bản có mã %1.</translation>
    </message>
</context>
<context>
    <name>RegistrationFormText</name>
    <message>
        <source>Validation message</source>
        <translation>Thông báo kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>Recognised from the PDF: check it.</source>
        <translation>Được nhận dạng từ tệp PDF: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Could not read the file %1.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
</context>
<context>
    <name>RegistrationText</name>
    <message>
        <source>Document %1</source>
        <translation>Văn bản %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 on %2 (Vietnam time)</source>
        <translation>%1 ngày %2 (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>toàn bộ văn bản</translation>
    </message>
    <message>
        <source>the document as it was when signed; later revisions were added</source>
        <translation>văn bản tại thời điểm ký; sau đó có bản sửa đổi được thêm vào</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Chữ ký hợp lệ</translation>
    </message>
    <message>
        <source>Valid signature, with allowed changes</source>
        <translation>Chữ ký hợp lệ, có thay đổi được phép</translation>
    </message>
    <message>
        <source>Document modified after signing</source>
        <translation>Văn bản đã bị sửa đổi sau khi ký</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Chữ ký không hợp lệ</translation>
    </message>
    <message>
        <source>Cannot be determined</source>
        <translation>Không xác định được</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Không có chữ ký</translation>
    </message>
    <message>
        <source>Every signature is intact, its certificate was checked, and the document was not changed after signing.</source>
        <translation>Mọi chữ ký đều nguyên vẹn, chứng thư số đã được kiểm tra và văn bản không bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>Every signature is intact; after signing, only permitted additions were made, such as filling in the number and date or adding another signature.</source>
        <translation>Mọi chữ ký đều nguyên vẹn; sau khi ký chỉ có những bổ sung được phép, như điền số, ngày văn bản hoặc thêm chữ ký khác.</translation>
    </message>
    <message>
        <source>The signatures themselves are intact, but the document was changed after signing in a way that is not allowed: do not rely on its content.</source>
        <translation>Bản thân các chữ ký còn nguyên vẹn nhưng văn bản đã bị thay đổi sau khi ký theo cách không được phép: không được tin cậy nội dung văn bản.</translation>
    </message>
    <message>
        <source>At least one signature is broken: the signed content or the signature itself was altered or damaged.</source>
        <translation>Ít nhất một chữ ký bị hỏng: nội dung đã ký hoặc chính chữ ký đã bị thay đổi hay hư hại.</translation>
    </message>
    <message>
        <source>The signatures are intact, but something needed to confirm them could not be checked, such as the trust or the revocation status of a certificate.</source>
        <translation>Các chữ ký còn nguyên vẹn nhưng chưa kiểm tra được đầy đủ những gì cần để khẳng định, chẳng hạn độ tin cậy hoặc tình trạng thu hồi của chứng thư số.</translation>
    </message>
    <message>
        <source>The document carries no digital signature.</source>
        <translation>Văn bản không có chữ ký số.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <source>The signature or the document is not built the way a PDF signature requires, or the document was changed after signing in a way that is not allowed.</source>
        <translation>Chữ ký hoặc văn bản không đúng cấu trúc bắt buộc của chữ ký PDF, hoặc văn bản đã bị thay đổi sau khi ký theo cách không được phép.</translation>
    </message>
    <message>
        <source>The signed content was changed after signing.</source>
        <translation>Nội dung đã ký bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>The signature value does not match the signer&apos;s certificate: the signature is forged or damaged.</source>
        <translation>Giá trị chữ ký không khớp với chứng thư số của người ký: chữ ký bị giả mạo hoặc hư hỏng.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked before the document was signed.</source>
        <translation>Chứng thư số của người ký đã bị thu hồi trước thời điểm ký.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired when the document was signed.</source>
        <translation>Chứng thư số của người ký đã hết hạn tại thời điểm ký.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid when the document was signed.</source>
        <translation>Chứng thư số của người ký chưa có hiệu lực tại thời điểm ký.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not lead to a trusted certification authority.</source>
        <translation>Chứng thư số của người ký không dẫn tới một tổ chức cung cấp dịch vụ chứng thực chữ ký số được tin cậy.</translation>
    </message>
    <message>
        <source>The chain of certificates from the signer to the certification authority could not be checked.</source>
        <translation>Không kiểm tra được chuỗi chứng thư số từ người ký tới tổ chức cung cấp dịch vụ chứng thực chữ ký số.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is missing from the signature or does not match it.</source>
        <translation>Chữ ký không chứa chứng thư số của người ký, hoặc chứng thư số không khớp với chữ ký.</translation>
    </message>
    <message>
        <source>The signature does not meet the signature policy (for example its signed attributes or the key usage of its certificate).</source>
        <translation>Chữ ký không đáp ứng chính sách chữ ký (ví dụ các thuộc tính được ký hoặc mục đích sử dụng khóa của chứng thư số).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is outside its validity period, and no timestamp proves that the signature was made while it was valid.</source>
        <translation>Chứng thư số của người ký nằm ngoài thời hạn hiệu lực và không có dấu thời gian chứng minh chữ ký được tạo khi chứng thư số còn hiệu lực.</translation>
    </message>
    <message>
        <source>The revocation status of a certificate could not be obtained; try again later.</source>
        <translation>Chưa lấy được tình trạng thu hồi của chứng thư số; hãy thử lại sau.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been revoked, and nothing proves that the signature was made before that.</source>
        <translation>Chứng thư số của người ký đã bị thu hồi và không có bằng chứng chữ ký được tạo trước thời điểm đó.</translation>
    </message>
    <message>
        <source>The certificate of a certification authority in the signer&apos;s chain has been revoked, and nothing proves that the signature was made before that.</source>
        <translation>Chứng thư số của một tổ chức cung cấp dịch vụ chứng thực chữ ký số trong chuỗi chứng thư của người ký đã bị thu hồi và không có bằng chứng chữ ký được tạo trước thời điểm đó.</translation>
    </message>
    <message>
        <source>not PAdES (an older PDF signature format)</source>
        <translation>không theo chuẩn PAdES (định dạng chữ ký PDF cũ)</translation>
    </message>
    <message>
        <source>PAdES B-B (basic signature, no timestamp)</source>
        <translation>PAdES B-B (chữ ký cơ bản, không có dấu thời gian)</translation>
    </message>
    <message>
        <source>PAdES B-T (with a timestamp)</source>
        <translation>PAdES B-T (có dấu thời gian)</translation>
    </message>
    <message>
        <source>PAdES B-LT (with the data for long-term validation)</source>
        <translation>PAdES B-LT (kèm dữ liệu xác thực dài hạn)</translation>
    </message>
    <message>
        <source>PAdES B-LTA (long-term, protected by a document timestamp)</source>
        <translation>PAdES B-LTA (dài hạn, được bảo vệ bằng dấu thời gian cho văn bản)</translation>
    </message>
    <message>
        <source>document timestamp (protects the signatures and validation data before it)</source>
        <translation>dấu thời gian cho văn bản (bảo vệ các chữ ký và dữ liệu xác thực trước nó)</translation>
    </message>
    <message>
        <source>no change after signing</source>
        <translation>không có thay đổi sau khi ký</translation>
    </message>
    <message>
        <source>only validation data or metadata added</source>
        <translation>chỉ bổ sung dữ liệu xác thực hoặc siêu dữ liệu</translation>
    </message>
    <message>
        <source>form filling or further signatures (allowed)</source>
        <translation>điền biểu mẫu hoặc thêm chữ ký (được phép)</translation>
    </message>
    <message>
        <source>annotations added or changed (accepted, but look at them)</source>
        <translation>thêm hoặc sửa chú thích (được chấp nhận nhưng cần xem lại)</translation>
    </message>
    <message>
        <source>changes that are not allowed</source>
        <translation>thay đổi không được phép</translation>
    </message>
    <message>
        <source>%1, proven by a timestamp</source>
        <translation>%1, được xác thực bằng dấu thời gian</translation>
    </message>
    <message>
        <source>%1, as claimed by the signer&apos;s computer (not proven)</source>
        <translation>%1, theo máy tính của người ký (chưa được xác thực)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Signature %1 of %2: field &quot;%3&quot;</source>
        <translation>Chữ ký %1/%2: trường &quot;%3&quot;</translation>
    </message>
    <message>
        <source>  Result: %1</source>
        <translation>  Kết quả: %1</translation>
    </message>
    <message>
        <source>  Reason: %1</source>
        <translation>  Lý do: %1</translation>
    </message>
    <message>
        <source>  Signer: %1</source>
        <translation>  Người ký: %1</translation>
    </message>
    <message>
        <source>  Issued by: %1</source>
        <translation>  Cấp bởi: %1</translation>
    </message>
    <message>
        <source>  Certificate serial number: %1</source>
        <translation>  Số hiệu chứng thư số: %1</translation>
    </message>
    <message>
        <source>  Signing time: %1</source>
        <translation>  Thời điểm ký: %1</translation>
    </message>
    <message>
        <source>  Format: %1</source>
        <translation>  Định dạng: %1</translation>
    </message>
    <message>
        <source>  Signed part: %1</source>
        <translation>  Phần được ký: %1</translation>
    </message>
    <message>
        <source>  Changes after this signature: %1</source>
        <translation>  Thay đổi sau chữ ký này: %1</translation>
    </message>
    <message>
        <source>  Details:</source>
        <translation>  Chi tiết:</translation>
    </message>
    <message>
        <source>Intact, revocation not yet checked</source>
        <translation>Nguyên vẹn, chưa kiểm tra thu hồi</translation>
    </message>
    <message>
        <source>The signatures are intact and their certificates lead to a trusted authority, but whether a certificate was revoked has not been checked yet (offline check).</source>
        <translation>Các chữ ký còn nguyên vẹn và chứng thư dẫn tới tổ chức chứng thực tin cậy, nhưng chưa kiểm tra chứng thư có bị thu hồi hay không (kiểm tra ngoại tuyến).</translation>
    </message>
    <message>
        <source>The signature uses an algorithm or a key size that is no longer accepted.</source>
        <translation>Chữ ký dùng thuật toán hoặc độ dài khóa không còn được chấp nhận.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm or a key size that is no longer considered secure, and nothing proves that it was made before that cut-off date.</source>
        <translation>Chữ ký dùng thuật toán hoặc độ dài khóa không còn được coi là an toàn, và không có gì chứng minh chữ ký được tạo trước mốc hết hạn đó.</translation>
    </message>
    <message>
        <source>A certificate of the signer&apos;s chain is not allowed to serve this purpose.</source>
        <translation>Một chứng thư trong chuỗi của người ký không được phép dùng cho mục đích này.</translation>
    </message>
    <message>
        <source>The timestamps of the signature contradict each other or the signature.</source>
        <translation>Các dấu thời gian của chữ ký mâu thuẫn với nhau hoặc với chữ ký.</translation>
    </message>
    <message>
        <source>Nothing proves when the signature was made, and that proof is needed here.</source>
        <translation>Không có gì chứng minh thời điểm tạo chữ ký, trong khi ở đây cần bằng chứng đó.</translation>
    </message>
    <message>
        <source>The signature does not refer to the document&apos;s bytes in the way its format requires.</source>
        <translation>Chữ ký không tham chiếu tới dữ liệu của văn bản theo cách định dạng của nó yêu cầu.</translation>
    </message>
    <message>
        <source>checked: no certificate of the chain is revoked</source>
        <translation>đã kiểm tra: không chứng thư số nào trong chuỗi bị thu hồi</translation>
    </message>
    <message>
        <source>not yet checked (the certification authorities were not asked)</source>
        <translation>chưa kiểm tra (chưa hỏi tổ chức cung cấp dịch vụ chứng thực)</translation>
    </message>
    <message>
        <source>cannot be checked: a certificate names no revocation service and the document holds no answer for it</source>
        <translation>không kiểm tra được: một chứng thư số không ghi dịch vụ tra cứu thu hồi nào và văn bản không chứa câu trả lời cho chứng thư số đó</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>không cần</translation>
    </message>
    <message>
        <source>  Existence proven by a document timestamp: %1</source>
        <translation>  Thời điểm tồn tại được chứng minh bằng dấu thời gian văn bản: %1</translation>
    </message>
    <message>
        <source>  Revocation: %1</source>
        <translation>  Tình trạng thu hồi: %1</translation>
    </message>
    <message>
        <source>  Algorithms:</source>
        <translation>  Thuật toán:</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bit</translation>
    </message>
    <message>
        <source>    - %1: %2 (%3)</source>
        <translation>    - %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Revocation was asked online where the document held no answer.</source>
        <translation>Đã tra cứu tình trạng thu hồi trực tuyến ở những chỗ văn bản không chứa câu trả lời.</translation>
    </message>
    <message>
        <source>Offline check: no certification authority was asked online.</source>
        <translation>Kiểm tra ngoại tuyến: chưa hỏi trực tuyến tổ chức cung cấp dịch vụ chứng thực nào.</translation>
    </message>
    <message>
        <source>the timestamp authority&apos;s certificate is not checked for revocation</source>
        <translation>chứng thư số của tổ chức cấp dấu thời gian không được kiểm tra thu hồi</translation>
    </message>
</context>
<context>
    <name>SchemaMigratorText</name>
    <message>
        <source>This workspace was saved by a newer version of VanThu (schema %1; this program knows up to %2). Update VanThu to open it.</source>
        <translation>Kho dữ liệu này được lưu bằng phiên bản VanThu mới hơn (lược đồ %1; chương trình này chỉ hỗ trợ đến %2). Hãy cập nhật VanThu để mở kho dữ liệu.</translation>
    </message>
    <message>
        <source>The file is an SQLite database but not a VanThu workspace.</source>
        <translation>Tệp là cơ sở dữ liệu SQLite nhưng không phải là kho dữ liệu VanThu.</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>Không tạo được thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup before the upgrade failed</source>
        <translation>Không tạo được bản sao lưu trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Upgrading the workspace failed</source>
        <translation>Nâng cấp kho dữ liệu không thành công</translation>
    </message>
</context>
<context>
    <name>SearchCommandText</name>
    <message>
        <source>incoming or outgoing.</source>
        <translation>incoming (đến) hoặc outgoing (đi).</translation>
    </message>
    <message>
        <source>Document type.</source>
        <translation>Loại văn bản.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>Registered on or after this date.</source>
        <translation>Đăng ký từ ngày này trở về sau.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Registered on or before this date.</source>
        <translation>Đăng ký đến hết ngày này.</translation>
    </message>
    <message>
        <source>Urgency level.</source>
        <translation>Độ khẩn.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>mức</translation>
    </message>
    <message>
        <source>Results per page (default 20).</source>
        <translation>Số kết quả mỗi trang (mặc định 20).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Continue from the cursor printed with the previous page.</source>
        <translation>Tiếp tục từ con trỏ được in kèm trang trước.</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>con trỏ</translation>
    </message>
    <message>
        <source>Search documents, with or without diacritics.</source>
        <translation>Tìm kiếm văn bản, gõ có dấu hoặc không dấu.</translation>
    </message>
    <message>
        <source>[words]</source>
        <translation>[từ khóa]</translation>
    </message>
    <message>
        <source>--register must be incoming or outgoing.</source>
        <translation>--register phải là incoming hoặc outgoing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2026-03-05 or 05/03/2026.</source>
        <translation>&quot;%1&quot; không phải là ngày hợp lệ; hãy viết theo dạng 2026-03-05 hoặc 05/03/2026.</translation>
    </message>
    <message>
        <source>--after takes the cursor printed by the previous page.</source>
        <translation>--after cần con trỏ được in kèm trang trước.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Number/symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>in</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>out</source>
        <translation>đi</translation>
    </message>
    <message>
        <source>(nothing found)</source>
        <translation>(không tìm thấy kết quả nào)</translation>
    </message>
    <message>
        <source>More: add --after %1</source>
        <translation>Còn tiếp: thêm --after %1</translation>
    </message>
</context>
<context>
    <name>SearchServiceText</name>
    <message>
        <source>Ask for between 1 and 1000 results at a time.</source>
        <translation>Mỗi lần chỉ được yêu cầu từ 1 đến 1000 kết quả.</translation>
    </message>
</context>
<context>
    <name>SecretPromptText</name>
    <message>
        <source>No PIN: set VANTHU_PIN or run in a terminal.</source>
        <translation>Chưa có mã PIN: hãy đặt biến môi trường VANTHU_PIN hoặc chạy lệnh trong cửa sổ dòng lệnh (terminal).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của tệp %1: </translation>
    </message>
    <message>
        <source>PIN of token %1: </source>
        <translation>Mã PIN của thiết bị ký số %1: </translation>
    </message>
</context>
<context>
    <name>SeriesCommandText</name>
    <message>
        <source>Code of the new series, e.g. QPPL-QD.</source>
        <translation>Mã của dãy số mới, ví dụ QPPL-QD.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Name of the new series.</source>
        <translation>Tên của dãy số mới.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>incoming or outgoing.</source>
        <translation>incoming (đến) hoặc outgoing (đi).</translation>
    </message>
    <message>
        <source>general, secret, copies or types.</source>
        <translation>general (chung), secret (mật), copies (bản sao) hoặc types (theo loại văn bản).</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>phạm vi</translation>
    </message>
    <message>
        <source>Comma-separated document types numbered in this series.</source>
        <translation>Các loại văn bản được đánh số theo dãy số này, phân cách bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>danh sách</translation>
    </message>
    <message>
        <source>The series numbers legal normative documents (QPPL).</source>
        <translation>Dãy số dùng để đánh số văn bản quy phạm pháp luật (QPPL).</translation>
    </message>
    <message>
        <source>Issuer abbreviation in symbols when not the agency&apos;s (an advisory body).</source>
        <translation>Tên viết tắt dùng trong ký hiệu khi chủ thể ban hành không phải là cơ quan (ví dụ tổ chức tư vấn).</translation>
    </message>
    <message>
        <source>list or add</source>
        <translation>list hoặc add</translation>
    </message>
    <message>
        <source>List or add numbering series.</source>
        <translation>Liệt kê hoặc thêm dãy số.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use list or add.</source>
        <translation>Không có thao tác &quot;%1&quot;; hãy dùng list hoặc add.</translation>
    </message>
    <message>
        <source>--direction must be incoming or outgoing.</source>
        <translation>--direction phải là incoming hoặc outgoing.</translation>
    </message>
    <message>
        <source>Series added:</source>
        <translation>Đã thêm dãy số:</translation>
    </message>
</context>
<context>
    <name>SeriesServiceText</name>
    <message>
        <source>A series code uses only the letters A–Z, digits and &quot;-&quot; (for example QPPL-QD).</source>
        <translation>Mã dãy số chỉ gồm các chữ cái A–Z, chữ số và dấu &quot;-&quot; (ví dụ QPPL-QD).</translation>
    </message>
    <message>
        <source>A series for particular types needs the list of those types.</source>
        <translation>Dãy số dành riêng cho một số loại văn bản phải kèm danh sách các loại đó.</translation>
    </message>
    <message>
        <source>Only a series of scope &quot;types&quot; takes a list of document types.</source>
        <translation>Chỉ dãy số có phạm vi &quot;types&quot; mới có danh sách loại văn bản.</translation>
    </message>
    <message>
        <source>A series for legal normative documents must be an outgoing series of scope &quot;types&quot; (one series per type).</source>
        <translation>Dãy số cho văn bản quy phạm pháp luật phải là dãy số văn bản đi có phạm vi &quot;types&quot; (mỗi loại một dãy số).</translation>
    </message>
    <message>
        <source>Only outgoing series can number copies.</source>
        <translation>Chỉ dãy số văn bản đi mới được dùng để đánh số bản sao.</translation>
    </message>
    <message>
        <source>Arrival numbers run in one series per year for all types (Decree 30/2020, Article 22); only a separate secret register is allowed.</source>
        <translation>Số đến được đánh liên tiếp theo một dãy số chung cho mọi loại văn bản trong năm (Điều 22 Nghị định 30/2020/NĐ-CP); chỉ được lập riêng sổ văn bản mật.</translation>
    </message>
    <message>
        <source>A series with the code %1 already exists.</source>
        <translation>Đã có dãy số mang mã %1.</translation>
    </message>
    <message>
        <source>The series %1 already has the scope &quot;%2&quot; for this register.</source>
        <translation>Sổ này đã có dãy số %1 với phạm vi &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The type %1 is already numbered in the series %2.</source>
        <translation>Loại văn bản %1 đã được đánh số theo dãy số %2.</translation>
    </message>
    <message>
        <source>A secret document is numbered in the secret series, not in %1 (Decree 30/2020, Article 15).</source>
        <translation>Văn bản mật phải được đánh số theo dãy số văn bản mật, không theo dãy số %1 (Điều 15 Nghị định 30/2020/NĐ-CP).</translation>
    </message>
    <message>
        <source>The series %1 is for secret documents only.</source>
        <translation>Dãy số %1 chỉ dành cho văn bản mật.</translation>
    </message>
    <message>
        <source>Copies are numbered in the copies series, not in %1.</source>
        <translation>Bản sao phải được đánh số theo dãy số bản sao, không theo dãy số %1.</translation>
    </message>
    <message>
        <source>The series %1 numbers copies only.</source>
        <translation>Dãy số %1 chỉ dùng để đánh số bản sao.</translation>
    </message>
    <message>
        <source>The series %1 does not number this kind of document.</source>
        <translation>Dãy số %1 không dùng để đánh số loại văn bản này.</translation>
    </message>
    <message>
        <source>There is no incoming register with the code %1.</source>
        <translation>Không có sổ văn bản đến mang mã %1.</translation>
    </message>
    <message>
        <source>There is no register for secret incoming documents. Add one first.</source>
        <translation>Chưa có sổ văn bản đến mật. Hãy thêm sổ này trước.</translation>
    </message>
    <message>
        <source>There is no incoming register. Initialise the workspace first.</source>
        <translation>Chưa có sổ văn bản đến. Hãy khởi tạo kho dữ liệu trước.</translation>
    </message>
    <message>
        <source>There is no outgoing series with the code %1.</source>
        <translation>Không có dãy số văn bản đi mang mã %1.</translation>
    </message>
    <message>
        <source>No numbering series is configured for legal normative documents of the type %1. Add one (one series per type).</source>
        <translation>Chưa cấu hình dãy số cho văn bản quy phạm pháp luật loại %1. Hãy thêm một dãy số (mỗi loại một dãy số).</translation>
    </message>
    <message>
        <source>No numbering series fits this document. Configure the series of the agency first.</source>
        <translation>Không có dãy số nào phù hợp với văn bản này. Hãy cấu hình các dãy số của cơ quan trước.</translation>
    </message>
</context>
<context>
    <name>SerifFontText</name>
    <message>
        <source>The font Liberation Serif 2 is missing. Install the package fonts-liberation2.</source>
        <translation>Thiếu phông chữ Liberation Serif 2. Hãy cài đặt gói fonts-liberation2.</translation>
    </message>
</context>
<context>
    <name>ShowCommandText</name>
    <message>
        <source>Document id</source>
        <translation>Mã văn bản</translation>
    </message>
    <message>
        <source>Arrival number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Dãy số</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Number/symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Receiving unit or person</source>
        <translation>Đơn vị hoặc người nhận</translation>
    </message>
    <message>
        <source>Handed on</source>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>Registered again despite</source>
        <translation>Vẫn đăng ký dù trùng với</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>văn bản %1: %2</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>File copy kept by</source>
        <translation>Đơn vị, người nhận bản lưu</translation>
    </message>
    <message>
        <source>Copies issued</source>
        <translation>Số lượng bản phát hành</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>edXML document id</source>
        <translation>Mã định danh văn bản edXML</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Người đăng ký</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Tệp đính kèm %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s), %2 bytes, SHA-256 %3</source>
        <translation>
            <numerusform>%1, %n trang, %2 byte, SHA-256 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Also print the audit history.</source>
        <translation>In kèm lịch sử thao tác của văn bản.</translation>
    </message>
    <message>
        <source>Show one registered document.</source>
        <translation>Xem một văn bản đã đăng ký.</translation>
    </message>
    <message>
        <source>Give the document id, e.g. &quot;show 17&quot;.</source>
        <translation>Hãy nhập mã văn bản, ví dụ &quot;show 17&quot;.</translation>
    </message>
</context>
<context>
    <name>SignCommandText</name>
    <message>
        <source>PDF to sign.</source>
        <translation>Tệp PDF cần ký.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Signed PDF to write.</source>
        <translation>Tệp PDF đã ký cần ghi ra.</translation>
    </message>
    <message>
        <source>Batch: folder for the signed copies of the files named after the options (one PIN for all).</source>
        <translation>Ký hàng loạt: thư mục chứa bản đã ký của các tệp liệt kê sau các tùy chọn (chỉ nhập mã PIN một lần cho tất cả).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>thư mục</translation>
    </message>
    <message>
        <source>PKCS#12 file with the key.</source>
        <translation>Tệp PKCS#12 chứa khóa.</translation>
    </message>
    <message>
        <source>PKCS#11 module of the token.</source>
        <translation>Mô-đun PKCS#11 của thiết bị ký số.</translation>
    </message>
    <message>
        <source>module.so</source>
        <translation>module.so</translation>
    </message>
    <message>
        <source>Token label.</source>
        <translation>Nhãn (tên) của thiết bị ký số.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>Key id on the token (hex).</source>
        <translation>Mã khóa trên thiết bị ký số (dạng hex).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Intermediate CA certificates to embed (PEM), for a token that does not carry them.</source>
        <translation>Chứng thư số của CA trung gian cần đưa vào chữ ký (PEM), dùng khi thiết bị ký số không chứa sẵn các chứng thư số này.</translation>
    </message>
    <message>
        <source>Timestamp authority URL (PAdES B-T).</source>
        <translation>Địa chỉ URL của cơ quan cấp dấu thời gian (TSA), để ký theo PAdES B-T.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>leader, agency, attachment or none (default).</source>
        <translation>leader (người có thẩm quyền), agency (cơ quan, tổ chức), attachment (văn bản kèm theo) hoặc none (không hiển thị, mặc định).</translation>
    </message>
    <message>
        <source>Page number (from 1).</source>
        <translation>Số trang (bắt đầu từ 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Rectangle in points from the lower-left corner.</source>
        <translation>Vùng hình chữ nhật, tính bằng điểm (pt) từ góc dưới bên trái của trang.</translation>
    </message>
    <message>
        <source>Text under which the leader&apos;s signature goes (e.g. the signer&apos;s title).</source>
        <translation>Đoạn văn bản làm mốc, chữ ký của người có thẩm quyền được đặt ngay bên dưới (ví dụ chức vụ của người ký).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>Signature image or seal (PNG).</source>
        <translation>Hình ảnh chữ ký hoặc con dấu (PNG).</translation>
    </message>
    <message>
        <source>Real diameter of the seal in millimetres (default 36).</source>
        <translation>Đường kính thực của con dấu, tính bằng milimét (mặc định 36).</translation>
    </message>
    <message>
        <source>Number and symbol of the document, e.g. 05/QĐ-UBND.</source>
        <translation>Số, ký hiệu của văn bản, ví dụ 05/QĐ-UBND.</translation>
    </message>
    <message>
        <source>Issuing date (with --appearance agency and --number on a document prepared for issuing).</source>
        <translation>Ngày ban hành (dùng cùng --appearance agency và --number cho văn bản đã được chuẩn bị để phát hành).</translation>
    </message>
    <message>
        <source>With --appearance leader: do not prepare the number, date and seal fields.</source>
        <translation>Dùng với --appearance leader: không tạo sẵn các trường số, ngày ban hành và con dấu.</translation>
    </message>
    <message>
        <source>sha256 (default), sha384 or sha512.</source>
        <translation>sha256 (mặc định), sha384 hoặc sha512.</translation>
    </message>
    <message>
        <source>Reason shown with the signature.</source>
        <translation>Lý do ký, hiển thị kèm chữ ký.</translation>
    </message>
    <message>
        <source>Place of signing.</source>
        <translation>Địa điểm ký.</translation>
    </message>
    <message>
        <source>Sign PDFs as PAdES (B-B, or B-T with --tsa).</source>
        <translation>Ký số tệp PDF theo chuẩn PAdES (B-B, hoặc B-T khi có --tsa).</translation>
    </message>
    <message>
        <source>With --out-dir, name the files to sign after the options.</source>
        <translation>Khi dùng --out-dir, hãy liệt kê các tệp cần ký sau các tùy chọn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>--in and --out are required (or --out-dir with files).</source>
        <translation>Phải có tùy chọn --in và --out (hoặc --out-dir kèm danh sách tệp).</translation>
    </message>
    <message>
        <source>--appearance must be leader, agency, attachment or none.</source>
        <translation>--appearance phải là leader, agency, attachment hoặc none.</translation>
    </message>
    <message>
        <source>--digest must be sha256, sha384 or sha512.</source>
        <translation>--digest phải là sha256, sha384 hoặc sha512.</translation>
    </message>
    <message>
        <source>Give the key with either --p12 or --pkcs11 (with --token and --key).</source>
        <translation>Hãy chỉ định khóa bằng một trong hai tùy chọn --p12 hoặc --pkcs11 (kèm --token và --key).</translation>
    </message>
    <message>
        <source>--pkcs11 needs --token and --key.</source>
        <translation>--pkcs11 cần có --token và --key.</translation>
    </message>
    <message>
        <source>--seal-diameter must be between 10 and 80 millimetres.</source>
        <translation>--seal-diameter phải từ 10 đến 80 milimét.</translation>
    </message>
    <message>
        <source>--date must be a date like 2026-03-05.</source>
        <translation>--date phải là ngày theo dạng 2026-03-05.</translation>
    </message>
    <message>
        <source>--page must be a page number from 1.</source>
        <translation>--page phải là số trang, bắt đầu từ 1.</translation>
    </message>
    <message>
        <source>--rect must be x,y,width,height in points.</source>
        <translation>--rect phải có dạng x,y,rộng,cao, tính bằng điểm (pt).</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>Không đọc được hình ảnh %1.</translation>
    </message>
    <message>
        <source>The PIN or password in VANTHU_PIN is wrong.</source>
        <translation>Mã PIN hoặc mật khẩu trong VANTHU_PIN không đúng.</translation>
    </message>
    <message>
        <source>FAILED %1: %2</source>
        <translation>KHÔNG KÝ ĐƯỢC %1: %2</translation>
    </message>
    <message>
        <source>Signed %1 -&gt; %2 (%3, field %4)</source>
        <translation>Đã ký %1 -&gt; %2 (%3, trường %4)</translation>
    </message>
    <message>
        <source>Certify the document (its first signature only): 1 no changes allowed, 2 form filling and signing, 3 also annotations.</source>
        <translation>Chứng nhận văn bản (chỉ với chữ ký đầu tiên): 1 không cho phép thay đổi, 2 cho phép điền biểu mẫu và ký, 3 cho phép thêm cả chú thích.</translation>
    </message>
    <message>
        <source>--certify must be 1, 2 or 3.</source>
        <translation>--certify phải là 1, 2 hoặc 3.</translation>
    </message>
    <message>
        <source>Document %1 signed: version %2 (%3), checked: %4.</source>
        <translation>Đã ký văn bản %1: phiên bản %2 (%3), kết quả kiểm tra: %4.</translation>
    </message>
    <message>
        <source>Sign the current version of this document of the workspace (a draft) instead of a file; the signed PDF becomes its next version.</source>
        <translation>Ký phiên bản hiện tại của văn bản này trong kho dữ liệu (dự thảo) thay cho một tệp; tệp PDF đã ký trở thành phiên bản tiếp theo của văn bản.</translation>
    </message>
    <message>
        <source>--document signs in the workspace: no --in, --out or files.</source>
        <translation>--document ký ngay trong kho dữ liệu: không dùng --in, --out hay tên tệp.</translation>
    </message>
    <message>
        <source>--document takes a document id (see &quot;draft list&quot;).</source>
        <translation>--document cần mã văn bản (xem &quot;draft list&quot;).</translation>
    </message>
</context>
<context>
    <name>SignatureAppearanceText</name>
    <message>
        <source>The signature image cannot be read.</source>
        <translation>Không đọc được hình ảnh chữ ký.</translation>
    </message>
</context>
<context>
    <name>SignatureLocatorText</name>
    <message>
        <source>The signed byte range is not four numbers starting at 0; the signature cannot be checked.</source>
        <translation>Phạm vi byte được ký không phải là bốn số bắt đầu từ 0; không thể kiểm tra chữ ký.</translation>
    </message>
    <message>
        <source>The signed byte range reaches beyond the file.</source>
        <translation>Phạm vi byte được ký vượt quá kích thước tệp.</translation>
    </message>
    <message>
        <source>The signature value is missing or is not stored where the byte range can exclude it.</source>
        <translation>Thiếu giá trị chữ ký, hoặc giá trị chữ ký không nằm ở vị trí mà phạm vi byte có thể loại trừ.</translation>
    </message>
    <message>
        <source>The unsigned gap of the byte range is not exactly the signature value; the signed parts may have been moved.</source>
        <translation>Khoảng không được ký trong phạm vi byte không trùng khớp với giá trị chữ ký; các phần đã ký có thể đã bị dịch chuyển.</translation>
    </message>
    <message>
        <source>The signature dictionary is not covered by the signature.</source>
        <translation>Từ điển chữ ký (signature dictionary) không nằm trong phần được ký.</translation>
    </message>
    <message>
        <source>The signature value is empty.</source>
        <translation>Giá trị chữ ký bị trống.</translation>
    </message>
    <message>
        <source>The signature value holds characters other than hex digits.</source>
        <translation>Giá trị chữ ký chứa ký tự không phải chữ số thập lục phân.</translation>
    </message>
</context>
<context>
    <name>SignaturePlacementText</name>
    <message>
        <source>The PDF&apos;s pages cannot be read.</source>
        <translation>Không đọc được các trang của tệp PDF.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; was not found in the document.</source>
        <translation>Không tìm thấy nội dung &quot;%1&quot; trong văn bản.</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n page(s); page %1 does not exist.</source>
        <translation>
            <numerusform>Văn bản có %n trang; không có trang %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningSettingsText</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The image %1 is larger than 32 MiB.</source>
        <translation>Hình ảnh %1 lớn hơn 32 MiB.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>Không đọc được hình ảnh %1.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 không phải là hình ảnh PNG hoặc JPEG.</translation>
    </message>
    <message>
        <source>The image cannot be stored.</source>
        <translation>Không lưu được hình ảnh.</translation>
    </message>
    <message>
        <source>Choose your signature image in the signing settings first.</source>
        <translation>Hãy chọn hình ảnh chữ ký của bạn trong phần cài đặt ký số trước.</translation>
    </message>
    <message>
        <source>Choose the agency&apos;s seal image in the signing settings first.</source>
        <translation>Hãy chọn hình ảnh con dấu của cơ quan trong phần cài đặt ký số trước.</translation>
    </message>
    <message>
        <source>Leader&apos;s signature</source>
        <translation>Chữ ký của người có thẩm quyền</translation>
    </message>
    <message>
        <source>Agency seal (issuing)</source>
        <translation>Con dấu cơ quan (phát hành)</translation>
    </message>
    <message>
        <source>Attachment stamp</source>
        <translation>Dấu trên văn bản kèm theo</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Không hiển thị</translation>
    </message>
</context>
<context>
    <name>TaskTokenText</name>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Đã dừng: không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>TimestampText</name>
    <message>
        <source>&quot;%1&quot; is not a valid timestamp server address.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ máy chủ cấp dấu thời gian hợp lệ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid timestamp server address: it must start with http://.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ máy chủ cấp dấu thời gian hợp lệ: địa chỉ phải bắt đầu bằng http://.</translation>
    </message>
    <message>
        <source>Timestamp servers over HTTPS are not supported yet. Use the server&apos;s http:// address: timestamps are signed, so plain HTTP does not weaken them.</source>
        <translation>Chưa hỗ trợ máy chủ cấp dấu thời gian qua HTTPS. Hãy dùng địa chỉ http:// của máy chủ: dấu thời gian đã được ký số nên dùng HTTP thông thường không làm giảm độ tin cậy của dấu thời gian.</translation>
    </message>
    <message>
        <source>No random numbers for the timestamp request.</source>
        <translation>Không tạo được số ngẫu nhiên cho yêu cầu cấp dấu thời gian.</translation>
    </message>
    <message>
        <source>The timestamp request could not be built.</source>
        <translation>Không tạo được yêu cầu cấp dấu thời gian.</translation>
    </message>
    <message>
        <source>The timestamp server %1 cannot be reached.</source>
        <translation>Không kết nối được tới máy chủ cấp dấu thời gian %1.</translation>
    </message>
    <message numerus="yes">
        <source>The timestamp server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Máy chủ cấp dấu thời gian %1 không phản hồi trong vòng %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>The timestamp server %1 answered with HTTP status %2.</source>
        <translation>Máy chủ cấp dấu thời gian %1 trả về mã trạng thái HTTP %2.</translation>
    </message>
    <message>
        <source>The answer of the timestamp server %1 is not a valid timestamp reply.</source>
        <translation>Phản hồi của máy chủ cấp dấu thời gian %1 không phải là phản hồi cấp dấu thời gian hợp lệ.</translation>
    </message>
    <message>
        <source>The server %1 did not answer with a timestamp reply. Check the timestamp server address.</source>
        <translation>Máy chủ %1 không trả về phản hồi cấp dấu thời gian. Hãy kiểm tra địa chỉ máy chủ cấp dấu thời gian.</translation>
    </message>
    <message>
        <source>The answer of the timestamp server %1 is larger than %2 bytes.</source>
        <translation>Phản hồi của máy chủ cấp dấu thời gian %1 lớn hơn %2 byte.</translation>
    </message>
    <message>
        <source>The exchange with the timestamp server %1 failed.</source>
        <translation>Trao đổi dữ liệu với máy chủ cấp dấu thời gian %1 không thành công.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không nêu lý do</translation>
    </message>
    <message>
        <source>The timestamp server %1 refused the request: %2</source>
        <translation>Máy chủ cấp dấu thời gian %1 từ chối yêu cầu: %2</translation>
    </message>
    <message>
        <source>The timestamp could not be checked.</source>
        <translation>Không kiểm tra được dấu thời gian.</translation>
    </message>
    <message>
        <source>A trusted root certificate is damaged.</source>
        <translation>Một chứng thư số gốc tin cậy bị hỏng.</translation>
    </message>
    <message>
        <source>An intermediate certificate for the timestamp server is damaged.</source>
        <translation>Một chứng thư số trung gian của máy chủ cấp dấu thời gian bị hỏng.</translation>
    </message>
    <message>
        <source>The certificate of the timestamp server %1 is not trusted.</source>
        <translation>Chứng thư số của máy chủ cấp dấu thời gian %1 không được tin cậy.</translation>
    </message>
    <message>
        <source>The timestamp server %1 granted the request but sent no timestamp.</source>
        <translation>Máy chủ cấp dấu thời gian %1 chấp nhận yêu cầu nhưng không gửi dấu thời gian.</translation>
    </message>
    <message>
        <source>The timestamp from %1 is not a signed TSTInfo.</source>
        <translation>Dấu thời gian từ %1 không phải là TSTInfo đã được ký.</translation>
    </message>
    <message>
        <source>The timestamp from %1 does not answer this request (its nonce differs).</source>
        <translation>Dấu thời gian từ %1 không phải là phản hồi cho yêu cầu này (giá trị nonce khác nhau).</translation>
    </message>
    <message>
        <source>The timestamp from %1 carries policy %2, not the one asked for.</source>
        <translation>Dấu thời gian từ %1 mang chính sách %2, không phải chính sách đã yêu cầu.</translation>
    </message>
    <message>
        <source>The timestamp from %1 has no valid time.</source>
        <translation>Dấu thời gian từ %1 không có thời điểm hợp lệ.</translation>
    </message>
    <message>
        <source>The timestamp from %1 must have exactly one signer.</source>
        <translation>Dấu thời gian từ %1 phải có đúng một chữ ký.</translation>
    </message>
    <message>
        <source>The timestamp server %1 did not send its certificate although asked to.</source>
        <translation>Máy chủ cấp dấu thời gian %1 không gửi chứng thư số của mình dù đã được yêu cầu.</translation>
    </message>
    <message>
        <source>The signature of the timestamp from %1 does not verify.</source>
        <translation>Chữ ký của dấu thời gian từ %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>The timestamp from %1 does not name the certificate that signed it (ESS signing certificate).</source>
        <translation>Dấu thời gian từ %1 không chỉ rõ chứng thư số đã ký nó (ESS signing certificate).</translation>
    </message>
    <message>
        <source>The certificate that signed the timestamp from %1 is not a timestamping certificate (critical extended key usage timeStamping only).</source>
        <translation>Chứng thư số đã ký dấu thời gian từ %1 không phải là chứng thư số cấp dấu thời gian (extended key usage phải là critical và chỉ gồm timeStamping).</translation>
    </message>
    <message>
        <source>The certificate of the timestamp server %1 is damaged.</source>
        <translation>Chứng thư số của máy chủ cấp dấu thời gian %1 bị hỏng.</translation>
    </message>
    <message>
        <source>The timestamp from %1 has no valid serial number.</source>
        <translation>Dấu thời gian từ %1 không có số sê-ri hợp lệ.</translation>
    </message>
    <message>
        <source>The hash to timestamp has %1 bytes; %2 needs %3.</source>
        <translation>Giá trị băm cần gắn dấu thời gian dài %1 byte; %2 yêu cầu %3 byte.</translation>
    </message>
    <message>
        <source>The timestamp policy &quot;%1&quot; is not an OID.</source>
        <translation>Chính sách dấu thời gian &quot;%1&quot; không phải là OID.</translation>
    </message>
    <message>
        <source>The timestamp server %1 stamped a different hash from the one sent.</source>
        <translation>Máy chủ cấp dấu thời gian %1 đã đóng dấu một giá trị băm khác với giá trị đã gửi.</translation>
    </message>
    <message>
        <source>The timestamp from %1 names no policy, though one was asked for.</source>
        <translation>Dấu thời gian từ %1 không ghi chính sách nào, dù đã yêu cầu một chính sách.</translation>
    </message>
</context>
<context>
    <name>TokensCommandText</name>
    <message>
        <source>PIN LOCKED</source>
        <translation>MÃ PIN ĐÃ BỊ KHÓA</translation>
    </message>
    <message>
        <source>one PIN try left</source>
        <translation>còn một lần thử mã PIN</translation>
    </message>
    <message>
        <source>a wrong PIN was typed</source>
        <translation>đã có lần nhập sai mã PIN</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <source>PKCS#11 module of the token.</source>
        <translation>Mô-đun PKCS#11 của thiết bị ký số.</translation>
    </message>
    <message>
        <source>module.so</source>
        <translation>module.so</translation>
    </message>
    <message>
        <source>List the tokens of a PKCS#11 module and the certificates on them (without asking for a PIN).</source>
        <translation>Liệt kê các thiết bị ký số của một mô-đun PKCS#11 và các chứng thư số trên đó (không hỏi mã PIN).</translation>
    </message>
    <message>
        <source>--pkcs11 is required.</source>
        <translation>Phải có tùy chọn --pkcs11.</translation>
    </message>
    <message>
        <source>Blank token in slot %1 (not initialised)</source>
        <translation>Thiết bị ký số trống tại khe %1 (chưa khởi tạo)</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2 %3, serial %4): %5</source>
        <translation>Thiết bị ký số &quot;%1&quot; (%2 %3, số sê-ri %4): %5</translation>
    </message>
    <message>
        <source>  --key %1  %2, issued by %3, valid %4 to %5</source>
        <translation>  --key %1  %2, do %3 cấp, hiệu lực từ %4 đến %5</translation>
    </message>
    <message>
        <source>No token is plugged in.</source>
        <translation>Chưa cắm thiết bị ký số nào.</translation>
    </message>
</context>
<context>
    <name>TrustCommandText</name>
    <message>
        <source>Certification authority</source>
        <translation>Tổ chức chứng thực</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Có hiệu lực đến</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Dấu vân tay SHA-256</translation>
    </message>
    <message>
        <source>The folder of trusted certification authorities (default %1).</source>
        <translation>Thư mục chứa các tổ chức cung cấp dịch vụ chứng thực chữ ký số được tin cậy (mặc định %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>thư mục</translation>
    </message>
    <message>
        <source>Manage the certification authorities trusted when verifying signatures: list, add FILE (PEM or DER), remove FINGERPRINT.</source>
        <translation>Quản lý các tổ chức cung cấp dịch vụ chứng thực chữ ký số được tin cậy khi kiểm tra chữ ký: list (liệt kê), add TỆP (PEM hoặc DER) để thêm, remove DẤU_VÂN_TAY để gỡ bỏ.</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>%1 không còn được tin cậy.</translation>
    </message>
    <message>
        <source>Use &quot;trust list&quot;, &quot;trust add FILE&quot; or &quot;trust remove FINGERPRINT&quot;.</source>
        <translation>Hãy dùng &quot;trust list&quot;, &quot;trust add TỆP&quot; hoặc &quot;trust remove DẤU_VÂN_TAY&quot;.</translation>
    </message>
    <message>
        <source>Trusted for</source>
        <translation>Tin cậy cho</translation>
    </message>
    <message>
        <source>With add: what the authority is trusted for: any (the default), document-signing or timestamping.</source>
        <translation>Dùng với add: tổ chức được tin cậy cho việc gì: any (mọi mục đích, mặc định), document-signing (ký văn bản) hoặc timestamping (cấp dấu thời gian).</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>mục đích</translation>
    </message>
    <message>
        <source>--purpose takes any, document-signing or timestamping.</source>
        <translation>--purpose nhận any, document-signing hoặc timestamping.</translation>
    </message>
</context>
<context>
    <name>TrustStoreText</name>
    <message>
        <source>&quot;%1&quot; is not a certification authority&apos;s certificate; only CA certificates can be trusted.</source>
        <translation>&quot;%1&quot; không phải chứng thư số của tổ chức cung cấp dịch vụ chứng thực chữ ký số; chỉ có thể tin cậy chứng thư số của tổ chức chứng thực (CA).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Name the anchor by at least 8 hexadecimal digits of its fingerprint.</source>
        <translation>Hãy chỉ rõ chứng thư số gốc bằng ít nhất 8 chữ số thập lục phân của dấu vân tay.</translation>
    </message>
    <message>
        <source>No trusted certificate has the fingerprint %1.</source>
        <translation>Không có chứng thư số được tin cậy nào có dấu vân tay %1.</translation>
    </message>
    <message>
        <source>%1 trusted certificates have fingerprints starting with %2; give more digits.</source>
        <translation>Có %1 chứng thư số được tin cậy có dấu vân tay bắt đầu bằng %2; hãy nhập thêm chữ số.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>Không gỡ bỏ được %1.</translation>
    </message>
</context>
<context>
    <name>UrgencyText</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>&quot;%1&quot; không phải là giá trị hợp lệ của %2.</translation>
    </message>
    <message>
        <source>urgency (normal, khẩn, thượng khẩn, hỏa tốc)</source>
        <translation>độ khẩn (thường, khẩn, thượng khẩn, hỏa tốc)</translation>
    </message>
    <message>
        <source>secrecy level (none, mật, tối mật, tuyệt mật)</source>
        <translation>độ mật (none, mật, tối mật, tuyệt mật)</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>The signature format %1 is not supported.</source>
        <translation>Chưa hỗ trợ định dạng chữ ký %1.</translation>
    </message>
    <message>
        <source>The document was changed after this signature in a way that is not allowed.</source>
        <translation>Văn bản đã bị sửa đổi sau chữ ký này theo cách không được phép.</translation>
    </message>
    <message>
        <source>The certification authority confirms that the certificate is not revoked (%1).</source>
        <translation>Tổ chức cung cấp dịch vụ chứng thực chữ ký số xác nhận chứng thư số chưa bị thu hồi (%1).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked on %1, before the signature.</source>
        <translation>Chứng thư số của người ký đã bị thu hồi vào %1, trước thời điểm ký.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked on %1, after the timestamped signature.</source>
        <translation>Chứng thư số của người ký đã bị thu hồi vào %1, sau thời điểm ký đã được gắn dấu thời gian.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been revoked, and nothing proves the signature is older than that.</source>
        <translation>Chứng thư số của người ký đã bị thu hồi và không có gì chứng minh chữ ký được tạo trước thời điểm đó.</translation>
    </message>
    <message>
        <source>%1 in the document</source>
        <translation>%1 trong văn bản</translation>
    </message>
    <message>
        <source>The certificate of the certification authority &quot;%1&quot; is not revoked (%2).</source>
        <translation>Chứng thư số của tổ chức cung cấp dịch vụ chứng thực chữ ký số &quot;%1&quot; chưa bị thu hồi (%2).</translation>
    </message>
    <message>
        <source>The certificate of the certification authority &quot;%1&quot; was revoked on %2, before the signature.</source>
        <translation>Chứng thư số của tổ chức cung cấp dịch vụ chứng thực chữ ký số &quot;%1&quot; đã bị thu hồi vào %2, trước khi ký.</translation>
    </message>
    <message>
        <source>The certificate of the certification authority &quot;%1&quot; was revoked on %2, after the timestamped signature.</source>
        <translation>Chứng thư số của tổ chức cung cấp dịch vụ chứng thực chữ ký số &quot;%1&quot; đã bị thu hồi vào %2, sau chữ ký có dấu thời gian.</translation>
    </message>
    <message>
        <source>The certificate of the certification authority &quot;%1&quot; has been revoked, and nothing proves the signature is older than that.</source>
        <translation>Chứng thư số của tổ chức cung cấp dịch vụ chứng thực chữ ký số &quot;%1&quot; đã bị thu hồi và không có bằng chứng chữ ký được tạo trước thời điểm đó.</translation>
    </message>
    <message>
        <source>The revocation status of &quot;%1&quot; could not be obtained from %2; try again later.</source>
        <translation>Không lấy được tình trạng thu hồi của &quot;%1&quot; từ %2; hãy thử lại sau.</translation>
    </message>
    <message>
        <source>The document timestamp format %1 is not supported.</source>
        <translation>Chưa hỗ trợ định dạng dấu thời gian cho văn bản %1.</translation>
    </message>
    <message>
        <source>This is a document timestamp of %1: it proves the document existed in this form at %2.</source>
        <translation>Đây là dấu thời gian cho văn bản của %1: nó chứng minh văn bản đã tồn tại ở dạng này vào %2.</translation>
    </message>
    <message>
        <source>The document holds %1 signatures; VanThu checks documents with at most %2.</source>
        <translation>Văn bản có %1 chữ ký; VanThu chỉ kiểm tra văn bản có tối đa %2 chữ ký.</translation>
    </message>
    <message>
        <source>The revocation status of the signer&apos;s certificate has not been checked yet (offline check; the certificate names where to ask).</source>
        <translation>Chưa kiểm tra tình trạng thu hồi chứng thư số của người ký (kiểm tra ngoại tuyến; chứng thư số có ghi nơi tra cứu).</translation>
    </message>
    <message>
        <source>The revocation status of the certification authority &quot;%1&quot; has not been checked yet (offline check).</source>
        <translation>Chưa kiểm tra tình trạng thu hồi của tổ chức chứng thực &quot;%1&quot; (kiểm tra ngoại tuyến).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate names no service that tells whether it was revoked, and the document holds no answer: its revocation status cannot be checked.</source>
        <translation>Chứng thư số của người ký không ghi dịch vụ nào cho biết nó có bị thu hồi hay không, và văn bản cũng không chứa thông tin này: không thể kiểm tra tình trạng thu hồi.</translation>
    </message>
    <message>
        <source>The certificate of the certification authority &quot;%1&quot; names no service that tells whether it was revoked, and the document holds no answer.</source>
        <translation>Chứng thư số của tổ chức chứng thực &quot;%1&quot; không ghi dịch vụ nào cho biết nó có bị thu hồi hay không, và văn bản cũng không chứa thông tin này.</translation>
    </message>
    <message>
        <source>The document&apos;s revocation answer for &quot;%1&quot; was issued before the signing time and had lapsed by then, so it does not count.</source>
        <translation>Thông tin thu hồi của &quot;%1&quot; trong văn bản được cấp trước thời điểm ký và đã hết hiệu lực vào lúc đó, nên không được tính.</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>The %1 uses %2, which is not accepted: %3.</source>
        <translation>%1 dùng %2, không được chấp nhận: %3.</translation>
    </message>
    <message>
        <source>The %1 uses %2, which is no longer considered secure, and nothing proves it was made before the cut-off: %3.</source>
        <translation>%1 dùng %2, không còn được coi là an toàn, và không có gì chứng minh chữ ký được tạo trước thời hạn: %3.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy kiểm tra.</translation>
    </message>
    <message>
        <source>The signature has no timestamp of its own; the document timestamp of %1 proves it existed then, so its certificates are judged at that time.</source>
        <translation>Chữ ký không có dấu thời gian riêng; dấu thời gian tài liệu lúc %1 chứng minh chữ ký đã tồn tại vào lúc đó, nên các chứng thư số được xét tại thời điểm ấy.</translation>
    </message>
</context>
<context>
    <name>VerificationCommandText</name>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ngoại tuyến</translation>
    </message>
    <message>
        <source>Do not ask the certification authorities about revocation: the stored report then says &quot;revocation not yet checked&quot; unless the document holds the answers.</source>
        <translation>Không hỏi tổ chức chứng thực về tình trạng thu hồi: kết quả được lưu khi đó ghi &quot;chưa kiểm tra thu hồi&quot;, trừ khi văn bản đã chứa sẵn câu trả lời.</translation>
    </message>
    <message>
        <source>Check the signatures of a registered document again and store the new report (earlier reports are kept).</source>
        <translation>Kiểm tra lại chữ ký số của một văn bản đã đăng ký và lưu kết quả mới (các kết quả trước vẫn được giữ).</translation>
    </message>
    <message>
        <source>Give the document id, e.g. &quot;recheck 17&quot;.</source>
        <translation>Hãy cho mã văn bản, ví dụ &quot;recheck 17&quot;.</translation>
    </message>
    <message>
        <source>Stored report: %1</source>
        <translation>Đã lưu kết quả kiểm tra: %1</translation>
    </message>
    <message>
        <source>List the stored checks of a document&apos;s signatures, oldest first.</source>
        <translation>Liệt kê các lần kiểm tra chữ ký số đã lưu của một văn bản, cũ nhất trước.</translation>
    </message>
    <message>
        <source>Give the document id, e.g. &quot;reports 17&quot;.</source>
        <translation>Hãy cho mã văn bản, ví dụ &quot;reports 17&quot;.</translation>
    </message>
    <message>
        <source>The signatures of document %1 were never checked.</source>
        <translation>Chữ ký số của văn bản %1 chưa từng được kiểm tra.</translation>
    </message>
</context>
<context>
    <name>VerificationServiceText</name>
    <message>
        <source>There is no document with the id %1.</source>
        <translation>Không có văn bản mã %1.</translation>
    </message>
    <message>
        <source>Document %1 has no file whose signatures could be checked.</source>
        <translation>Văn bản %1 không có tệp nào để kiểm tra chữ ký số.</translation>
    </message>
    <message>
        <source>The version checked is not one of document %1.</source>
        <translation>Phiên bản được kiểm tra không thuộc văn bản %1.</translation>
    </message>
</context>
<context>
    <name>VerificationText</name>
    <message>
        <source>The signature report cannot be stored: it is damaged.</source>
        <translation>Không lưu được kết quả kiểm tra chữ ký: kết quả bị hỏng.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần lưu ý</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Chưa ký số</translation>
    </message>
</context>
<context>
    <name>VerifyCommandText</name>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Leave certificate trust out of the verdict.</source>
        <translation>Không xét độ tin cậy của chứng thư số khi kết luận.</translation>
    </message>
    <message>
        <source>Check the signatures of a PDF.</source>
        <translation>Kiểm tra các chữ ký số của tệp PDF.</translation>
    </message>
    <message>
        <source>Name one PDF file to verify.</source>
        <translation>Hãy chỉ định một tệp PDF cần kiểm tra.</translation>
    </message>
    <message>
        <source>A root certificate trusted for this check besides the trust store (PEM); may be repeated.</source>
        <translation>Chứng thư số gốc được tin cậy cho lần kiểm tra này, ngoài kho tin cậy (PEM); có thể lặp lại.</translation>
    </message>
    <message>
        <source>Do not ask OCSP responders or CRL distribution points about revocation: unless the document holds the answers, the verdict is then REVOCATION_NOT_CHECKED (exit code 2).</source>
        <translation>Không hỏi máy chủ OCSP hay điểm phân phối CRL về tình trạng thu hồi: khi đó, trừ khi văn bản đã chứa câu trả lời, kết luận là REVOCATION_NOT_CHECKED (mã thoát 2).</translation>
    </message>
    <message>
        <source>Also draw each signed version and the final file and report what looks different beyond the changes the analysis explains.</source>
        <translation>Vẽ thêm từng phiên bản đã ký và tệp cuối cùng, rồi báo những chỗ trông khác đi ngoài các thay đổi mà phần phân tích giải thích được.</translation>
    </message>
</context>
<context>
    <name>VisualComparisonText</name>
    <message>
        <source>The drawn page cannot be read.</source>
        <translation>Không đọc được trang đã vẽ.</translation>
    </message>
    <message>
        <source>The pages could not be drawn to compare them with the signed revision; the verdict rests on the analysis of the file alone.</source>
        <translation>Không vẽ được các trang để so với phiên bản đã ký; kết luận chỉ dựa trên việc phân tích tệp.</translation>
    </message>
    <message>
        <source>Page %1 does not look as it did when signed: it is missing from one of the two versions, or its size or orientation changed.</source>
        <translation>Trang %1 trông không còn như lúc ký: trang bị thiếu ở một trong hai phiên bản, hoặc khổ hay hướng trang đã thay đổi.</translation>
    </message>
    <message>
        <source>Page %1 looks different from the signed version outside the changes the analysis explains: %2 pixels in the box from (%3, %4) to (%5, %6), in points from the top left corner of the page as shown.</source>
        <translation>Trang %1 trông khác phiên bản đã ký ở ngoài các thay đổi mà phần phân tích giải thích được: %2 điểm ảnh trong khung từ (%3, %4) đến (%5, %6), tính bằng point từ góc trên bên trái của trang như khi hiển thị.</translation>
    </message>
</context>
<context>
    <name>WorkspaceText</name>
    <message>
        <source>There is no VanThu workspace in %1. Create one with &quot;vanthu-cli init&quot;.</source>
        <translation>Chưa có kho dữ liệu VanThu tại %1. Hãy tạo bằng lệnh &quot;vanthu-cli init&quot;.</translation>
    </message>
    <message>
        <source>Could not create the workspace folder %1.</source>
        <translation>Không tạo được thư mục kho dữ liệu %1.</translation>
    </message>
    <message>
        <source>The workspace %1 is on a network drive. Keep it on a local disk; other computers will share documents through the exchange hub.</source>
        <translation>Kho dữ liệu %1 nằm trên ổ đĩa mạng. Hãy để kho dữ liệu trên ổ đĩa cục bộ; các máy tính khác sẽ dùng chung văn bản qua trục liên thông.</translation>
    </message>
</context>
<context>
    <name>XlsxText</name>
    <message>
        <source>The spreadsheet could not be written to a temporary folder; check that the disk has free space.</source>
        <translation>Không ghi được tệp bảng tính vào thư mục tạm; hãy kiểm tra ổ đĩa còn chỗ trống.</translation>
    </message>
    <message>
        <source>The register has more entries than a spreadsheet holds (1,048,570); export a shorter period.</source>
        <translation>Sổ có nhiều dòng hơn số dòng một bảng tính chứa được (1.048.570); hãy xuất một khoảng thời gian ngắn hơn.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written.</source>
        <translation>Không ghi được tệp bảng tính.</translation>
    </message>
    <message>
        <source>Entry %1 of the register has more text in column (%2) than a spreadsheet cell holds (32,767 characters); export the register as PDF or CSV instead.</source>
        <translation>Dòng %1 của sổ có nội dung ở cột (%2) dài hơn mức một ô bảng tính chứa được (32.767 ký tự); hãy xuất sổ ra tệp PDF hoặc CSV.</translation>
    </message>
    <message>
        <source>A heading of the register has more text than a spreadsheet cell holds (32,767 characters).</source>
        <translation>Một dòng tiêu đề của sổ dài hơn mức một ô bảng tính chứa được (32.767 ký tự).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VanThu – official documents and registers</source>
        <translation>VanThu – văn bản và sổ đăng ký</translation>
    </message>
    <message>
        <source>Workspace folder to open.</source>
        <translation>Thư mục kho dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>thư_mục</translation>
    </message>
    <message>
        <source>Language: vi (default) or en.</source>
        <translation>Ngôn ngữ: vi (mặc định) hoặc en.</translation>
    </message>
    <message>
        <source>VanThu</source>
        <translation>VanThu</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>The backup is restored. The workspace that was there is kept in %1.</source>
        <translation>Đã khôi phục bản sao lưu. Kho dữ liệu có trước đó được giữ tại %1.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::BatchSignDialog</name>
    <message>
        <source>Sign several documents</source>
        <translation>Ký nhiều văn bản</translation>
    </message>
    <message>
        <source>Documents to sign</source>
        <translation>Văn bản cần ký</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Documents (add them or drop PDF files here):</source>
        <translation>Văn bản (thêm vào hoặc kéo thả tệp PDF vào đây):</translation>
    </message>
    <message>
        <source>Folder for the signed files</source>
        <translation>Thư mục lưu các tệp đã ký</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Chọn thư &amp;mục…</translation>
    </message>
    <message>
        <source>Save &amp;into:</source>
        <translation>&amp;Lưu vào:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Chứng thư số:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Hình thức hiển thị:</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Result per document</source>
        <translation>Kết quả từng văn bản</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>&amp;Sign all</source>
        <translation>&amp;Ký tất cả</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Add the documents to sign.</source>
        <translation>Hãy thêm các văn bản cần ký.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the signed files.</source>
        <translation>Hãy chọn một thư mục có sẵn để lưu các tệp đã ký.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Opening the key…</source>
        <translation>Đang mở khóa bí mật…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Đang ký…</translation>
    </message>
    <message>
        <source>Signing %1 of %2…</source>
        <translation>Đang ký %1/%2…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Đã ký: %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Chưa ký</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>Chưa ký được văn bản nào.</translation>
    </message>
    <message>
        <source>Stopped: %1 signed, %2 failed.</source>
        <translation>Đã dừng: %1 văn bản đã ký, %2 văn bản không ký được.</translation>
    </message>
    <message>
        <source>Done: %1 signed, %2 failed.</source>
        <translation>Hoàn tất: %1 văn bản đã ký, %2 văn bản không ký được.</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Sẽ dừng sau khi ký xong văn bản hiện tại…</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::BatchVerifyDialog</name>
    <message>
        <source>Verify many PDFs</source>
        <translation>Kiểm tra chữ ký nhiều tệp PDF</translation>
    </message>
    <message>
        <source>PDF files to verify</source>
        <translation>Các tệp PDF cần kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Bỏ các tệp đã chọn khỏi danh sách</translation>
    </message>
    <message>
        <source>PDF &amp;files (add them or drop them here):</source>
        <translation>Các &amp;tệp PDF (thêm tệp hoặc kéo thả tệp vào đây):</translation>
    </message>
    <message>
        <source>Files verified</source>
        <translation>Số tệp đã kiểm tra</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Verification result per file</source>
        <translation>Kết quả kiểm tra từng tệp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Double-click a file to open it in the viewer.</source>
        <translation>Nhấp đúp vào một tệp để mở tệp đó trong trình xem.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Verify every file (Ctrl+Return)</source>
        <translation>Kiểm tra chữ ký của tất cả các tệp (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add the PDF files to verify.</source>
        <translation>Hãy thêm các tệp PDF cần kiểm tra.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 files checked.</source>
        <translation>Đã dừng: đã kiểm tra %1/%2 tệp.</translation>
    </message>
    <message>
        <source>Done: %1 files checked.</source>
        <translation>Hoàn tất: đã kiểm tra %1 tệp.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::CertificateField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Chọn chứng thư số</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::CertificatePicker</name>
    <message>
        <source>Expired on %1</source>
        <translation>Đã hết hạn ngày %1</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Chưa có hiệu lực trước ngày %1</translation>
    </message>
    <message>
        <source>No certificate chosen</source>
        <translation>Chưa chọn chứng thư số</translation>
    </message>
    <message>
        <source>Key file %1 (the certificate is shown after the password)</source>
        <translation>Tệp khóa %1 (chứng thư số sẽ hiển thị sau khi nhập mật khẩu)</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation>%1, do %2 cấp, hiệu lực từ %3 đến %4</translation>
    </message>
    <message>
        <source>Choose a certificate to sign with.</source>
        <translation>Hãy chọn chứng thư số dùng để ký.</translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>Chọn chứng thư số</translation>
    </message>
    <message>
        <source>Key file (PKCS#12: .p12, .pfx)</source>
        <translation>Tệp khóa (PKCS#12: .p12, .pfx)</translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation>Thiết bị ký số USB token (PKCS#11)</translation>
    </message>
    <message>
        <source>Where the key is</source>
        <translation>Nơi lưu khóa</translation>
    </message>
    <message>
        <source>&amp;Key in:</source>
        <translation>&amp;Nơi lưu khóa:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Tệp khóa</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <source>&amp;Show certificate…</source>
        <translation>&amp;Xem chứng thư số…</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Tệp khóa PKCS#12 (*.p12 *.pfx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>PKCS#11 module of the token</source>
        <translation>Mô-đun PKCS#11 của thiết bị ký số</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Chọn tệ&amp;p…</translation>
    </message>
    <message>
        <source>&amp;List certificates</source>
        <translation>&amp;Liệt kê chứng thư số</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Mô-đun:</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>Mô-đun PKCS#11</translation>
    </message>
    <message>
        <source>Shared libraries (*.so);;All files (*)</source>
        <translation>Thư viện dùng chung (*.so);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Cấp cho</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Cấp bởi</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Có hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Có hiệu lực đến</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi lưu</translation>
    </message>
    <message>
        <source>Give the PKCS#11 module of the token (ask the CA which file it installed).</source>
        <translation>Hãy chọn mô-đun PKCS#11 của thiết bị ký số (hỏi tổ chức cung cấp dịch vụ chứng thực chữ ký số xem đã cài đặt tệp nào).</translation>
    </message>
    <message>
        <source>Token %1: %2</source>
        <translation>Thiết bị ký số %1: %2</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Thiết bị ký số %1</translation>
    </message>
    <message>
        <source>Token %1 (PIN locked)</source>
        <translation>Thiết bị ký số %1 (mã PIN đã bị khóa)</translation>
    </message>
    <message>
        <source>No certificate with a key was found. Is the token plugged in?</source>
        <translation>Không tìm thấy chứng thư số nào có khóa bí mật đi kèm. Thiết bị ký số đã được cắm vào máy chưa?</translation>
    </message>
    <message>
        <source>Choose the agency&apos;s certificate</source>
        <translation>Chọn chứng thư số của cơ quan</translation>
    </message>
    <message>
        <source>Reading the tokens…</source>
        <translation>Đang đọc thiết bị ký số…</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::DocumentDetails</name>
    <message>
        <source>Document details</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>Arrival number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Receiving unit or person</source>
        <translation>Đơn vị hoặc người nhận</translation>
    </message>
    <message>
        <source>Handed on</source>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>File copy kept by</source>
        <translation>Đơn vị, người nhận bản lưu</translation>
    </message>
    <message>
        <source>Copies issued</source>
        <translation>Số lượng bản phát hành</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Người đăng ký</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Tệp đính kèm %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s), SHA-256 %2…)</source>
        <translation>
            <numerusform>%1 (%n trang, SHA-256 %2…)</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thao tác</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::DocumentViewer</name>
    <message>
        <source>Document viewer</source>
        <translation>Trình xem văn bản</translation>
    </message>
    <message>
        <source>Verify PDF</source>
        <translation>Kiểm tra tệp PDF</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Open a PDF or drop one here to see it and check its signatures.</source>
        <translation>Mở một tệp PDF hoặc kéo thả tệp vào đây để xem nội dung và kiểm tra chữ ký số.</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Tìm trong văn bản</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Kết quả trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Kết quả tiếp theo</translation>
    </message>
    <message>
        <source>%1 — Verify PDF</source>
        <translation>%1 — Kiểm tra tệp PDF</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>%1 cannot be shown. %2</source>
        <translation>Không hiển thị được %1. %2</translation>
    </message>
    <message>
        <source>Open a PDF</source>
        <translation>Mở tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Tệp PDF (*.pdf);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Open a document to print it.</source>
        <translation>Hãy mở một văn bản để in.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::DocumentWindow</name>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>&amp;Attachment:</source>
        <translation>Tệp đính &amp;kèm:</translation>
    </message>
    <message>
        <source>%1 – VanThu</source>
        <translation>%1 – VanThu</translation>
    </message>
    <message>
        <source>Add a &amp;file…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <source>Add a file that came later (an appendix, a better scan) or a new version of the file shown; nothing is replaced.</source>
        <translation>Thêm tệp đến sau (phụ lục, bản quét rõ hơn) hoặc phiên bản mới của tệp đang xem; không thay thế gì.</translation>
    </message>
    <message>
        <source>Choose the file to add</source>
        <translation>Chọn tệp cần thêm</translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF)</source>
        <translation>Tệp PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>Is %1 a new version of &quot;%2&quot;, or a file of its own?</source>
        <translation>%1 là phiên bản mới của &quot;%2&quot; hay là một tệp riêng?</translation>
    </message>
    <message>
        <source>A new &amp;version</source>
        <translation>Phiên bản &amp;mới</translation>
    </message>
    <message>
        <source>A new &amp;file</source>
        <translation>&amp;Tệp riêng</translation>
    </message>
    <message>
        <source>Why is the file added? (kept in the history)</source>
        <translation>Lý do thêm tệp? (được lưu trong lịch sử)</translation>
    </message>
    <message>
        <source>Checking and storing %1…</source>
        <translation>Đang kiểm tra và lưu %1…</translation>
    </message>
    <message>
        <source>Could not read the file %1.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>The file was not added: %1</source>
        <translation>Chưa thêm được tệp: %1</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::DraftsDialog</name>
    <message>
        <source>New draft</source>
        <translation>Dự thảo mới</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Loại văn bản</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Trích yếu</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;position</source>
        <translation>&amp;Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name</source>
        <translation>&amp;Người ký</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Waiting to be issued</source>
        <translation>Văn bản chờ ban hành</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>&amp;Add a draft…</source>
        <translation>&amp;Thêm dự thảo…</translation>
    </message>
    <message>
        <source>&amp;Leader signs…</source>
        <translation>&amp;Lãnh đạo ký…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Ban hành…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Reading the documents waiting to be issued…</source>
        <translation>Đang đọc các văn bản chờ ban hành…</translation>
    </message>
    <message>
        <source>The list cannot be read</source>
        <translation>Không đọc được danh sách</translation>
    </message>
    <message>
        <source>Choose the draft&apos;s PDF</source>
        <translation>Chọn tệp PDF của dự thảo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Checking and storing the draft…</source>
        <translation>Đang kiểm tra và lưu dự thảo…</translation>
    </message>
    <message>
        <source>The draft was not added</source>
        <translation>Chưa thêm được dự thảo</translation>
    </message>
    <message>
        <source>Added as document %1 (%2).</source>
        <translation>Đã thêm thành văn bản %1 (%2).</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Chưa ký</translation>
    </message>
    <message>
        <source>Leader signs</source>
        <translation>Lãnh đạo ký</translation>
    </message>
    <message>
        <source>Signing the current version…</source>
        <translation>Đang ký phiên bản hiện tại…</translation>
    </message>
    <message>
        <source>Document %1 signed: version %2 (%3).</source>
        <translation>Đã ký văn bản %1: phiên bản %2 (%3).</translation>
    </message>
    <message>
        <source>Document %1 issued.</source>
        <translation>Đã ban hành văn bản %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::ErrorPanel</name>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Chi tiết lỗi</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::IncomingRegistrationDialog</name>
    <message>
        <source>Register incoming documents</source>
        <translation>Đăng ký văn bản đến</translation>
    </message>
    <message>
        <source>Files to register</source>
        <translation>Tệp cần đăng ký</translation>
    </message>
    <message>
        <source>Drop PDF files here or add them:</source>
        <translation>Kéo thả tệp PDF vào đây hoặc thêm tệp:</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>Add PDF files (Ctrl+O)</source>
        <translation>Thêm tệp PDF (Ctrl+O)</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Đang đọc tệp</translation>
    </message>
    <message>
        <source>Reading %v of %m</source>
        <translation>Đang đọc %v/%m</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Hủy đọc tệp</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>&amp;Number/symbol:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>e.g. 12/2026/QĐ-UBND</source>
        <translation>ví dụ 12/2026/QĐ-UBND</translation>
    </message>
    <message>
        <source>&amp;Date of the document:</source>
        <translation>Ngày văn &amp;bản:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Issuing &amp;agency:</source>
        <translation>Cơ &amp;quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Subject (trích yếu):</source>
        <translation>Trích &amp;yếu:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;position:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>&amp;Hand to (unit or person):</source>
        <translation>Đơn vị hoặc ngườ&amp;i nhận:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>Độ k&amp;hẩn:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Văn bản có khả năng trùng</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Lý &amp;do:</translation>
    </message>
    <message>
        <source>Register &amp;anyway</source>
        <translation>&amp;Vẫn đăng ký</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Đăng &amp;ký</translation>
    </message>
    <message>
        <source>Register this document (Ctrl+Return)</source>
        <translation>Đăng ký văn bản này (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Add PDF files</source>
        <translation>Thêm tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF)</source>
        <translation>Tệp PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Fields marked in yellow were recognised from the PDF: check them.</source>
        <translation>Các trường tô màu vàng được nhận dạng từ tệp PDF: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Choose the type of the document.</source>
        <translation>Hãy chọn loại văn bản.</translation>
    </message>
    <message>
        <source>Enter the date of the document.</source>
        <translation>Hãy nhập ngày văn bản.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Hãy nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>Ngày văn bản sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>%1 registered as incoming number %2 of %3 in register %4.</source>
        <translation>Đã đăng ký %1 với số đến %2 năm %3 vào sổ %4.</translation>
    </message>
    <message>
        <source>%1 — registered, number %2</source>
        <translation>%1 — đã đăng ký, số đến %2</translation>
    </message>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — đang đọc…</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — không đọc được</translation>
    </message>
    <message>
        <source>Checking the signatures</source>
        <translation>Đang kiểm tra chữ ký số</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Hủy kiểm tra</translation>
    </message>
    <message>
        <source>Stop checking the signatures of this file; it can then be registered without the check.</source>
        <translation>Dừng kiểm tra chữ ký số của tệp này; khi đó có thể vào sổ tệp mà không có kết quả kiểm tra.</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Chữ ký số:</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Đang kiểm tra chữ ký số…</translation>
    </message>
    <message>
        <source>%1 — signed by %2</source>
        <extracomment>The verdict of a received PDF, then who signed it.</extracomment>
        <translation>%1 — người ký: %2</translation>
    </message>
    <message>
        <source>(checked online)</source>
        <translation>(đã kiểm tra trực tuyến)</translation>
    </message>
    <message>
        <source>(checked offline)</source>
        <translation>(kiểm tra ngoại tuyến)</translation>
    </message>
    <message>
        <source>The signatures were not checked: %1</source>
        <translation>Chưa kiểm tra chữ ký số: %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <source>Registering %1…</source>
        <translation>Đang vào sổ %1…</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::IncomingVerifier</name>
    <message>
        <source>The check of the signatures was cancelled.</source>
        <translation>Đã hủy việc kiểm tra chữ ký số.</translation>
    </message>
    <message>
        <source>The certification authorities did not answer within %1 seconds.</source>
        <translation>Tổ chức cung cấp dịch vụ chứng thực không trả lời trong vòng %1 giây.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::MainWindow</name>
    <message>
        <source>VanThu – %1</source>
        <translation>VanThu – %1</translation>
    </message>
    <message>
        <source>VanThu</source>
        <translation>VanThu</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Kho dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Incoming documents</source>
        <translation>Văn bản &amp;đến</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Outgoing documents</source>
        <translation>Văn bản đ&amp;i</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Register incoming documents…</source>
        <translation>Đăng &amp;ký văn bản đến…</translation>
    </message>
    <message>
        <source>&amp;Issue an outgoing document…</source>
        <translation>&amp;Phát hành văn bản đi…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open and verify a PDF…</source>
        <translation>&amp;Mở và kiểm tra tệp PDF…</translation>
    </message>
    <message>
        <source>Open a PDF</source>
        <translation>Mở tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Signing</source>
        <translation>&amp;Ký số</translation>
    </message>
    <message>
        <source>&amp;Sign a PDF…</source>
        <translation>&amp;Ký tệp PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>PDF to sign</source>
        <translation>Tệp PDF cần ký</translation>
    </message>
    <message>
        <source>Sign &amp;many PDFs…</source>
        <translation>Ký &amp;nhiều tệp PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Signing s&amp;ettings…</source>
        <translation>&amp;Cài đặt ký số…</translation>
    </message>
    <message>
        <source>%1 – VanThu</source>
        <translation>%1 – VanThu</translation>
    </message>
    <message>
        <source>No certificate was chosen.</source>
        <translation>Chưa chọn chứng thư số.</translation>
    </message>
    <message>
        <source>Register written to %1</source>
        <translation>Đã xuất sổ ra tệp %1</translation>
    </message>
    <message>
        <source>&amp;Verify many PDFs…</source>
        <translation>Kiểm tra &amp;nhiều tệp PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>&amp;In sổ…</translation>
    </message>
    <message>
        <source>E&amp;xport the register…</source>
        <translation>&amp;Xuất sổ ra tệp…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Back up the workspace…</source>
        <translation>&amp;Sao lưu kho dữ liệu…</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Choose where to keep the backup</source>
        <translation>Chọn nơi lưu bản sao lưu</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Sao lưu kho dữ liệu</translation>
    </message>
    <message>
        <source>Backup written to %1: %2</source>
        <translation>Đã sao lưu vào %1: %2</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Chọn bản sao lưu cần khôi phục</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>The backup is complete and intact: %1

Replace the workspace %2 with it? The workspace there now is kept in a folder beside it. Close VanThu on every other desk that uses this workspace first.</source>
        <translation>Bản sao lưu đầy đủ và nguyên vẹn: %1

Thay kho dữ liệu %2 bằng bản này? Kho dữ liệu hiện có được giữ trong một thư mục bên cạnh. Hãy đóng VanThu trên mọi máy khác dùng kho dữ liệu này trước.</translation>
    </message>
    <message>
        <source>&amp;Drafts waiting to be issued…</source>
        <translation>Văn bản &amp;chờ ban hành…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::OutgoingIssueDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Issue an outgoing document</source>
        <translation>Phát hành văn bản đi</translation>
    </message>
    <message>
        <source>Chosen by the type</source>
        <translation>Theo loại văn bản</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Dãy số:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>&amp;Legal normative document (QPPL)</source>
        <translation>Văn bản &amp;quy phạm pháp luật (QPPL)</translation>
    </message>
    <message>
        <source>S&amp;ubject (trích yếu):</source>
        <translation>Trích &amp;yếu:</translation>
    </message>
    <message>
        <source>&amp;Drafting unit (abbreviation):</source>
        <translation>Đơn vị &amp;soạn thảo (viết tắt):</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;position:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>One per line: name, or identifier|name</source>
        <translation>Mỗi dòng một nơi nhận: tên, hoặc mã định danh|tên</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Nơ&amp;i nhận:</translation>
    </message>
    <message>
        <source>File copy &amp;kept by:</source>
        <translation>Đơn vị, người nhận &amp;bản lưu:</translation>
    </message>
    <message>
        <source>&amp;Copies issued:</source>
        <translation>Số lượn&amp;g bản phát hành:</translation>
    </message>
    <message>
        <source>The PDF the leader signed</source>
        <translation>Tệp PDF đã được người có thẩm quyền ký</translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF)</source>
        <translation>Tệp PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Signed &amp;PDF:</source>
        <translation>Tệp PDF đã &amp;ký:</translation>
    </message>
    <message>
        <source>Choose the signed PDF</source>
        <translation>Chọn tệp PDF đã ký</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>Tệp PDF đã ký</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>Hình ảnh con dấu</translation>
    </message>
    <message>
        <source>S&amp;eal image:</source>
        <translation>&amp;Hình ảnh con dấu:</translation>
    </message>
    <message>
        <source>Choose the seal image</source>
        <translation>Chọn hình ảnh con dấu</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Hình ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Phát hành</translation>
    </message>
    <message>
        <source>Take the number, stamp it with the date and add the agency signature (Ctrl+Return)</source>
        <translation>Lấy số, ghi số và ngày ban hành lên văn bản, thêm chữ ký số của cơ quan (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Will be numbered %1 in series %2, dated %3 (the number is taken when you issue).</source>
        <translation>Văn bản sẽ được cấp số %1 theo dãy số %2, ngày %3 (số chỉ được lấy khi phát hành).</translation>
    </message>
    <message>
        <source>Choose the PDF the leader signed.</source>
        <translation>Hãy chọn tệp PDF đã được người có thẩm quyền ký.</translation>
    </message>
    <message>
        <source>The signed PDF %1 does not exist.</source>
        <translation>Tệp PDF đã ký %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Choose the image of the seal.</source>
        <translation>Hãy chọn hình ảnh con dấu.</translation>
    </message>
    <message>
        <source>Not issued, no number was used: %1</source>
        <translation>Chưa phát hành, chưa sử dụng số nào: %1</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Checking the leader&apos;s signature, numbering and sealing…</source>
        <translation>Đang kiểm tra chữ ký của lãnh đạo, cấp số và đóng dấu…</translation>
    </message>
    <message>
        <source>In the workspace: document %1, version %2 (%3)</source>
        <translation>Trong kho dữ liệu: văn bản %1, phiên bản %2 (%3)</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::PagePreview</name>
    <message>
        <source>Page preview: click where the signature goes, or move it with the arrow keys</source>
        <translation>Xem trước trang: nhấn vào vị trí đặt chữ ký, hoặc di chuyển chữ ký bằng các phím mũi tên</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::PdfDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The file %1 is too large to show.</source>
        <translation>Tệp %1 quá lớn, không hiển thị được.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>The document is too large to show.</source>
        <translation>Văn bản quá lớn, không hiển thị được.</translation>
    </message>
    <message>
        <source>This file is not a PDF that can be shown, or it is damaged.</source>
        <translation>Tệp này không phải là tệp PDF hiển thị được, hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password and cannot be shown.</source>
        <translation>Tệp PDF này được bảo vệ bằng mật khẩu nên không hiển thị được.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>Tệp PDF này không có trang nào.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::PdfView</name>
    <message>
        <source>Document pages</source>
        <translation>Các trang văn bản</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>Không hiển thị được trang này.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>Mã PIN thiết bị ký số</translation>
    </message>
    <message>
        <source>Key file password</source>
        <translation>Mật khẩu tệp khóa</translation>
    </message>
    <message>
        <source>Enter the PIN of the token &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Nhập mã PIN của thiết bị ký số &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Enter the password of the key file &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Nhập mật khẩu của tệp khóa &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Mã &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::RegisterOutput</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Xuất sổ</translation>
    </message>
    <message>
        <source>Printed register (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Sổ để in (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Name the file .pdf, .csv or .xlsx.</source>
        <translation>Hãy đặt tên tệp với phần mở rộng .pdf, .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>In sổ</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Đang chuẩn bị các trang…</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::RegisterTableModel</name>
    <message>
        <source>Arrival no.</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Number/symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Type and subject</source>
        <translation>Tên loại và trích yếu</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Đến %1</translation>
    </message>
    <message>
        <source>Out %1</source>
        <translation>Đi %1</translation>
    </message>
    <message>
        <source>Register, no.</source>
        <translation>Sổ, số</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Nơi gửi / nơi nhận</translation>
    </message>
    <message>
        <source>Number %1 is void: %2</source>
        <translation>Số %1 đã hủy: %2</translation>
    </message>
    <message>
        <source>%1 (void)</source>
        <translation>%1 (đã hủy)</translation>
    </message>
    <message>
        <source>Latest stored check of the signatures, made online: %1</source>
        <translation>Lần kiểm tra chữ ký gần nhất đã lưu, có kiểm tra trực tuyến: %1</translation>
    </message>
    <message>
        <source>Latest stored check of the signatures, made offline (revocation not asked): %1</source>
        <translation>Lần kiểm tra chữ ký gần nhất đã lưu, kiểm tra ngoại tuyến (chưa hỏi tình trạng thu hồi): %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký số</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::RegisterView</name>
    <message>
        <source>Register book</source>
        <translation>Sổ đăng ký</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Incoming register</source>
        <translation>Sổ văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>&amp;Book:</source>
        <translation>&amp;Sổ:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Select a document to see its details.</source>
        <translation>Chọn một văn bản để xem thông tin.</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Search this register</source>
        <translation>Tìm trong sổ này</translation>
    </message>
    <message>
        <source>Search this register (with or without diacritics)</source>
        <translation>Tìm trong sổ này (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Mọi loại văn bản</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Mọi độ khẩn</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 văn bản</translation>
    </message>
    <message>
        <source>Nothing in this register matches the search.</source>
        <translation>Không có văn bản nào trong sổ khớp với nội dung tìm kiếm.</translation>
    </message>
    <message>
        <source>%1 documents so far (the search index is still being built)</source>
        <translation>Đã tìm thấy %1 văn bản (chỉ mục tìm kiếm vẫn đang được xây dựng)</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::SearchView</name>
    <message>
        <source>Search words</source>
        <translation>Từ khóa tìm kiếm</translation>
    </message>
    <message>
        <source>Number/symbol, subject, agency or words in the document – with or without diacritics</source>
        <translation>Số, ký hiệu, trích yếu, cơ quan hoặc từ trong văn bản – gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>Register to search</source>
        <translation>Sổ cần tìm</translation>
    </message>
    <message>
        <source>Both registers</source>
        <translation>Cả hai sổ</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Type to search both registers.</source>
        <translation>Gõ từ khóa để tìm trong cả hai sổ.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Không tìm thấy văn bản nào.</translation>
    </message>
    <message>
        <source>Select a document to see its details.</source>
        <translation>Chọn một văn bản để xem thông tin.</translation>
    </message>
    <message>
        <source>The search index is still being built: some documents may be missing.</source>
        <translation>Chỉ mục tìm kiếm vẫn đang được xây dựng: có thể còn thiếu một số văn bản.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::SignDialog</name>
    <message>
        <source>Sign %1</source>
        <translation>Ký %1</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Chứng thư số:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Hình thức hiển thị:</translation>
    </message>
    <message>
        <source>The signer&apos;s title printed in the document (e.g. CHỦ TỊCH): the signature goes below it.</source>
        <translation>Chức vụ của người ký được in trên văn bản (ví dụ CHỦ TỊCH): chữ ký được đặt ngay bên dưới.</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>e.g. 05/QĐ-UBND (attachment stamp, issuing)</source>
        <translation>ví dụ 05/QĐ-UBND (dấu trên văn bản kèm theo, phát hành)</translation>
    </message>
    <message>
        <source>&amp;Number and symbol:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>Issuing date, filled in with the agency&apos;s seal on a document prepared for issuing.</source>
        <translation>Ngày ban hành, được điền cùng lúc với con dấu của cơ quan trên văn bản đã được chuẩn bị để phát hành.</translation>
    </message>
    <message>
        <source>Issuing &amp;date:</source>
        <translation>Ngày &amp;ban hành:</translation>
    </message>
    <message>
        <source>Signed file</source>
        <translation>Tệp đã ký</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Chọn tệ&amp;p…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Lưu thành:</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Trang đang hiển thị</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Trang:</translation>
    </message>
    <message>
        <source>&amp;Reset the place</source>
        <translation>Về vị trí &amp;mặc định</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ký</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 cannot be shown.</source>
        <translation>Không hiển thị được %1.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation>/%1</translation>
    </message>
    <message>
        <source>Save the signed file as</source>
        <translation>Lưu tệp đã ký thành</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>An invisible signature has no place on the page.</source>
        <translation>Chữ ký ẩn không có vị trí trên trang.</translation>
    </message>
    <message>
        <source>The signature goes where Nghị định 30 puts it. Click on the page to move it there instead.</source>
        <translation>Chữ ký được đặt tại vị trí theo Nghị định 30. Nhấn vào một vị trí khác trên trang nếu muốn chuyển chữ ký đến đó.</translation>
    </message>
    <message>
        <source>Click on the page where the signature goes.</source>
        <translation>Hãy nhấn vào vị trí trên trang để đặt chữ ký.</translation>
    </message>
    <message>
        <source>Say where to save the signed file.</source>
        <translation>Hãy chỉ rõ nơi lưu tệp đã ký.</translation>
    </message>
    <message>
        <source>The signed file must not replace the document itself.</source>
        <translation>Tệp đã ký không được ghi đè lên chính văn bản gốc.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 đã tồn tại. Ghi đè lên tệp này?</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Đang ký…</translation>
    </message>
    <message>
        <source>Signed and saved as %1.</source>
        <translation>Đã ký và lưu thành %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Not signed: the password or PIN was not given.</source>
        <translation>Chưa ký: chưa nhập mật khẩu hoặc mã PIN.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Chưa ký.</translation>
    </message>
    <message>
        <source>Page %1 is turned in the file, so a visible signature on it would be drawn sideways. Choose another page, or an invisible signature.</source>
        <translation>Trang %1 bị xoay trong tệp nên chữ ký hiển thị trên trang này sẽ bị nằm nghiêng. Hãy chọn trang khác, hoặc chọn chữ ký không hiển thị.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::SignaturesPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Check revocation online</source>
        <translation>Kiểm tra thu hồi trực tuyến</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Sao chép báo cáo</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>Signatures in this document</source>
        <translation>Các chữ ký số trong văn bản này</translation>
    </message>
    <message>
        <source>Checking the signatures</source>
        <translation>Đang kiểm tra chữ ký số</translation>
    </message>
    <message>
        <source>Ask the certification authorities whether a certificate was revoked (needs the network).</source>
        <translation>Hỏi tổ chức cung cấp dịch vụ chứng thực chữ ký số xem chứng thư số đã bị thu hồi chưa (cần kết nối mạng).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy việc kiểm tra.</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Đang kiểm tra chữ ký số…</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>Không kiểm tra được chữ ký số: %1</translation>
    </message>
    <message>
        <source>Revocation was checked online.</source>
        <translation>Đã kiểm tra tình trạng thu hồi trực tuyến.</translation>
    </message>
    <message>
        <source>Revocation was checked only with the data inside the document.</source>
        <translation>Tình trạng thu hồi chỉ được kiểm tra bằng dữ liệu có sẵn trong văn bản.</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <translation>Không rõ người ký</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Trường: %1</translation>
    </message>
    <message>
        <source>Signature by %1. %2. Signed %3. %4. Changes after this signature: %5.</source>
        <extracomment>Read by screen readers for one signature: signer, result, signing time, format, changes after it.</extracomment>
        <translation>Chữ ký của %1. %2. Thời điểm ký: %3. %4. Thay đổi sau chữ ký này: %5.</translation>
    </message>
    <message>
        <source>Signing time: %1</source>
        <translation>Thời điểm ký: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Định dạng: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Cấp bởi: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Changes after this signature: %1</source>
        <translation>Thay đổi sau chữ ký này: %1</translation>
    </message>
    <message>
        <source>The online check was cancelled: revocation not yet checked.</source>
        <translation>Đã hủy việc kiểm tra trực tuyến: tình trạng thu hồi chưa được kiểm tra.</translation>
    </message>
    <message>
        <source>Asking the certification authorities online whether a certificate was revoked…</source>
        <translation>Đang hỏi trực tuyến tổ chức cung cấp dịch vụ chứng thực xem chứng thư số có bị thu hồi không…</translation>
    </message>
    <message>
        <source>Revocation not yet checked: this was the offline check.</source>
        <translation>Tình trạng thu hồi chưa được kiểm tra: đây là lần kiểm tra ngoại tuyến.</translation>
    </message>
    <message>
        <source>Revocation not yet checked: this workspace works offline. Choose &quot;Check revocation online&quot; to ask the certification authorities.</source>
        <translation>Tình trạng thu hồi chưa được kiểm tra: không gian làm việc này đang làm việc ngoại tuyến. Chọn &quot;Kiểm tra thu hồi trực tuyến&quot; để hỏi tổ chức cung cấp dịch vụ chứng thực.</translation>
    </message>
    <message>
        <source>%1; revocation not yet checked</source>
        <extracomment>A signature&apos;s result, then that its certificate&apos;s revocation was not asked yet (offline check).</extracomment>
        <translation>%1; chưa kiểm tra tình trạng thu hồi</translation>
    </message>
    <message>
        <source>Revocation: %1</source>
        <translation>Tình trạng thu hồi: %1</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::SigningSettingsDialog</name>
    <message>
        <source>Signing settings</source>
        <translation>Cài đặt ký số</translation>
    </message>
    <message>
        <source>Your signature image:</source>
        <translation>Hình ảnh chữ ký của bạn:</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Hình ảnh chữ ký</translation>
    </message>
    <message>
        <source>Agency seal:</source>
        <translation>Con dấu cơ quan:</translation>
    </message>
    <message>
        <source>Agency seal</source>
        <translation>Con dấu cơ quan</translation>
    </message>
    <message>
        <source>Default &amp;appearance:</source>
        <translation>&amp;Hình thức hiển thị mặc định:</translation>
    </message>
    <message>
        <source>The signer&apos;s title printed in the document (e.g. CHỦ TỊCH): the signature goes below it.</source>
        <translation>Chức vụ của người ký được in trên văn bản (ví dụ CHỦ TỊCH): chữ ký được đặt ngay bên dưới.</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Seal &amp;diameter:</source>
        <translation>Đường &amp;kính con dấu:</translation>
    </message>
    <message>
        <source>optional, e.g. http://tsa.example.vn/</source>
        <translation>không bắt buộc, ví dụ http://tsa.example.vn/</translation>
    </message>
    <message>
        <source>&amp;Timestamp server:</source>
        <translation>&amp;Máy chủ cấp dấu thời gian:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Chọn %1</translation>
    </message>
    <message>
        <source>Use demo image</source>
        <translation>Dùng hình ảnh mẫu</translation>
    </message>
    <message>
        <source>Use the demo %1</source>
        <translation>Dùng %1 mẫu</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 không phải là hình ảnh PNG hoặc JPEG.</translation>
    </message>
    <message>
        <source>The timestamp server must be an http:// address.</source>
        <translation>Địa chỉ máy chủ cấp dấu thời gian phải bắt đầu bằng http://.</translation>
    </message>
    <message>
        <source>&amp;Work offline (do not ask OCSP/CRL services)</source>
        <translation>&amp;Làm việc ngoại tuyến (không hỏi dịch vụ OCSP/CRL)</translation>
    </message>
    <message>
        <source>When checking signatures, do not ask the certification authorities by yourself whether a certificate was revoked: the result then stays &quot;revocation not yet checked&quot; until you choose &quot;Check revocation online&quot;.</source>
        <translation>Khi kiểm tra chữ ký số, không tự hỏi tổ chức cung cấp dịch vụ chứng thực xem chứng thư số có bị thu hồi không: kết quả khi đó vẫn là &quot;chưa kiểm tra tình trạng thu hồi&quot; cho đến khi bạn chọn &quot;Kiểm tra thu hồi trực tuyến&quot;.</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Kiểm tra chữ ký số:</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::StoredChecksPanel</name>
    <message>
        <source>Check &amp;again and store</source>
        <translation>&amp;Kiểm tra lại và lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stored checks of the signatures</source>
        <translation>Các lần kiểm tra chữ ký đã lưu</translation>
    </message>
    <message>
        <source>Check the signatures again, offline as this workspace is set to work, and keep the report with the document.</source>
        <translation>Kiểm tra lại chữ ký số, ngoại tuyến theo thiết lập của kho dữ liệu, và lưu kết quả cùng văn bản.</translation>
    </message>
    <message>
        <source>Check the signatures again, asking the certification authorities about revocation, and keep the report with the document.</source>
        <translation>Kiểm tra lại chữ ký số, hỏi tổ chức chứng thực về tình trạng thu hồi, và lưu kết quả cùng văn bản.</translation>
    </message>
    <message>
        <source>Signature checks on record:</source>
        <translation>Các lần kiểm tra chữ ký đã lưu:</translation>
    </message>
    <message>
        <source>The signatures of this document were never checked on record.</source>
        <translation>Chữ ký số của văn bản này chưa có lần kiểm tra nào được lưu.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>offline, revocation not asked</source>
        <translation>ngoại tuyến, chưa hỏi tình trạng thu hồi</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, by %4</source>
        <translation>%1 — %2 — %3, người kiểm tra: %4</translation>
    </message>
    <message>
        <source>Checking the signatures of %1 (version %2)…</source>
        <translation>Đang kiểm tra chữ ký số của %1 (phiên bản %2)…</translation>
    </message>
    <message>
        <source>Report stored: %1.</source>
        <translation>Đã lưu kết quả kiểm tra: %1.</translation>
    </message>
    <message>
        <source>Check again and store</source>
        <translation>Kiểm tra lại và lưu</translation>
    </message>
    <message>
        <source>Reading the stored PDF…</source>
        <translation>Đang đọc tệp PDF đã lưu…</translation>
    </message>
    <message>
        <source>Storing the report…</source>
        <translation>Đang lưu kết quả kiểm tra…</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>Công việc không thực hiện được.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::ThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
</context>
</TS>
