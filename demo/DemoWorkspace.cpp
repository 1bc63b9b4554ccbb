// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoWorkspace.h"

#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/domain/DocumentCode.h"
#include "core/domain/DocumentType.h"
#include "core/registers/AgencyService.h"
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"
#include "demo/DemoCatalogue.h"
#include "demo/DemoPki.h"
#include "render/OfficialDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

namespace vanthu::demo
{
namespace
{

struct DemoWorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspaceText)
};

QDateTime vietnamTime(const QDate& day, int minutesAfterMidnight)
{
    return QDateTime(day, QTime(0, 0).addSecs(minutesAfterMidnight * 60), QTimeZone(VietnamUtcOffsetSeconds));
}

QString fillSubject(const QString& pattern, const QDate& day)
{
    QString subject = pattern;
    subject.replace(QStringLiteral("%1"), QString::number(day.year()));
    const QString period = pattern.contains(QStringLiteral("quý")) ? QStringLiteral("%1").arg((day.month() + 2) / 3)
                                                                   : QString::number(day.month());
    subject.replace(QStringLiteral("%2"), period);
    return subject;
}

QString typeTitle(const core::DocumentType& type)
{
    return type.usesUnitNotation() ? QString() : type.name.toUpper();
}

core::Urgency randomUrgency(QRandomGenerator& random)
{
    const int roll = random.bounded(100);
    if (roll < 2) {
        return core::Urgency::Flash;
    }
    if (roll < 5) {
        return core::Urgency::VeryUrgent;
    }
    return roll < 15 ? core::Urgency::Urgent : core::Urgency::Normal;
}

QString stampText(core::Urgency urgency)
{
    return core::urgencyName(urgency).toUpper();
}

class Generator
{
public:
    Generator(core::Workspace& workspace, const DemoOptions& options) : m_workspace(workspace), m_random(options.seed)
    {
    }

    Result<void> incoming(const QDate& day)
    {
        const auto& agencies = DemoCatalogue::correspondents();
        const DemoAgency& sender = agencies.at(m_random.bounded(static_cast<int>(agencies.size())));
        const auto& subjects = DemoCatalogue::incomingSubjects();
        const DemoSubject& pattern = subjects.at(m_random.bounded(static_cast<int>(subjects.size())));
        const core::DocumentType& type = *core::DocumentTypes::byKey(pattern.typeKey);
        const QDate issued = day.addDays(-m_random.bounded(4));
        const QString key = sender.name + QString::number(issued.year());
        const int number = (m_senderNumbers[key] += 1 + m_random.bounded(40));
        const core::DocumentCode code{core::formatSerialNumber(number),
                                      type.usesUnitNotation()
                                          ? sender.abbreviation + QLatin1Char('-') + pickSenderUnit()
                                          : type.abbreviation + QLatin1Char('-') + sender.abbreviation};
        const QString subject = fillSubject(pattern.subject, issued);
        const QString signer = DemoCatalogue::personName(m_random);
        const bool deputy = m_random.bounded(3) != 0;
        const core::Urgency urgency = randomUrgency(m_random);

        render::OfficialDocument document;
        document.parentAgency = sender.parentName;
        document.agency = sender.name;
        document.codeLine = code.printed();
        document.placeDateLine = core::formatPlaceDateLine(QStringLiteral("Hà Nội"), issued);
        document.typeTitle = typeTitle(type);
        document.subject = subject;
        if (type.usesUnitNotation()) {
            document.addressees = {DemoCatalogue::home().name};
        }
        document.paragraphs = DemoCatalogue::bodyParagraphs(subject, type.name, m_random);
        document.signerAuthority = deputy ? QStringLiteral("KT. ") + sender.leaderTitle : QString();
        document.signerPosition = deputy ? QStringLiteral("PHÓ ") + sender.leaderTitle : sender.leaderTitle;
        document.signerName = signer;
        document.recipients = {QStringLiteral("- ") + DemoCatalogue::home().name + QLatin1Char(';'),
                               QStringLiteral("- Lưu: VT.")};
        document.urgencyStamp = urgency == core::Urgency::Normal ? QString() : stampText(urgency);
        document.metadataTitle = code.display();
        auto pdf = render::renderOfficialDocument(document);
        if (!pdf) {
            return pdf.error();
        }
        core::IncomingRequest request;
        core::DocumentFields& fields = request.fields;
        fields.typeKey = type.key;
        fields.code = code;
        fields.issuedDate = issued;
        fields.organName = sender.name;
        fields.organId = sender.organId;
        fields.subject = subject;
        fields.signerPosition = document.signerPosition.left(1) + document.signerPosition.mid(1).toLower();
        fields.signerName = signer;
        fields.urgency = urgency;
        if (m_random.bounded(3) == 0) {
            fields.dueDate = issued.addDays(7 + m_random.bounded(14));
        }
        // Documents that came through the exchange axis carry their edXML identity.
        if (m_random.bounded(2) == 0) {
            fields.edxmlDocumentId =
                QStringLiteral("%1,%2,%3")
                    .arg(sender.organId, issued.toString(QStringLiteral("yyyy/MM/dd")), code.display());
        }
        const auto& units = DemoCatalogue::receivingUnits();
        request.toPlaces = units.at(m_random.bounded(static_cast<int>(units.size())));
        request.transferDate = day;
        request.attachments = {core::AttachmentInput{
            code.display().replace(QLatin1Char('/'), QLatin1Char('_')) + QStringLiteral(".pdf"), *pdf}};
        auto receipt = core::IncomingService(m_workspace).registerDocument(request);
        if (!receipt) {
            return receipt.error();
        }
        return {};
    }

