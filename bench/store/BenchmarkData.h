// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RegistrationRequests.h"

#include <QList>
#include <QStringList>

namespace vanthu::bench
{

/** Deterministic, realistic register traffic: agencies, subjects, numbers and people as a Hà Nội agency sees. */
class BenchmarkData final
{
public:
    explicit BenchmarkData(quint32 seed);

    /** The next @p count documents in registration order; @p incoming tells which register each belongs to. */
    void next(int count, QList<core::IncomingRequest>& incoming, QList<core::OutgoingRequest>& outgoing,
              const QDate& day);

    /** 100 searches a clerk would type: half with diacritics, half without, some numbers and some filters. */
    [[nodiscard]] static QStringList searches();

private:
    quint32 m_state;
    QHash<QString, int> m_senderNumbers;
    [[nodiscard]] quint32 random(quint32 bound);
};

} // namespace vanthu::bench
