// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCatalogue.h"

#include <QRandomGenerator>

namespace vanthu::demo
{
namespace
{

QString pick(const QStringList& list, QRandomGenerator& random)
{
    return list.at(random.bounded(static_cast<int>(list.size())));
}

} // namespace

const DemoAgency& DemoCatalogue::home()
{
    static const DemoAgency agency{QStringLiteral("Sở Nội vụ thành phố Hà Nội"),
                                   QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("SNV"),
                                   QStringLiteral("000.12.01.H26"), QStringLiteral("GIÁM ĐỐC")};
    return agency;
}

const QList<DemoAgency>& DemoCatalogue::correspondents()
{
    static const QList<DemoAgency> agencies{
        {QStringLiteral("UBND thành phố Hà Nội"), QString(), QStringLiteral("UBND"), QStringLiteral("000.00.00.H26"),
         QStringLiteral("CHỦ TỊCH")},
        {QStringLiteral("Văn phòng UBND thành phố Hà Nội"), QStringLiteral("UBND thành phố Hà Nội"),
         QStringLiteral("VPUB"), QStringLiteral("000.00.01.H26"), QStringLiteral("CHÁNH VĂN PHÒNG")},
        {QStringLiteral("Sở Tài chính"), QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("STC"),
         QStringLiteral("000.03.01.H26"), QStringLiteral("GIÁM ĐỐC")},
        {QStringLiteral("Sở Kế hoạch và Đầu tư"), QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("KHĐT"),
         QStringLiteral("000.04.01.H26"), QStringLiteral("GIÁM ĐỐC")},
        {QStringLiteral("Sở Giáo dục và Đào tạo"), QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("SGDĐT"),
         QStringLiteral("000.05.01.H26"), QStringLiteral("GIÁM ĐỐC")},
        {QStringLiteral("Sở Y tế"), QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("SYT"),
         QStringLiteral("000.06.01.H26"), QStringLiteral("GIÁM ĐỐC")},
        {QStringLiteral("Sở Thông tin và Truyền thông"), QStringLiteral("UBND thành phố Hà Nội"),
         QStringLiteral("STTTT"), QStringLiteral("000.07.01.H26"), QStringLiteral("GIÁM ĐỐC")},
        {QStringLiteral("UBND quận Ba Đình"), QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("UBND"),
         QStringLiteral("001.00.00.H26"), QStringLiteral("CHỦ TỊCH")},
        {QStringLiteral("UBND quận Hoàn Kiếm"), QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("UBND"),
         QStringLiteral("002.00.00.H26"), QStringLiteral("CHỦ TỊCH")},
        {QStringLiteral("UBND quận Đống Đa"), QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("UBND"),
         QStringLiteral("006.00.00.H26"), QStringLiteral("CHỦ TỊCH")},
        {QStringLiteral("UBND quận Cầu Giấy"), QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("UBND"),
         QStringLiteral("005.00.00.H26"), QStringLiteral("CHỦ TỊCH")},
        {QStringLiteral("UBND huyện Đông Anh"), QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("UBND"),
         QStringLiteral("017.00.00.H26"), QStringLiteral("CHỦ TỊCH")},
        {QStringLiteral("Bộ Nội vụ"), QString(), QStringLiteral("BNV"), QStringLiteral("000.00.00.G09"),
         QStringLiteral("BỘ TRƯỞNG")},
    };
    return agencies;
}

const QList<DemoSubject>& DemoCatalogue::incomingSubjects()
{
    static const QList<DemoSubject> subjects{
        {QStringLiteral("cong-van"), QStringLiteral("V/v đề nghị thẩm định đề án vị trí việc làm năm %1")},
        {QStringLiteral("cong-van"), QStringLiteral("V/v báo cáo số lượng cán bộ, công chức cấp xã năm %1")},
        {QStringLiteral("cong-van"), QStringLiteral("V/v góp ý dự thảo Quy chế làm việc của UBND Thành phố")},
        {QStringLiteral("cong-van"), QStringLiteral("V/v cử cán bộ tham gia lớp bồi dưỡng quản lý nhà nước")},
        {QStringLiteral("cong-van"), QStringLiteral("V/v đăng ký nhu cầu tuyển dụng công chức năm %1")},
        {QStringLiteral("cong-van"), QStringLiteral("V/v triển khai chữ ký số trên văn bản điện tử")},
        {QStringLiteral("cong-van"), QStringLiteral("V/v đồng ý chủ trương sắp xếp đơn vị hành chính cấp xã")},
        {QStringLiteral("quyet-dinh"), QStringLiteral("Về việc phê duyệt Đề án cải cách hành chính giai đoạn "
                                                      "2026–2030")},
        {QStringLiteral("quyet-dinh"), QStringLiteral("Về việc ban hành Quy chế công tác văn thư, lưu trữ")},
        {QStringLiteral("quyet-dinh"), QStringLiteral("Về việc giao chỉ tiêu biên chế công chức năm %1")},
        {QStringLiteral("ke-hoach"), QStringLiteral("Triển khai chuyển đổi số trong cơ quan nhà nước năm %1")},
        {QStringLiteral("bao-cao"), QStringLiteral("Kết quả thực hiện công tác cải cách hành chính quý %2")},
        {QStringLiteral("giay-moi"), QStringLiteral("Dự hội nghị tổng kết công tác thi đua, khen thưởng năm %1")},
        {QStringLiteral("thong-bao"), QStringLiteral("Kết luận của Chủ tịch UBND Thành phố tại buổi làm việc về "
                                                     "Đề án 06")},
        {QStringLiteral("chi-thi"), QStringLiteral("Về tăng cường kỷ luật, kỷ cương hành chính")},
    };
    return subjects;
}

const QList<DemoSubject>& DemoCatalogue::outgoingSubjects()
{
    static const QList<DemoSubject> subjects{
        {QStringLiteral("cong-van"), QStringLiteral("V/v hướng dẫn xây dựng kế hoạch tuyển dụng công chức năm %1")},
        {QStringLiteral("cong-van"), QStringLiteral("V/v đôn đốc báo cáo kết quả cải cách hành chính quý %2")},
        {QStringLiteral("cong-van"), QStringLiteral("V/v thẩm định hồ sơ nâng ngạch công chức")},
        {QStringLiteral("cong-van"), QStringLiteral("V/v đồng ý tiếp nhận công chức")},
        {QStringLiteral("cong-van"), QStringLiteral("V/v triển khai ký số và phát hành văn bản điện tử")},
        {QStringLiteral("quyet-dinh"), QStringLiteral("Về việc thành lập Hội đồng thi nâng ngạch công chức năm %1")},
        {QStringLiteral("quyet-dinh"), QStringLiteral("Về việc cử công chức tham gia bồi dưỡng kỹ năng số")},
        {QStringLiteral("ke-hoach"), QStringLiteral("Kiểm tra công tác văn thư, lưu trữ năm %1")},
        {QStringLiteral("bao-cao"), QStringLiteral("Tình hình thực hiện nhiệm vụ tháng %2")},
        {QStringLiteral("to-trinh"), QStringLiteral("Đề nghị phê duyệt chỉ tiêu biên chế năm %1")},
        {QStringLiteral("thong-bao"), QStringLiteral("Lịch tiếp công dân của Lãnh đạo Sở")},
        {QStringLiteral("giay-moi"), QStringLiteral("Dự hội nghị triển khai Đề án vị trí việc làm")},
    };
    return subjects;
}

const QStringList& DemoCatalogue::receivingUnits()
{
    static const QStringList units{QStringLiteral("Phòng Công chức, viên chức"),
                                   QStringLiteral("Phòng Tổ chức bộ máy"),
                                   QStringLiteral("Văn phòng Sở"),
                                   QStringLiteral("Phòng Cải cách hành chính"),
                                   QStringLiteral("Phòng Xây dựng chính quyền"),
                                   QStringLiteral("Ban Thi đua - Khen thưởng"),
                                   QStringLiteral("Chi cục Văn thư - Lưu trữ")};
    return units;
}

const QStringList& DemoCatalogue::draftingUnits()
{
    static const QStringList units{QStringLiteral("VP"), QStringLiteral("CCVC"), QStringLiteral("TCBM"),
                                   QStringLiteral("CCHC"), QStringLiteral("XDCQ")};
    return units;
}

QString DemoCatalogue::personName(QRandomGenerator& random)
{
    static const QStringList families{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                                      QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                                      QStringLiteral("Đặng"),   QStringLiteral("Bùi"),   QStringLiteral("Đỗ")};
    static const QStringList middles{QStringLiteral("Văn"),  QStringLiteral("Thị"), QStringLiteral("Đức"),
                                     QStringLiteral("Minh"), QStringLiteral("Thu"), QStringLiteral("Hồng"),
                                     QStringLiteral("Quốc")};
    static const QStringList givens{QStringLiteral("Hùng"),  QStringLiteral("Lan"),  QStringLiteral("Hà"),
                                    QStringLiteral("Dũng"),  QStringLiteral("Tuấn"), QStringLiteral("Hương"),
                                    QStringLiteral("Quang"), QStringLiteral("Thảo"), QStringLiteral("Đạt"),
                                    QStringLiteral("Ngọc")};
    return pick(families, random) + QLatin1Char(' ') + pick(middles, random) + QLatin1Char(' ') + pick(givens, random);
}

QStringList DemoCatalogue::bodyParagraphs(const QString& subject, const QString& typeName, QRandomGenerator& random)
{
    static const QStringList bases{
        QStringLiteral("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn "
                       "thư;"),
        QStringLiteral("Căn cứ Luật Cán bộ, công chức và Luật Viên chức; Nghị định số 138/2020/NĐ-CP quy định về "
                       "tuyển dụng, sử dụng và quản lý công chức;"),
        QStringLiteral("Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố về đẩy mạnh cải cách hành chính, xây dựng "
                       "chính quyền số và ứng dụng chữ ký số trong hoạt động của cơ quan nhà nước;"),
    };
    static const QStringList middles{
        QStringLiteral("Để bảo đảm tiến độ và chất lượng công việc, đề nghị các cơ quan, đơn vị khẩn trương triển "
                       "khai, tổng hợp kết quả và gửi về trước thời hạn quy định, đồng thời gửi bản điện tử qua Hệ "
                       "thống quản lý văn bản và điều hành."),
        QStringLiteral("Qua xem xét hồ sơ, cơ quan đồng ý với đề xuất nêu trên và đề nghị đơn vị phối hợp với các "
                       "phòng chuyên môn hoàn thiện Đề án, bảo đảm đúng quy định của pháp luật."),
        QStringLiteral("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh kịp thời để được "
                       "hướng dẫn, giải quyết theo thẩm quyền."),
        QStringLiteral("Giao Văn phòng theo dõi, đôn đốc việc thực hiện và báo cáo kết quả với Lãnh đạo."),
    };
    QStringList paragraphs;
    paragraphs.append(pick(bases, random));
    QString purpose = subject;
    for (const QString& prefix : {QStringLiteral("V/v "), QStringLiteral("Về việc "), QStringLiteral("Về ")}) {
        if (purpose.startsWith(prefix)) {
            purpose = purpose.mid(prefix.size());
            break;
        }
    }
    paragraphs.append(QStringLiteral("%1 này nhằm %2.").arg(typeName, purpose.left(1).toLower() + purpose.mid(1)));
    const int extra = 1 + random.bounded(3);
    for (int index = 0; index < extra; ++index) {
        paragraphs.append(pick(middles, random));
    }
    paragraphs.append(QStringLiteral("Trân trọng./."));
    return paragraphs;
}

} // namespace vanthu::demo