    Result<void> outgoing(const QDate& day)
    {
        const DemoAgency& home = DemoCatalogue::home();
        const auto& subjects = DemoCatalogue::outgoingSubjects();
        const DemoSubject& pattern = subjects.at(m_random.bounded(static_cast<int>(subjects.size())));
        const core::DocumentType& type = *core::DocumentTypes::byKey(pattern.typeKey);
        const auto& units = DemoCatalogue::draftingUnits();
        const auto& agencies = DemoCatalogue::correspondents();
        core::OutgoingRequest request;
        request.typeKey = type.key;
        request.subject = fillSubject(pattern.subject, day);
        request.draftingUnit = units.at(m_random.bounded(static_cast<int>(units.size())));
        const bool deputy = m_random.bounded(3) != 0;
        request.signerPosition = deputy ? QStringLiteral("Phó Giám đốc") : QStringLiteral("Giám đốc");
        request.signerName = deputy ? m_deputy : m_director;
        const int recipientCount = 1 + m_random.bounded(3);
        for (int index = 0; index < recipientCount; ++index) {
            const DemoAgency& to = agencies.at(m_random.bounded(static_cast<int>(agencies.size())));
            if (std::none_of(request.recipients.begin(), request.recipients.end(),
                             [&](const core::Recipient& seen) { return seen.organId == to.organId; })) {
                request.recipients.append(core::Recipient{to.organId, to.name});
            }
        }
        request.issuedAmount = static_cast<int>(request.recipients.size()) + 1;
        request.copyHolder = QStringLiteral("VT, ") + request.draftingUnit;
        request.urgency = randomUrgency(m_random);
        request.secrecy = m_random.bounded(50) == 0 ? core::Secrecy::Confidential : core::Secrecy::None;
        request.transferDate = day;

        core::OutgoingService service(m_workspace);
        auto preview = service.previewNumber(request);
        if (!preview) {
            return preview.error();
        }
        render::OfficialDocument document;
        document.parentAgency = home.parentName;
        document.agency = home.name;
        document.codeLine = preview->code.printed();
        document.placeDateLine = core::formatPlaceDateLine(QStringLiteral("Hà Nội"), day);
        document.typeTitle = typeTitle(type);
        document.subject = request.subject;
        for (const core::Recipient& recipient : request.recipients) {
            if (type.usesUnitNotation()) {
                document.addressees.append(recipient.organName);
            }
            document.recipients.append(QStringLiteral("- ") + recipient.organName + QLatin1Char(';'));
        }
        document.recipients.append(QStringLiteral("- Lưu: VT, %1.").arg(request.draftingUnit));
        document.paragraphs = DemoCatalogue::bodyParagraphs(request.subject, type.name, m_random);
        document.signerAuthority = deputy ? QStringLiteral("KT. GIÁM ĐỐC") : QString();
        document.signerPosition = request.signerPosition.toUpper();
        document.signerName = request.signerName;
        document.urgencyStamp = request.urgency == core::Urgency::Normal ? QString() : stampText(request.urgency);
        document.metadataTitle = preview->code.display();
        auto pdf = render::renderOfficialDocument(document);
        if (!pdf) {
            return pdf.error();
        }
        request.attachments = {core::AttachmentInput{
            preview->code.display().replace(QLatin1Char('/'), QLatin1Char('_')) + QStringLiteral(".pdf"), *pdf}};
        auto receipt = service.registerDocument(request);
        if (!receipt) {
            return receipt.error();
        }
        return {};
    }

private:
    QString pickSenderUnit()
    {
        static const QStringList units{QStringLiteral("VP"), QStringLiteral("TH"), QStringLiteral("NC"),
                                       QStringLiteral("KGVX"), QStringLiteral("TCCB")};
        return units.at(m_random.bounded(static_cast<int>(units.size())));
    }

