// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <utility>
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
        return m_integer != 0;
    }
    [[nodiscard]] qint64 integerValue() const
    {
        return m_integer;
    }
    /** Integer or real as a double; 0 for anything else. */
    [[nodiscard]] double numberValue() const;
    /** String bytes, name without slash, or real text. */
    [[nodiscard]] const QByteArray& bytes() const
    {
        return m_bytes;
    }
    [[nodiscard]] bool isHexString() const
    {
        return m_hex;
    }
    [[nodiscard]] PdfRef referenceValue() const
    {
        return m_ref;
    }

    [[nodiscard]] const PdfArray& arrayItems() const
    {
        return m_array;
    }
    [[nodiscard]] PdfArray& arrayItems()
    {
        return m_array;
    }
    [[nodiscard]] const PdfDictionary& entries() const
    {
        return m_dictionary;
    }
    [[nodiscard]] PdfDictionary& entries()
    {
        return m_dictionary;
    }

    /** The value for @p key in a dictionary, or nullptr (also when this is not a dictionary). */
    [[nodiscard]] const PdfObject* find(const char* key) const;
    [[nodiscard]] PdfObject* find(const char* key);
    /** Sets @p key in a dictionary, replacing an existing value in place or appending. */
    void set(const QByteArray& key, PdfObject value);
    void remove(const char* key);

private:
    Kind m_kind = Kind::Null;
    bool m_hex = false;
    qint64 m_integer = 0;
    PdfRef m_ref;
    QByteArray m_bytes;
    PdfArray m_array;
    PdfDictionary m_dictionary;
};

/** Writes @p object in PDF syntax (compact: one space between tokens where needed). */
void serialize(const PdfObject& object, QByteArray& out);
[[nodiscard]] QByteArray serialize(const PdfObject& object);

} // namespace vanthu::signing::pdf
