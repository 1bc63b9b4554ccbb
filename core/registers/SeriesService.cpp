// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/SeriesService.h"

#include "common/TextNormalize.h"
#include "core/Workspace.h"
#include "core/domain/FieldLimits.h"
#include "core/registers/DocumentJson.h"
#include "core/store/AuditRepository.h"
#include "core/store/SeriesRepository.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>

namespace vanthu::core
{
namespace
{

struct SeriesServiceText
{
    Q_DECLARE_TR_FUNCTIONS(SeriesServiceText)
};

std::optional<NumberingSeries> findByCode(const QList<NumberingSeries>& all, const QString& code)
{
    const QString wanted = code.trimmed().toUpper();
    for (const NumberingSeries& series : all) {
        if (series.code == wanted) {
            return series;
        }
    }
    return std::nullopt;
}

Error notFitting(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message, QStringLiteral("series does not fit")};
}

} // namespace

SeriesService::SeriesService(Workspace& workspace) : m_workspace(workspace)
{
}

Result<QList<NumberingSeries>> SeriesService::list()
{
    return SeriesRepository(m_workspace.database()).all();
}

Result<QList<NumberingSeries>> SeriesService::cachedList()
{
    if (!m_cache) {
        auto all = SeriesRepository(m_workspace.database()).all();
        if (!all) {
            return all.error();
        }
        m_cache = *all;
    }
    return *m_cache;
}

Result<NumberingSeries> SeriesService::validated(const NumberingSeries& draft)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]*$"));
    NumberingSeries series = draft;
    series.code = normalizedLine(draft.code).toUpper();
    series.name = normalizedLine(draft.name);
    series.issuerAbbreviation = normalizedLine(draft.issuerAbbreviation);
    if (auto checked = checkField(Field::SeriesCode, series.code, true); !checked) {
        return checked.error();
    }
    if (!codePattern.match(series.code).hasMatch()) {
        return Error{ErrorCode::InvalidInput,
                     SeriesServiceText::tr("A series code uses only the letters A–Z, digits and \"-\" (for example "
                                           "QPPL-QD)."),
                     QStringLiteral("bad series code")};
    }
    if (auto checked = checkField(Field::SeriesName, series.name, true); !checked) {
        return checked.error();
    }
    if (auto checked = checkField(Field::UnitAbbreviation, series.issuerAbbreviation); !checked) {
        return checked.error();
    }
    QStringList keys;
    for (const QString& text : draft.typeKeys) {
        auto type = DocumentTypes::resolve(text);
        if (!type) {
            return type.error();
        }
        if (!keys.contains((*type)->key)) {
            keys.append((*type)->key);
        }
    }
    series.typeKeys = keys;
    if (series.scope == SeriesScope::Types && keys.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     SeriesServiceText::tr("A series for particular types needs the list of those types."),
                     QStringLiteral("types scope without types")};
    }
    if (series.scope != SeriesScope::Types && !keys.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     SeriesServiceText::tr("Only a series of scope \"types\" takes a list of document types."),
                     QStringLiteral("types given for another scope")};
    }
    if (series.legalNormative && (series.scope != SeriesScope::Types || series.direction != Direction::Outgoing)) {
        return Error{ErrorCode::InvalidInput,
                     SeriesServiceText::tr("A series for legal normative documents must be an outgoing series of "
                                           "scope \"types\" (one series per type)."),
                     QStringLiteral("legal normative misuse")};
    }
    if (series.scope == SeriesScope::Copies && series.direction != Direction::Outgoing) {
        return Error{ErrorCode::InvalidInput, SeriesServiceText::tr("Only outgoing series can number copies."),
                     QStringLiteral("incoming copies series")};
    }
    if (series.direction == Direction::Incoming && series.scope == SeriesScope::Types) {
        return Error{ErrorCode::InvalidInput,
                     SeriesServiceText::tr("Arrival numbers run in one series per year for all types (Decree "
                                           "30/2020, Article 22); only a separate secret register is allowed."),
                     QStringLiteral("incoming types series")};
    }
    return series;
}

