// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/nd30/Nd30Signature.h"

#include "common/VietnamTime.h"
#include "signing/pades/FormFields.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace vanthu::signing
{
namespace
{

struct Nd30SignatureText
{
    Q_DECLARE_TR_FUNCTIONS(Nd30SignatureText)
};

/** A leader's signature image is drawn about 40 mm wide, the space ND 30's signer block leaves for it. */
constexpr double leaderWidthMillimetres = 40.0;
Result<QSizeF> leaderImageSize(const Nd30SignJob& job)
{
    auto pixels = job.renderer->imageSize(job.imageFile);
    if (!pixels) {
        return pixels.error();
    }
    const double width = millimetresToPoints(leaderWidthMillimetres);
    const double aspect = pixels->width() <= 0 ? 0.5 : pixels->height() / pixels->width();
    return QSizeF(width, width * aspect);
}

Result<PagePlacement> placeLeader(const Nd30SignJob& job, const QByteArray& pdf)
{
    if (job.anchor.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     Nd30SignatureText::tr("Say where the leader's signature goes: a page and rectangle, or an anchor "
                                           "text such as the signer's title."),
                     QString()};
    }
    auto anchor = findAnchorText(pdf, job.anchor);
    if (!anchor) {
        return anchor.error();
    }
    auto imageSize = leaderImageSize(job);
    if (!imageSize) {
        return imageSize.error();
    }
    return PagePlacement{anchor->pageIndex, leaderSignatureBelow(anchor->rect, *imageSize)};
}

Result<PagePlacement> placeSeal(const Nd30SignJob& job, const QByteArray& pdf, const QList<FormFieldInfo>& fields)
{
    const double diameter = millimetresToPoints(job.sealDiameterMillimetres);
    // The seal goes over the leader's signature: the last signed, visible signature on the document.
    for (auto it = fields.crbegin(); it != fields.crend(); ++it) {
        if (it->type == "Sig" && it->hasValue && it->pageIndex >= 0 && !it->rect.isEmpty()) {
            return PagePlacement{it->pageIndex, sealOverLeaderSignature(it->rect, diameter)};
        }
    }
    if (!job.anchor.isEmpty()) {
        auto leader = placeLeader(job, pdf);
        if (!leader) {
            return leader.error();
        }
        return PagePlacement{leader->pageIndex, sealOverLeaderSignature(leader->rect, diameter)};
    }
    return Error{ErrorCode::InvalidInput,
                 Nd30SignatureText::tr("The document has no visible leader's signature to put the seal on; give a page "
                                       "and rectangle or an anchor text."),
                 QString()};
}

QString attachmentText(const Nd30SignJob& job, const QDateTime& signingTime)
{
    return job.numberSymbol + QStringLiteral("; ") + vietnamIsoTimestamp(signingTime);
}

/**
 * Where the appearance of @p job goes: a prepared agency field keeps its place, then an explicit page and rectangle,
 * then the defaults of Phụ lục I. @p attachmentText: the text of an attachment signature.
 */
Result<PagePlacement> placeAppearance(const Nd30SignJob& job, const QByteArray& pdf, const QList<FormFieldInfo>& fields,
                                      const std::optional<FormFieldInfo>& preparedAgency, const QString& attachmentText)
{
    if (job.appearance == AppearanceKind::Agency && preparedAgency) {
        return PagePlacement{preparedAgency->pageIndex, preparedAgency->rect}; // a prepared widget keeps its /Rect
    }
    if (job.rect) {
        return PagePlacement{job.pageIndex.value_or(0), *job.rect};
    }
    switch (job.appearance) {
    case AppearanceKind::Leader:
        return placeLeader(job, pdf);
    case AppearanceKind::Agency:
        return placeSeal(job, pdf, fields);
    case AppearanceKind::Attachment: {
        auto textSize = job.renderer->attachmentTextSize(attachmentText);
        if (!textSize) {
            return textSize.error();
        }
        const int page = job.pageIndex.value_or(0);
        auto size = pageSize(pdf, page);
        if (!size) {
            return size.error();
        }
        return PagePlacement{page, attachmentTopRight(*size, *textSize)};
    }
    case AppearanceKind::None:
        break;
    }
    return Error{ErrorCode::InvalidInput, Nd30SignatureText::tr("An invisible signature has no place on the page."),
                 QString()};
}

Result<void> checkRenderer(const Nd30SignJob& job)
{
    if (job.appearance != AppearanceKind::None && job.renderer == nullptr) {
        return Error{ErrorCode::Internal, Nd30SignatureText::tr("Signature appearances cannot be drawn here."),
                     QStringLiteral("FileSignJob without a renderer")};
    }
    return {};
}

std::optional<FormFieldInfo> preparedAgencyField(const QList<FormFieldInfo>& fields)
{
    std::optional<FormFieldInfo> prepared;
    for (const FormFieldInfo& field : fields) {
        if (field.name == issuing_fields::Agency && field.type == "Sig" && !field.hasValue) {
            prepared = field;
        }
    }
    return prepared;
}

/** The day, month and year as Phụ lục I writes them: day and months 1 and 2 with a leading zero. */
QString dayText(const QDate& date)
{
    return QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
}

QString monthText(const QDate& date)
{
    return date.month() <= 2 ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                             : QString::number(date.month());
}

/** Adds to @p request the empty issuing fields for an unsigned document whose first page has the blanks. */
Result<bool> addIssuingFields(const QByteArray& pdf, const QList<FormFieldInfo>& existing, const PagePlacement& leader,
                              double sealDiameter, SignRequest& request)
{
    auto blanks = findIssuingBlanks(pdf);
    if (!blanks) {
        return blanks.error();
    }
    if (!blanks->any()) {
        return false;
    }
    for (const FormFieldInfo& field : existing) {
        if (field.name == issuing_fields::Agency || field.name == issuing_fields::Number) {
            return false; // prepared already
        }
    }
    QStringList locked;
    auto textField = [&](const QString& name, const std::optional<QRectF>& rect) {
        if (rect) {
            request.newFields.push_back({NewField::Kind::Text, name, blanks->pageIndex, *rect, {}});
            locked << name;
        }
    };
    textField(issuing_fields::Number, blanks->number);
    textField(issuing_fields::Day, blanks->day);
    textField(issuing_fields::Month, blanks->month);
    textField(issuing_fields::Year, blanks->year);
    request.newFields.push_back({NewField::Kind::Signature, issuing_fields::Agency, leader.pageIndex,
                                 sealOverLeaderSignature(leader.rect, sealDiameter), locked});
    request.fieldName = issuing_fields::Leader;
    return true;
}

/** Renders and adds the fills of the prepared number and date fields; checks the symbol against the document's. */
Result<void> addIssuingFills(const QByteArray& pdf, const QList<FormFieldInfo>& fields, const Nd30SignJob& job,
                             SignRequest& request)
{
    auto blanks = findIssuingBlanks(pdf);
    if (!blanks) {
        return blanks.error();
    }
    QString number = job.numberSymbol.trimmed();
    const qsizetype slash = number.indexOf(QLatin1Char('/'));
    if (slash > 0 && !blanks->symbol.isEmpty()) {
        const QString symbol = number.mid(slash);
        if (symbol != blanks->symbol) {
            return Error{ErrorCode::InvalidInput,
                         Nd30SignatureText::tr("The symbol %1 differs from the one printed on the document (%2).")
                             .arg(symbol.mid(1), blanks->symbol.mid(1)),
                         QString()};
        }
        number = number.left(slash);
    }
    bool isNumeric = false;
    const int value = number.toInt(&isNumeric);
    if (isNumeric && value > 0 && value < 10) {
        number = QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); // "05", Phụ lục I II.3
    }
    const std::vector<std::tuple<QString, QString, bool>> wanted{
        {issuing_fields::Number, number, false},
        {issuing_fields::Day, dayText(job.issuingDate), true},
        {issuing_fields::Month, monthText(job.issuingDate), true},
        {issuing_fields::Year, QString::number(job.issuingDate.year()), true},
    };
    for (const auto& [name, text, italic] : wanted) {
        const auto field = std::find_if(fields.begin(), fields.end(), [&fieldName = name](const FormFieldInfo& info) {
            return info.name == fieldName;
        });
        if (field == fields.end()) {
            continue; // that part is printed on the document already
        }
        if (field->hasValue) {
            return Error{ErrorCode::Conflict,
                         Nd30SignatureText::tr("The document has been issued already (its number or date is filled)."),
                         name};
        }
        auto appearance = job.renderer->fieldTextAppearance(text, field->rect.size(), italic);
        if (!appearance) {
            return appearance.error();
        }
        request.fills.push_back({name, text, std::move(*appearance)});
    }
    return {};
}

} // namespace

