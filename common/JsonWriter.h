// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace vanthu
{

/**
 * Writes compact JSON (RFC 8259) straight into UTF-8 bytes, keys in the order written. The audit trail writes one
 * full record per registration; building it through QJsonObject cost more than all the SQL of a registration.
 */
class JsonWriter final
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /** Starts a member of the current object; the value follows. */
    void key(QStringView name);

    void value(QStringView text);
    void value(qint64 number);
    void value(bool flag);
    void nullValue();

    /** Shorthands for a member: key then value. */
    void field(QStringView name, QStringView text);
    void field(QStringView name, qint64 number);
    void field(QStringView name, bool flag);
    /** The text, or null when it is empty. */
    void nullableField(QStringView name, QStringView text);

    [[nodiscard]] const QByteArray& bytes() const;

private:
    void separate();

    QByteArray m_out;
    QList<bool> m_firstInScope;
    bool m_afterKey = false;
};

} // namespace vanthu
