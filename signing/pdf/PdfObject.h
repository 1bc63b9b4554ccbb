// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <utility>
#include <variant>
#include <vector>

namespace vanthu::signing::pdf
{

/** An indirect reference "N G R". */
struct PdfRef
{
    int number = 0;
    int generation = 0;
    friend bool operator==(const PdfRef&, const PdfRef&) = default;
};

class PdfObject;

/** A dictionary keeps its keys in file order, so a rewritten object reads like its original. */
using PdfDictionary = std::vector<std::pair<QByteArray, PdfObject>>;
using PdfArray = std::vector<PdfObject>;

/**
 * One PDF value (ISO 32000-1 §7.3). Names are stored without the slash and with #xx escapes decoded; strings as
 * their decoded bytes; reals as their original text, so that re-serialising a parsed object does not change a number's
 * spelling. Streams are not values: an indirect object may carry stream data next to its dictionary (PdfIndirect).
 * A value holds only what its kind needs (48 bytes): a 2,000-page file is tens of thousands of them.
 */
class PdfObject
{
public:
    enum class Kind
    {
        Null,
        Boolean,
        Integer,
        Real,
        String,
        Name,
        Array,
        Dictionary,
        Reference,
    };

    PdfObject() = default;
    static PdfObject boolean(bool value);
    static PdfObject integer(qint64 value);
    static PdfObject real(QByteArray text);
    static PdfObject string(QByteArray bytes, bool hex = false);
    static PdfObject name(QByteArray name);
    static PdfObject array(PdfArray items = {});
    static PdfObject dictionary(PdfDictionary entries = {});
    static PdfObject reference(PdfRef ref);

    [[nodiscard]] Kind kind() const
    {
        return m_kind;
    }
    [[nodiscard]] bool isNull() const
    {
        return m_kind == Kind::Null;
    }
    [[nodiscard]] bool isInteger() const
    {
        return m_kind == Kind::Integer;
    }
    [[nodiscard]] bool isNumber() const
    {
        return m_kind == Kind::Integer || m_kind == Kind::Real;
    }
    [[nodiscard]] bool isName() const
    {
        return m_kind == Kind::Name;
    }
    [[nodiscard]] bool isName(const char* name) const;
    [[nodiscard]] bool isString() const
    {
        return m_kind == Kind::String;
    }
    [[nodiscard]] bool isArray() const
    {
        return m_kind == Kind::Array;
    }
    [[nodiscard]] bool isDictionary() const
    {
        return m_kind == Kind::Dictionary;
    }
    [[nodiscard]] bool isReference() const
    {
        return m_kind == Kind::Reference;
    }

    [[nodiscard]] bool booleanValue() const
    {
        return m_kind != Kind::Reference && m_integer != 0;
    }
    [[nodiscard]] qint64 integerValue() const
    {
        return m_kind == Kind::Reference ? 0 : m_integer;
    }
    /** Integer or real as a double; 0 for anything else. */
    [[nodiscard]] double numberValue() const;
    /** String bytes, name without slash, or real text. */
    [[nodiscard]] const QByteArray& bytes() const;
    [[nodiscard]] bool isHexString() const
    {
        return m_hex;
    }
    [[nodiscard]] PdfRef referenceValue() const
    {
        if (m_kind != Kind::Reference) {
            return {};
        }
        return PdfRef{static_cast<int>(static_cast<quint32>(m_integer & 0xffffffff)),
                      static_cast<int>(m_integer >> 32)};
    }

    [[nodiscard]] const PdfArray& arrayItems() const;
    [[nodiscard]] PdfArray& arrayItems();
    [[nodiscard]] const PdfDictionary& entries() const;
    [[nodiscard]] PdfDictionary& entries();

    /** The value for @p key in a dictionary, or nullptr (also when this is not a dictionary). */
    [[nodiscard]] const PdfObject* find(const char* key) const;
    [[nodiscard]] PdfObject* find(const char* key);
    /** Sets @p key in a dictionary, replacing an existing value in place or appending. */
    void set(const QByteArray& key, PdfObject value);
    void remove(const char* key);

private:
    Kind m_kind = Kind::Null;
    bool m_hex = false;
    /** Boolean and Integer: the value; Reference: the generation in the high 32 bits, the number in the low ones. */
    qint64 m_integer = 0;
    std::variant<std::monostate, QByteArray, PdfArray, PdfDictionary> m_payload;
};

/** Writes @p object in PDF syntax (compact: one space between tokens where needed). */
void serialize(const PdfObject& object, QByteArray& out);
[[nodiscard]] QByteArray serialize(const PdfObject& object);

} // namespace vanthu::signing::pdf