Result<PagePlacement> nd30Placement(const Nd30SignJob& job, const QByteArray& pdf)
{
    if (auto drawable = checkRenderer(job); !drawable) {
        return drawable.error();
    }
    auto fields = formFields(pdf);
    if (!fields) {
        return fields.error();
    }
    const QDateTime time =
        job.request.signingTime.isValid() ? job.request.signingTime : QDateTime::currentDateTimeUtc();
    return placeAppearance(job, pdf, *fields, preparedAgencyField(*fields), attachmentText(job, time));
}

Result<Nd30Signed> signNd30(const QByteArray& pdf, SigningKey& key, const Nd30SignJob& job,
                            const InputDigest& inputDigest)
{
    if (auto drawable = checkRenderer(job); !drawable) {
        return drawable.error();
    }
    SignRequest request = job.request;
    if (!request.signingTime.isValid()) {
        request.signingTime = QDateTime::currentDateTimeUtc();
    }
    // The time in the appearance and in /M are the same second.
    request.signingTime = request.signingTime.addMSecs(-request.signingTime.time().msec());

    auto fields = formFields(pdf);
    if (!fields) {
        return fields.error();
    }
    const bool unsigned_ = std::none_of(fields->begin(), fields->end(), [](const FormFieldInfo& field) {
        return field.type == "Sig" && field.hasValue;
    });
    bool preparedIssuing = false;
    const std::optional<FormFieldInfo> preparedAgency = preparedAgencyField(*fields);
    const bool issuing = job.issuingDate.isValid();
    if (issuing) {
        const bool sealedAlready = std::any_of(fields->begin(), fields->end(), [](const FormFieldInfo& field) {
            return field.name == issuing_fields::Agency && field.type == "Sig" && field.hasValue;
        });
        if (sealedAlready) {
            return Error{ErrorCode::Conflict,
                         Nd30SignatureText::tr("The document has been issued already (it carries the agency "
                                               "signature)."),
                         QStringLiteral("%1 signed").arg(issuing_fields::Agency)};
        }
        if (job.appearance != AppearanceKind::Agency || !preparedAgency) {
            return Error{
                ErrorCode::Unsupported,
                Nd30SignatureText::tr("This document was signed without the prepared number and date fields, so "
                                      "a number and date added now would make strict validators reject the "
                                      "leader's signature. Ask for the document to be signed again with VanThu, "
                                      "or issue it on paper."),
                QStringLiteral("no prepared %1 field").arg(issuing_fields::Agency)};
        }
        if (job.numberSymbol.isEmpty()) {
            return Error{ErrorCode::InvalidInput, Nd30SignatureText::tr("Issuing needs the number and symbol."),
                         QString()};
        }
        if (auto filled = addIssuingFills(pdf, *fields, job, request); !filled) {
            return filled.error();
        }
        request.preparedField = issuing_fields::Agency;
    } else if (preparedAgency && job.appearance == AppearanceKind::Agency) {
        return Error{ErrorCode::InvalidInput,
                     Nd30SignatureText::tr("The document is prepared for issuing: give its number and date, which are "
                                           "filled and sealed together."),
                     QString()};
    }

    if (job.appearance != AppearanceKind::None) {
        if ((job.appearance == AppearanceKind::Leader || job.appearance == AppearanceKind::Agency)
            && job.imageFile.isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         Nd30SignatureText::tr("This appearance needs an image (the signature or the seal, PNG)."),
                         QString()};
        }
        VisibleSignature visible;
        QString text;
        if (job.appearance == AppearanceKind::Attachment) {
            if (job.numberSymbol.isEmpty()) {
                return Error{ErrorCode::InvalidInput,
                             Nd30SignatureText::tr("The attachment signature needs the document's number and symbol."),
                             QString()};
            }
            text = attachmentText(job, request.signingTime);
        }
        auto placement = placeAppearance(job, pdf, *fields, preparedAgency, text);
        if (!placement) {
            return placement.error();
        }
        visible.pageIndex = placement->pageIndex;
        visible.rect = placement->rect;
        if (job.appearance == AppearanceKind::Leader && job.prepareIssuing && unsigned_) {
            auto added = addIssuingFields(pdf, *fields, PagePlacement{visible.pageIndex, visible.rect},
                                          millimetresToPoints(job.sealDiameterMillimetres), request);
            if (!added) {
                return added.error();
            }
            preparedIssuing = *added;
        }
        auto appearance = job.appearance == AppearanceKind::Attachment
                              ? job.renderer->attachmentTextAppearance(text, visible.rect.size())
                              : job.renderer->imageAppearance(job.imageFile, visible.rect.size());
        if (!appearance) {
            return appearance.error();
        }
        visible.appearancePdf = std::move(*appearance);
        request.visible = std::move(visible);
    }

    auto signedPdf =
        inputDigest ? PadesSigner::sign(pdf, key, request, inputDigest) : PadesSigner::sign(pdf, key, request);
    if (!signedPdf) {
        return signedPdf.error();
    }
    Nd30Signed result;
    result.pdf = std::move(*signedPdf);
    result.preparedIssuing = preparedIssuing;
    result.issued = issuing;
    if (request.visible) {
        result.pageIndex = request.visible->pageIndex;
        result.rect = request.visible->rect;
    }
    return result;
}

} // namespace vanthu::signing