    core::Workspace& m_workspace;
    QRandomGenerator m_random;
    QHash<QString, int> m_senderNumbers;
    QString m_director = QStringLiteral("Trần Đình Cảnh");
    QString m_deputy = QStringLiteral("Nguyễn Thị Thu Hà");
};

} // namespace

Result<DemoSummary> generateDemoWorkspace(const QString& directory, const DemoOptions& options)
{
    if (QFileInfo::exists(QDir(directory).filePath(core::Workspace::databaseFileName()))) {
        return Error{
            ErrorCode::Conflict,
            DemoWorkspaceText::tr("%1 already holds a workspace; choose an empty folder for the demo.").arg(directory),
            QStringLiteral("demo target exists")};
    }
    const QDate lastDay = options.lastDay.isValid() ? options.lastDay : vietnamDate(SystemClock().now());
    QList<QDate> workingDays;
    for (QDate day = lastDay.addDays(1 - options.days); day <= lastDay; day = day.addDays(1)) {
        // Weekdays, without the fixed-date public holidays (1/1, 30/4, 1/5, 2/9).
        const bool holiday = (day.month() == 1 && day.day() == 1) || (day.month() == 4 && day.day() == 30)
                             || (day.month() == 5 && day.day() == 1) || (day.month() == 9 && day.day() == 2);
        if (day.dayOfWeek() <= 5 && !holiday) {
            workingDays.append(day);
        }
    }
    if (workingDays.isEmpty() || options.documentCount < 1) {
        return Error{ErrorCode::InvalidInput,
                     DemoWorkspaceText::tr("The demo needs at least one document and one working day."),
                     QStringLiteral("empty demo period")};
    }
    ManualClock clock(vietnamTime(workingDays.front(), 7 * 60 + 30));
    core::WorkspaceOptions workspaceOptions;
    workspaceOptions.create = true;
    workspaceOptions.clock = &clock;
    workspaceOptions.actor = QStringLiteral("Văn thư (demo)");
    auto workspace = core::Workspace::open(directory, workspaceOptions);
    if (!workspace) {
        return workspace.error();
    }
    const DemoAgency& home = DemoCatalogue::home();
    const core::AgencyProfile profile{home.name, home.parentName, home.abbreviation, home.organId,
                                      QStringLiteral("Hà Nội")};
    if (auto initialised = core::AgencyService(**workspace).initialise(profile); !initialised) {
        return initialised.error();
    }
    // Keys and stamps first: a newcomer can sign and verify in the demo at once (issue 5).
    if (auto pki = createDemoPki((*workspace)->directory(), home.name); !pki) {
        return pki.error();
    }
    Generator generator(**workspace, options);
    QRandomGenerator schedule(options.seed ^ 0x5eedu);
    DemoSummary summary;
    summary.directory = (*workspace)->directory();
    QDate previousDay;
    int minute = 0;
    for (int index = 0; index < options.documentCount; ++index) {
        const QDate day = workingDays.at(static_cast<qsizetype>(index) * workingDays.size() / options.documentCount);
        // Within a day, registrations move forward through office hours.
        minute = day == previousDay ? qMin(minute + 10 + schedule.bounded(60), 17 * 60) : 7 * 60 + 40;
        previousDay = day;
        clock.set(vietnamTime(day, minute));
        const bool incoming = schedule.bounded(100) < 60;
        auto made = incoming ? generator.incoming(day) : generator.outgoing(day);
        if (!made) {
            return made.error();
        }
        ++(incoming ? summary.incoming : summary.outgoing);
        if (options.progress && !options.progress(index + 1, options.documentCount)) {
            return Error{ErrorCode::Cancelled, DemoWorkspaceText::tr("The demo generation was stopped."),
                         QStringLiteral("cancelled")};
        }
    }
    return summary;
}

} // namespace vanthu::demo
