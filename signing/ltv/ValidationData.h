// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace vanthu::signing
{

/**
 * Long-term validation material, each item DER: certificates, OCSP responses (OCSPResponse) and CRLs. What a PDF's
 * Document Security Store holds (ISO 32000-2 §12.8.4.3), and what the LTV writer gathers to put there.
 */
struct ValidationData
{
    QList<QByteArray> certificates;
    QList<QByteArray> ocspResponses;
    QList<QByteArray> crls;

    [[nodiscard]] bool isEmpty() const
    {
        return certificates.isEmpty() && ocspResponses.isEmpty() && crls.isEmpty();
    }
    /** Adds what @p other has and this has not (byte-identical items are kept once). */
    void merge(const ValidationData& other)
    {
        auto add = [](QList<QByteArray>& into, const QList<QByteArray>& items) {
            for (const QByteArray& item : items) {
                if (!into.contains(item)) {
                    into.append(item);
                }
            }
        };
        add(certificates, other.certificates);
        add(ocspResponses, other.ocspResponses);
        add(crls, other.crls);
    }
};

} // namespace vanthu::signing
