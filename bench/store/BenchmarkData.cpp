// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/store/BenchmarkData.h"

#include <QHash>
#include <QRegularExpression>

namespace vanthu::bench
{
namespace
{

const QStringList Agencies{
    QStringLiteral("UBND thành phố Hà Nội"),
    QStringLiteral("Văn phòng UBND thành phố Hà Nội"),
    QStringLiteral("Sở Tài chính"),
    QStringLiteral("Sở Kế hoạch và Đầu tư"),
    QStringLiteral("Sở Giáo dục và Đào tạo"),
    QStringLiteral("Sở Y tế"),
    QStringLiteral("Sở Thông tin và Truyền thông"),
    QStringLiteral("Sở Xây dựng"),
    QStringLiteral("Sở Tư pháp"),
    QStringLiteral("Sở Giao thông vận tải"),
    QStringLiteral("UBND quận Ba Đình"),
    QStringLiteral("UBND quận Hoàn Kiếm"),
    QStringLiteral("UBND quận Đống Đa"),
    QStringLiteral("UBND quận Cầu Giấy"),
    QStringLiteral("UBND quận Hai Bà Trưng"),
    QStringLiteral("UBND quận Tây Hồ"),
    QStringLiteral("UBND huyện Đông Anh"),
    QStringLiteral("UBND huyện Gia Lâm"),
    QStringLiteral("UBND huyện Sóc Sơn"),
    QStringLiteral("Bộ Nội vụ"),
    QStringLiteral("Bộ Tài chính"),
    QStringLiteral("Văn phòng Chính phủ"),
};
const QStringList Abbreviations{
    QStringLiteral("UBND"),  QStringLiteral("VPUB"),  QStringLiteral("STC"),   QStringLiteral("KHĐT"),
    QStringLiteral("SGDĐT"), QStringLiteral("SYT"),   QStringLiteral("STTTT"), QStringLiteral("SXD"),
    QStringLiteral("STP"),   QStringLiteral("SGTVT"), QStringLiteral("UBND"),  QStringLiteral("UBND"),
    QStringLiteral("UBND"),  QStringLiteral("UBND"),  QStringLiteral("UBND"),  QStringLiteral("UBND"),
    QStringLiteral("UBND"),  QStringLiteral("UBND"),  QStringLiteral("UBND"),  QStringLiteral("BNV"),
    QStringLiteral("BTC"),   QStringLiteral("VPCP")};
const QStringList Types{QStringLiteral("cong-van"),   QStringLiteral("cong-van"),   QStringLiteral("cong-van"),
                        QStringLiteral("quyet-dinh"), QStringLiteral("quyet-dinh"), QStringLiteral("ke-hoach"),
                        QStringLiteral("bao-cao"),    QStringLiteral("thong-bao"),  QStringLiteral("giay-moi"),
                        QStringLiteral("to-trinh"),   QStringLiteral("chi-thi"),    QStringLiteral("huong-dan")};
const QStringList Actions{QStringLiteral("Về việc triển khai"),
                          QStringLiteral("V/v đề nghị thẩm định"),
                          QStringLiteral("V/v báo cáo kết quả"),
                          QStringLiteral("Về việc phê duyệt"),
                          QStringLiteral("V/v góp ý dự thảo"),
                          QStringLiteral("V/v đồng ý chủ trương"),
                          QStringLiteral("Về việc ban hành"),
                          QStringLiteral("V/v hướng dẫn thực hiện"),
                          QStringLiteral("V/v đôn đốc"),
                          QStringLiteral("Về việc giao chỉ tiêu"),
                          QStringLiteral("V/v cử cán bộ tham gia"),
                          QStringLiteral("Về việc kiện toàn")};
const QStringList Topics{QStringLiteral("Đề án cải cách hành chính"),
                         QStringLiteral("chữ ký số trên văn bản điện tử"),
                         QStringLiteral("tuyển dụng công chức"),
                         QStringLiteral("vị trí việc làm"),
                         QStringLiteral("chuyển đổi số"),
                         QStringLiteral("Đề án 06 về dữ liệu dân cư"),
                         QStringLiteral("công tác văn thư, lưu trữ"),
                         QStringLiteral("biên chế công chức"),
                         QStringLiteral("thi đua, khen thưởng"),
                         QStringLiteral("phòng cháy, chữa cháy"),
                         QStringLiteral("giải phóng mặt bằng"),
                         QStringLiteral("đầu tư công trung hạn"),
                         QStringLiteral("an toàn thực phẩm"),
                         QStringLiteral("xây dựng nông thôn mới"),
                         QStringLiteral("sắp xếp đơn vị hành chính cấp xã"),
                         QStringLiteral("quy chế làm việc"),
                         QStringLiteral("kế hoạch sử dụng đất"),
                         QStringLiteral("bồi dưỡng cán bộ"),
                         QStringLiteral("tiếp công dân"),
                         QStringLiteral("an toàn thông tin mạng")};
const QStringList Tails{QStringLiteral("năm 2025"),
                        QStringLiteral("năm 2026"),
                        QStringLiteral("quý I"),
                        QStringLiteral("quý II"),
                        QStringLiteral("quý III"),
                        QStringLiteral("6 tháng đầu năm"),
                        QStringLiteral("trên địa bàn Thành phố"),
                        QStringLiteral("giai đoạn 2026–2030"),
                        QString()};
const QStringList Families{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                           QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                           QStringLiteral("Đặng"),   QStringLiteral("Bùi"),   QStringLiteral("Đỗ"),
                           QStringLiteral("Ngô")};
const QStringList Givens{QStringLiteral("Văn Hùng"),  QStringLiteral("Thị Lan"),   QStringLiteral("Thu Hà"),
                         QStringLiteral("Đức Dũng"),  QStringLiteral("Minh Tuấn"), QStringLiteral("Thị Hương"),
                         QStringLiteral("Quang Đạt"), QStringLiteral("Hồng Ngọc"), QStringLiteral("Quốc Bảo")};
const QStringList Units{QStringLiteral("Phòng Công chức, viên chức"), QStringLiteral("Phòng Tổ chức bộ máy"),
                        QStringLiteral("Văn phòng Sở"), QStringLiteral("Phòng Cải cách hành chính"),
                        QStringLiteral("Thanh tra Sở")};

} // namespace

BenchmarkData::BenchmarkData(quint32 seed) : m_state(seed)
{
}

quint32 BenchmarkData::random(quint32 bound)
{
    // xorshift32: fast and the same on every machine, so every run registers the same documents.
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    return m_state % bound;
}

void BenchmarkData::next(int count, QList<core::IncomingRequest>& incoming, QList<core::OutgoingRequest>& outgoing,
                         const QDate& day)
{
    auto pick = [this](const QStringList& list) {
        return list.at(random(static_cast<quint32>(list.size())));
    };
    for (int index = 0; index < count; ++index) {
        const QString subject =
            (pick(Actions) + QLatin1Char(' ') + pick(Topics) + QLatin1Char(' ') + pick(Tails)).trimmed();
        const QString type = pick(Types);
        const QString signer = pick(Families) + QLatin1Char(' ') + pick(Givens);
        if (random(10) < 6) {
            const int agency = static_cast<int>(random(static_cast<quint32>(Agencies.size())));
            core::IncomingRequest request;
            request.fields.typeKey = type;
            const QString key = Agencies.at(agency) + QString::number(day.year());
            const int number = ++m_senderNumbers[key];
            request.fields.code = core::DocumentCode{
                core::formatSerialNumber(number),
                type == QLatin1String("cong-van")
                    ? Abbreviations.at(agency) + QStringLiteral("-VP")
                    : QStringLiteral("%1-%2").arg(type == QLatin1String("quyet-dinh") ? QStringLiteral("QĐ")
                                                                                      : QStringLiteral("KH"),
                                                  Abbreviations.at(agency))};
            request.fields.issuedDate = day.addDays(-static_cast<int>(random(4)));
            request.fields.organName = Agencies.at(agency);
            request.fields.subject = subject;
            request.fields.signerName = signer;
            request.fields.urgency = random(10) == 0 ? core::Urgency::Urgent : core::Urgency::Normal;
            request.toPlaces = pick(Units);
            incoming.append(request);
        } else {
            core::OutgoingRequest request;
            request.typeKey = type;
            request.subject = subject;
            request.draftingUnit = QStringLiteral("VP");
            request.signerPosition = QStringLiteral("Phó Giám đốc");
            request.signerName = signer;
            request.recipients = {core::Recipient{QString(), pick(Agencies)}};
            if (random(3) == 0) {
                request.recipients.append(core::Recipient{QString(), pick(Agencies)});
            }
            request.issuedAmount = static_cast<int>(request.recipients.size()) + 1;
            request.copyHolder = QStringLiteral("VT, VP");
            outgoing.append(request);
        }
    }
}

QStringList BenchmarkData::searches()
{
    QStringList queries;
    const QStringList withMarks{QStringLiteral("đồng ý chủ trương"),
                                QStringLiteral("Đề án"),
                                QStringLiteral("chữ ký số"),
                                QStringLiteral("tuyển dụng công chức"),
                                QStringLiteral("chuyển đổi số"),
                                QStringLiteral("Quyết định phê duyệt"),
                                QStringLiteral("UBND quận Ba Đình"),
                                QStringLiteral("Sở Tài chính"),
                                QStringLiteral("văn thư, lưu trữ"),
                                QStringLiteral("giải phóng mặt bằng"),
                                QStringLiteral("Nguyễn Thu Hà"),
                                QStringLiteral("an toàn thông tin"),
                                QStringLiteral("khen thưởng"),
                                QStringLiteral("Bộ Nội vụ"),
                                QStringLiteral("đầu tư công"),
                                QStringLiteral("phòng cháy chữa cháy"),
                                QStringLiteral("Đề án 06"),
                                QStringLiteral("vị trí việc làm"),
                                QStringLiteral("kiện toàn"),
                                QStringLiteral("sắp xếp đơn vị hành chính"),
                                QStringLiteral("tiếp công dân"),
                                QStringLiteral("Phòng Tổ chức bộ máy"),
                                QStringLiteral("kế hoạch sử dụng đất"),
                                QStringLiteral("nông thôn mới"),
                                QStringLiteral("Đống Đa"),
                                QStringLiteral("QĐ-UBND"),
                                QStringLiteral("Sở Y tế"),
                                QStringLiteral("thẩm định"),
                                QStringLiteral("quy chế làm việc"),
                                QStringLiteral("đôn đốc"),
                                QStringLiteral("Văn phòng Chính phủ"),
                                QStringLiteral("bồi dưỡng cán bộ"),
                                QStringLiteral("Gia Lâm"),
                                QStringLiteral("giai đoạn 2026–2030"),
                                QStringLiteral("6 tháng đầu năm")};
    for (const QString& query : withMarks) {
        queries.append(query);
        QString plain = query.normalized(QString::NormalizationForm_D);
        plain.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
        plain.replace(QChar(0x0111), QLatin1Char('d')).replace(QChar(0x0110), QLatin1Char('D'));
        queries.append(plain.toLower());
    }
    // Numbers and symbols as clerks type them, and words still being typed.
    queries << QStringLiteral("05/QĐ-UBND") << QStringLiteral("123/VPUB-VP") << QStringLiteral("QD")
            << QStringLiteral("45") << QStringLiteral("KHĐT-VP") << QStringLiteral("chuyen do")
            << QStringLiteral("tuyen d") << QStringLiteral("ban ha") << QStringLiteral("đề ngh")
            << QStringLiteral("cai cach hanh chinh quy II") << QStringLiteral("bao cao ket qua nam 2025")
            << QStringLiteral("hướng dẫn thực hiện chữ ký số") << QStringLiteral("tran minh tuan")
            << QStringLiteral("Hoàng Quốc Bảo") << QStringLiteral("chi tieu bien che") << QStringLiteral("thi đua")
            << QStringLiteral("du thao") << QStringLiteral("an toan thuc pham") << QStringLiteral("Tây Hồ")
            << QStringLiteral("van phong so") << QStringLiteral("Sóc Sơn") << QStringLiteral("giao thong van tai")
            << QStringLiteral("Tư pháp") << QStringLiteral("cong tac van thu") << QStringLiteral("năm 2026")
            << QStringLiteral("xay dung") << QStringLiteral("Quý III") << QStringLiteral("dữ liệu dân cư")
            << QStringLiteral("phe duyet de an") << QStringLiteral("Hai Bà Trưng");
    return queries.mid(0, 100);
}

} // namespace vanthu::bench