Result<NumberingSeries> SeriesService::add(const NumberingSeries& draft)
{
    auto transaction = WriteTransaction::begin(m_workspace.database());
    if (!transaction) {
        return transaction.error();
    }
    auto added = addInTransaction(draft);
    if (!added) {
        return added.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return added;
}

Result<NumberingSeries> SeriesService::addInTransaction(const NumberingSeries& draft)
{
    auto series = validated(draft);
    if (!series) {
        return series.error();
    }
    SeriesRepository repository(m_workspace.database());
    auto existing = repository.all();
    if (!existing) {
        return existing.error();
    }
    for (const NumberingSeries& other : *existing) {
        if (other.code == series->code) {
            return Error{ErrorCode::Conflict,
                         SeriesServiceText::tr("A series with the code %1 already exists.").arg(series->code),
                         QStringLiteral("series code taken")};
        }
        const bool singleScope = series->scope != SeriesScope::Types;
        if (singleScope && other.direction == series->direction && other.scope == series->scope) {
            return Error{ErrorCode::Conflict,
                         SeriesServiceText::tr("The series %1 already has the scope \"%2\" for this register.")
                             .arg(other.code, seriesScopeKey(other.scope)),
                         QStringLiteral("second series of a single scope")};
        }
        if (series->scope == SeriesScope::Types && other.scope == SeriesScope::Types
            && other.direction == series->direction && other.legalNormative == series->legalNormative) {
            for (const QString& key : series->typeKeys) {
                if (other.typeKeys.contains(key)) {
                    return Error{ErrorCode::Conflict,
                                 SeriesServiceText::tr("The type %1 is already numbered in the series %2.")
                                     .arg(DocumentTypes::byKey(key)->name, other.code),
                                 QStringLiteral("type in two series")};
                }
            }
        }
    }
    const QDateTime now = m_workspace.clock().now();
    auto id = repository.insert(*series, now);
    if (!id) {
        return id.error();
    }
    series->id = *id;
    m_cache.reset();
    const AuditRecord record{QStringLiteral("series.create"), QStringLiteral("series"), QString::number(*id),
                             QString::fromUtf8(QJsonDocument(seriesToJson(*series)).toJson(QJsonDocument::Compact))};
    if (auto audited = AuditRepository(m_workspace.database()).append(record, m_workspace.actor(), now); !audited) {
        return audited.error();
    }
    return series;
}

Result<void> SeriesService::checkFits(const NumberingSeries& series, const DocumentType* type, bool legalNormative,
                                      Secrecy secrecy)
{
    const bool secret = secrecy != Secrecy::None;
    if (secret != (series.scope == SeriesScope::Secret)) {
        return notFitting(secret
                              ? SeriesServiceText::tr("A secret document is numbered in the secret series, not in "
                                                      "%1 (Decree 30/2020, Article 15).")
                                    .arg(series.code)
                              : SeriesServiceText::tr("The series %1 is for secret documents only.").arg(series.code));
    }
    if (!type) {
        return {};
    }
    const bool copy = type->kind == DocumentKind::Copy;
    if (!secret && copy != (series.scope == SeriesScope::Copies)) {
        return notFitting(
            copy ? SeriesServiceText::tr("Copies are numbered in the copies series, not in %1.").arg(series.code)
                 : SeriesServiceText::tr("The series %1 numbers copies only.").arg(series.code));
    }
    if (series.scope == SeriesScope::Types
        && (!series.typeKeys.contains(type->key) || series.legalNormative != legalNormative)) {
        return notFitting(
            SeriesServiceText::tr("The series %1 does not number this kind of document.").arg(series.code));
    }
    return {};
}

Result<NumberingSeries> SeriesService::forIncoming(const QString& code, Secrecy secrecy)
{
    auto all = cachedList();
    if (!all) {
        return all.error();
    }
    if (!code.trimmed().isEmpty()) {
        const auto series = findByCode(*all, code);
        if (!series || series->direction != Direction::Incoming) {
            return Error{ErrorCode::NotFound,
                         SeriesServiceText::tr("There is no incoming register with the code %1.").arg(code),
                         QStringLiteral("incoming series not found")};
        }
        if (auto fits = checkFits(*series, nullptr, false, secrecy); !fits) {
            return fits.error();
        }
        return *series;
    }
    const SeriesScope wanted = secrecy != Secrecy::None ? SeriesScope::Secret : SeriesScope::General;
    for (const NumberingSeries& series : *all) {
        if (series.direction == Direction::Incoming && series.scope == wanted) {
            return series;
        }
    }
    return Error{ErrorCode::NotFound,
                 wanted == SeriesScope::Secret
                     ? SeriesServiceText::tr("There is no register for secret incoming documents. Add one first.")
                     : SeriesServiceText::tr("There is no incoming register. Initialise the workspace first."),
                 QStringLiteral("no incoming series for scope")};
}

Result<NumberingSeries> SeriesService::forOutgoing(const QString& code, const DocumentType& type, bool legalNormative,
                                                   Secrecy secrecy)
{
    auto all = cachedList();
    if (!all) {
        return all.error();
    }
    if (!code.trimmed().isEmpty()) {
        const auto series = findByCode(*all, code);
        if (!series || series->direction != Direction::Outgoing) {
            return Error{ErrorCode::NotFound,
                         SeriesServiceText::tr("There is no outgoing series with the code %1.").arg(code),
                         QStringLiteral("outgoing series not found")};
        }
        if (auto fits = checkFits(*series, &type, legalNormative, secrecy); !fits) {
            return fits.error();
        }
        return *series;
    }
    auto first = [&](const std::function<bool(const NumberingSeries&)>& matches) -> const NumberingSeries* {
        for (const NumberingSeries& series : *all) {
            if (series.direction == Direction::Outgoing && matches(series)) {
                return &series;
            }
        }
        return nullptr;
    };
    const NumberingSeries* chosen = nullptr;
    if (secrecy != Secrecy::None) {
        chosen = first([](const NumberingSeries& series) { return series.scope == SeriesScope::Secret; });
    } else if (type.kind == DocumentKind::Copy) {
        chosen = first([](const NumberingSeries& series) { return series.scope == SeriesScope::Copies; });
    } else {
        chosen = first([&](const NumberingSeries& series) {
            return series.scope == SeriesScope::Types && series.typeKeys.contains(type.key)
                   && series.legalNormative == legalNormative;
        });
        if (!chosen && !legalNormative) {
            chosen = first([](const NumberingSeries& series) { return series.scope == SeriesScope::General; });
        }
    }
    if (!chosen) {
        return Error{ErrorCode::NotFound,
                     legalNormative
                         ? SeriesServiceText::tr("No numbering series is configured for legal normative documents of "
                                                 "the type %1. Add one (one series per type).")
                               .arg(type.name)
                         : SeriesServiceText::tr("No numbering series fits this document. Configure the series of "
                                                 "the agency first."),
                     QStringLiteral("no outgoing series fits")};
    }
    return *chosen;
}

} // namespace vanthu::core
