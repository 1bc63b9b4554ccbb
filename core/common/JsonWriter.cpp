// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/JsonWriter.h"

namespace vanthu {
namespace {

bool needsEscape(unsigned char byte)
{
    return byte < 0x20 || byte == '"' || byte == '\\';
}

void appendEscaped(QByteArray& out, QStringView text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    const auto* begin = reinterpret_cast<const unsigned char*>(utf8.constData());
    const auto* end = begin + utf8.size();
    const auto* run = begin;
    for (const auto* cursor = begin; cursor != end; ++cursor) {
        if (!needsEscape(*cursor)) {
            continue;
        }
        out.append(reinterpret_cast<const char*>(run), cursor - run);
        run = cursor + 1;
        switch (*cursor) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00");
            out.append(hex[*cursor >> 4]);
            out.append(hex[*cursor & 0xf]);
        }
        }
    }
    out.append(reinterpret_cast<const char*>(run), end - run);
    out.append('"');
}

} // namespace

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_firstInScope.isEmpty()) {
        if (!m_firstInScope.back()) {
            m_out.append(',');
        }
        m_firstInScope.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_firstInScope.append(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_firstInScope.removeLast();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_firstInScope.append(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_firstInScope.removeLast();
}

void JsonWriter::key(QStringView name)
{
    separate();
    appendEscaped(m_out, name);
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendEscaped(m_out, text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::nullValue()
{
    separate();
    m_out.append("null");
}

void JsonWriter::field(QStringView name, QStringView text)
{
    key(name);
    value(text);
}

void JsonWriter::field(QStringView name, qint64 number)
{
    key(name);
    value(number);
}

void JsonWriter::field(QStringView name, bool flag)
{
    key(name);
    value(flag);
}

void JsonWriter::nullableField(QStringView name, QStringView text)
{
    key(name);
    if (text.isEmpty()) {
        nullValue();
    } else {
        value(text);
    }
}

const QByteArray& JsonWriter::bytes() const
{
    return m_out;
}

} // namespace vanthu
