// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdf/PdfObject.h"

#include <cstring>

namespace vanthu::signing::pdf
{

PdfObject PdfObject::boolean(bool value)
{
    PdfObject object;
    object.m_kind = Kind::Boolean;
    object.m_integer = value ? 1 : 0;
    return object;
}

PdfObject PdfObject::integer(qint64 value)
{
    PdfObject object;
    object.m_kind = Kind::Integer;
    object.m_integer = value;
    return object;
}

PdfObject PdfObject::real(QByteArray text)
{
    PdfObject object;
    object.m_kind = Kind::Real;
    object.m_payload = std::move(text);
    return object;
}

PdfObject PdfObject::string(QByteArray bytes, bool hex)
{
    PdfObject object;
    object.m_kind = Kind::String;
    object.m_payload = std::move(bytes);
    object.m_hex = hex;
    return object;
}

PdfObject PdfObject::name(QByteArray name)
{
    PdfObject object;
    object.m_kind = Kind::Name;
    object.m_payload = std::move(name);
    return object;
}

PdfObject PdfObject::array(PdfArray items)
{
    PdfObject object;
    object.m_kind = Kind::Array;
    object.m_payload = std::move(items);
    return object;
}

PdfObject PdfObject::dictionary(PdfDictionary entries)
{
    PdfObject object;
    object.m_kind = Kind::Dictionary;
    object.m_payload = std::move(entries);
    return object;
}

PdfObject PdfObject::reference(PdfRef ref)
{
    PdfObject object;
    object.m_kind = Kind::Reference;
    object.m_integer = (static_cast<qint64>(ref.generation) << 32) | static_cast<quint32>(ref.number);
    return object;
}

// A value of another kind reads as empty; a mutable container of another kind is made on first use and stays
// invisible to readers of the kind, as a set() on a non-dictionary always was.
namespace
{

template <typename Payload, typename Variant>
const Payload& heldOrEmpty(const Variant& payload)
{
    static const Payload none;
    const auto* held = std::get_if<Payload>(&payload);
    return held ? *held : none;
}

template <typename Payload, typename Variant>
Payload& heldOrMade(Variant& payload)
{
    auto* held = std::get_if<Payload>(&payload);
    return held ? *held : payload.template emplace<Payload>();
}

} // namespace

const QByteArray& PdfObject::bytes() const
{
    return heldOrEmpty<QByteArray>(m_payload);
}

const PdfArray& PdfObject::arrayItems() const
{
    return heldOrEmpty<PdfArray>(m_payload);
}

PdfArray& PdfObject::arrayItems()
{
    return heldOrMade<PdfArray>(m_payload);
}

const PdfDictionary& PdfObject::entries() const
{
    return heldOrEmpty<PdfDictionary>(m_payload);
}

PdfDictionary& PdfObject::entries()
{
    return heldOrMade<PdfDictionary>(m_payload);
}

bool PdfObject::isName(const char* name) const
{
    return m_kind == Kind::Name && bytes() == name;
}

double PdfObject::numberValue() const
{
    if (m_kind == Kind::Integer) {
        return static_cast<double>(m_integer);
    }
    if (m_kind == Kind::Real) {
        bool ok = false;
        const double value = bytes().toDouble(&ok);
        return ok ? value : 0.0;
    }
    return 0.0;
}

const PdfObject* PdfObject::find(const char* key) const
{
    if (m_kind != Kind::Dictionary) {
        return nullptr;
    }
    for (const auto& [name, value] : entries()) {
        if (name == key) {
            return &value;
        }
    }
    return nullptr;
}

PdfObject* PdfObject::find(const char* key)
{
    return const_cast<PdfObject*>(std::as_const(*this).find(key));
}

void PdfObject::set(const QByteArray& key, PdfObject value)
{
    PdfDictionary& dictionary = entries();
    for (auto& [name, existing] : dictionary) {
        if (name == key) {
            existing = std::move(value);
            return;
        }
    }
    dictionary.emplace_back(key, std::move(value));
}

void PdfObject::remove(const char* key)
{
    if (auto* dictionary = std::get_if<PdfDictionary>(&m_payload)) {
        std::erase_if(*dictionary, [key](const auto& entry) { return entry.first == key; });
    }
}

namespace
{

bool isRegularNameCharacter(unsigned char c)
{
    // Delimiters, whitespace, '#' and bytes outside printable ASCII are written as #xx (ISO 32000-1 §7.3.5).
    if (c <= 0x20 || c >= 0x7f || c == '#') {
        return false;
    }
    return std::strchr("()<>[]{}/%", c) == nullptr;
}

void writeName(const QByteArray& name, QByteArray& out)
{
    static const char hexDigits[] = "0123456789ABCDEF";
    out.append('/');
    for (const char character : name) {
        const auto c = static_cast<unsigned char>(character);
        if (isRegularNameCharacter(c)) {
            out.append(character);
        } else {
            out.append('#');
            out.append(hexDigits[c >> 4]);
            out.append(hexDigits[c & 0x0f]);
        }
    }
}

void writeLiteralString(const QByteArray& bytes, QByteArray& out)
{
    out.append('(');
    for (const char character : bytes) {
        switch (character) {
        case '(':
        case ')':
        case '\\':
            out.append('\\');
            out.append(character);
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\n':
            out.append("\\n");
            break;
        default:
            out.append(character);
        }
    }
    out.append(')');
}

bool needsSpaceBefore(const PdfObject& object)
{
    // Names, strings, arrays and dictionaries start with a delimiter; numbers, booleans, null and references do not.
    switch (object.kind()) {
    case PdfObject::Kind::Name:
    case PdfObject::Kind::String:
    case PdfObject::Kind::Array:
    case PdfObject::Kind::Dictionary:
        return false;
    default:
        return true;
    }
}

} // namespace

void serialize(const PdfObject& object, QByteArray& out)
{
    switch (object.kind()) {
    case PdfObject::Kind::Null:
        out.append("null");
        break;
    case PdfObject::Kind::Boolean:
        out.append(object.booleanValue() ? "true" : "false");
        break;
    case PdfObject::Kind::Integer:
        out.append(QByteArray::number(object.integerValue()));
        break;
    case PdfObject::Kind::Real:
        out.append(object.bytes());
        break;
    case PdfObject::Kind::String:
        if (object.isHexString()) {
            out.append('<').append(object.bytes().toHex().toUpper()).append('>');
        } else {
            writeLiteralString(object.bytes(), out);
        }
        break;
    case PdfObject::Kind::Name:
        writeName(object.bytes(), out);
        break;
    case PdfObject::Kind::Array: {
        out.append('[');
        bool first = true;
        for (const PdfObject& item : object.arrayItems()) {
            if (!first && needsSpaceBefore(item)) {
                out.append(' ');
            }
            serialize(item, out);
            first = false;
        }
        out.append(']');
        break;
    }
    case PdfObject::Kind::Dictionary:
        out.append("<<");
        for (const auto& [key, value] : object.entries()) {
            writeName(key, out);
            if (needsSpaceBefore(value)) {
                out.append(' ');
            }
            serialize(value, out);
        }
        out.append(">>");
        break;
    case PdfObject::Kind::Reference:
        out.append(QByteArray::number(object.referenceValue().number))
            .append(' ')
            .append(QByteArray::number(object.referenceValue().generation))
            .append(" R");
        break;
    }
}

QByteArray serialize(const PdfObject& object)
{
    QByteArray out;
    serialize(object, out);
    return out;
}

} // namespace vanthu::signing::pdf
