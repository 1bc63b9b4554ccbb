// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/JsonWriter.h"

namespace vanthu
{
namespace
{

// Encodes UTF-16 as UTF-8 straight into the output, escaping as RFC 8259 requires; no intermediate buffers.
void appendEscaped(QByteArray& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out.reserve(out.size() + text.size() + 2);
    out.append('"');
    const char16_t* cursor = text.utf16();
    const char16_t* const end = cursor + text.size();
    while (cursor != end) {
        char32_t code = *cursor++;
        if (QChar::isHighSurrogate(code) && cursor != end && QChar::isLowSurrogate(*cursor)) {
            code = QChar::surrogateToUcs4(static_cast<char16_t>(code), *cursor++);
        } else if (QChar::isSurrogate(code)) {
            code = 0xFFFD; // a lone surrogate cannot be encoded
        }
        if (code < 0x80) {
            switch (code) {
            case u'"':
                out.append("\\\"");
                break;
            case u'\\':
                out.append("\\\\");
                break;
            case u'\n':
                out.append("\\n");
                break;
            case u'\r':
                out.append("\\r");
                break;
            case u'\t':
                out.append("\\t");
                break;
            default:
                if (code < 0x20) {
                    out.append("\\u00");
                    out.append(hex[code >> 4]);
                    out.append(hex[code & 0xf]);
                } else {
                    out.append(static_cast<char>(code));
                }
            }
        } else if (code < 0x800) {
            out.append(static_cast<char>(0xC0 | (code >> 6)));
            out.append(static_cast<char>(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            out.append(static_cast<char>(0xE0 | (code >> 12)));
            out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
            out.append(static_cast<char>(0x80 | (code & 0x3F)));
        } else {
            out.append(static_cast<char>(0xF0 | (code >> 18)));
            out.append(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
            out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
            out.append(static_cast<char>(0x80 | (code & 0x3F)));
        }
    }
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
