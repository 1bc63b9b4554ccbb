// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/AlgorithmPolicy.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <openssl/evp.h>
#include <openssl/objects.h>

#include <array>
#include <climits>

namespace vanthu::signing::verify
{
namespace
{

struct AlgorithmPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(AlgorithmPolicyText)
};

enum class Limit
{
    None,    ///< acceptable
    CutOff,  ///< acceptable for what a proof of existence places before the cut-off
    Refused, ///< never acceptable
};

struct PolicyRow
{
    const char* algorithm; ///< digest name as digestRule() takes it, or key family as keyRule() takes it
    int minimumBits;       ///< key rows: the row applies from this size (inclusive) ...
    int belowBits;         ///< ... to this one (exclusive); digests: 0 and 0
    Limit limit;
    int cutOffYear; ///< the first day on which the row's algorithm is no longer accepted (UTC) ...
    int cutOffMonth;
    int cutOffDay;
    const char* description;
    const char* source;
};

// The one algorithm table (issue 12, decision 45). Cut-offs follow ETSI TS 119 312: the end dates of V1.5.1's
// machine-readable suite (a "legacy" suite ending with 2028 is accepted before 1 January 2029) and, for algorithms it
// no longer lists, the discontinuation dates of V2.1.1 Annex D. A signature is accepted when the validation time is
// before the cut-off, or when a proof of existence (a timestamp) places it there. Anything not listed is refused.
constexpr std::array<PolicyRow, 21> policy{{
    {"MD5", 0, 0, Limit::Refused, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "MD5"),
     QT_TRANSLATE_NOOP("AlgorithmPolicyText",
                       "collisions are practical (RFC 6151); neither ETSI TS 119 312 nor SOG-IS list it")},
    {"SHA-1", 0, 0, Limit::CutOff, 2012, 8, 1, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "SHA-1 in signatures"),
     "ETSI TS 119 312 V2.1.1 Annex D"},
    {"SHA-224", 0, 0, Limit::CutOff, 2029, 1, 1, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "SHA-224"),
     QT_TRANSLATE_NOOP("AlgorithmPolicyText", "ETSI TS 119 312 V1.5.1 (legacy)")},
    {"SHA-256", 0, 0, Limit::None, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "SHA-256"),
     "ETSI TS 119 312 V1.5.1, SOG-IS ACM"},
    {"SHA-384", 0, 0, Limit::None, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "SHA-384"),
     "ETSI TS 119 312 V1.5.1, SOG-IS ACM"},
    {"SHA-512", 0, 0, Limit::None, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "SHA-512"),
     "ETSI TS 119 312 V1.5.1, SOG-IS ACM"},
    {"SHA3-256", 0, 0, Limit::None, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "SHA3-256"),
     "ETSI TS 119 312 V1.5.1, SOG-IS ACM"},
    {"SHA3-384", 0, 0, Limit::None, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "SHA3-384"),
     "ETSI TS 119 312 V1.5.1, SOG-IS ACM"},
    {"SHA3-512", 0, 0, Limit::None, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "SHA3-512"),
     "ETSI TS 119 312 V1.5.1, SOG-IS ACM"},
    {"RSA", 0, 1024, Limit::CutOff, 2010, 8, 1, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "RSA below 1024 bits"),
     "ETSI TS 119 312 V2.1.1 Annex D"},
    {"RSA", 1024, 1900, Limit::CutOff, 2019, 10, 1, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "RSA below 1900 bits"),
     "ETSI TS 119 312 V2.1.1 Annex D"},
    {"RSA", 1900, 3000, Limit::CutOff, 2029, 1, 1, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "RSA of 1900 to 2999 bits"),
     QT_TRANSLATE_NOOP("AlgorithmPolicyText", "ETSI TS 119 312 V1.5.1 (legacy)")},
    {"RSA", 3000, INT_MAX, Limit::None, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "RSA of 3000 bits or more"),
     "ETSI TS 119 312 V1.5.1, SOG-IS ACM"},
    {"EC", 0, 224, Limit::CutOff, 2012, 8, 1,
     QT_TRANSLATE_NOOP("AlgorithmPolicyText", "elliptic curves below 224 bits"), "ETSI TS 119 312 V2.1.1 Annex D"},
    {"EC", 224, 256, Limit::CutOff, 2021, 10, 1,
     QT_TRANSLATE_NOOP("AlgorithmPolicyText", "elliptic curves below 256 bits"), "ETSI TS 119 312 V2.1.1 Annex D"},
    {"EC", 256, INT_MAX, Limit::None, 0, 0, 0,
     QT_TRANSLATE_NOOP("AlgorithmPolicyText", "elliptic curves of 256 bits or more"),
     "ETSI TS 119 312 V1.5.1, SOG-IS ACM"},
    {"DSA", 0, 1900, Limit::CutOff, 2015, 12, 1, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "DSA below 1900 bits"),
     "ETSI TS 119 312 V2.1.1 Annex D"},
    {"DSA", 1900, 3000, Limit::CutOff, 2029, 1, 1, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "DSA of 1900 to 2999 bits"),
     QT_TRANSLATE_NOOP("AlgorithmPolicyText", "ETSI TS 119 312 V1.5.1 (legacy)")},
    {"DSA", 3000, INT_MAX, Limit::None, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "DSA of 3000 bits or more"),
     "ETSI TS 119 312 V1.5.1"},
    {"ED25519", 0, INT_MAX, Limit::None, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "Ed25519"),
     "ETSI TS 119 312 V2.1.1"},
    {"ED448", 0, INT_MAX, Limit::None, 0, 0, 0, QT_TRANSLATE_NOOP("AlgorithmPolicyText", "Ed448"),
     "ETSI TS 119 312 V2.1.1"},
}};

AlgorithmRule ruleOf(const PolicyRow& row)
{
    AlgorithmRule rule;
    rule.refused = row.limit == Limit::Refused;
    if (row.limit == Limit::CutOff) {
        rule.cutOff = QDate(row.cutOffYear, row.cutOffMonth, row.cutOffDay);
    }
    rule.description = QCoreApplication::translate("AlgorithmPolicyText", row.description);
    rule.source = QCoreApplication::translate("AlgorithmPolicyText", row.source);
    return rule;
}

AlgorithmRule unknownRule(const QString& algorithm)
{
    AlgorithmRule rule;
    rule.refused = true;
    rule.description = algorithm.isEmpty() ? AlgorithmPolicyText::tr("unknown algorithm") : algorithm;
    rule.source = AlgorithmPolicyText::tr("not in VanThu's policy table");
    return rule;
}

/** OpenSSL's names ("SHA256", "sha1", "SHA3-256") in the table's spelling ("SHA-256"). */
QString canonicalDigest(QString name)
{
    name = name.toUpper();
    if (name.startsWith(QLatin1String("SHA")) && !name.startsWith(QLatin1String("SHA-"))
        && !name.startsWith(QLatin1String("SHA3"))) {
        name.insert(3, QLatin1Char('-'));
    }
    return name;
}

} // namespace

AlgorithmRule digestRule(const QString& algorithm)
{
    const QString name = canonicalDigest(algorithm);
    for (const PolicyRow& row : policy) {
        if (row.belowBits == 0 && name == QLatin1String(row.algorithm)) {
            return ruleOf(row);
        }
    }
    return unknownRule(algorithm);
}

AlgorithmRule keyRule(const QString& algorithm, int bits)
{
    const QString family = algorithm.toUpper();
    for (const PolicyRow& row : policy) {
        if (row.belowBits != 0 && family == QLatin1String(row.algorithm) && bits >= row.minimumBits
            && bits < row.belowBits) {
            return ruleOf(row);
        }
    }
    return unknownRule(algorithm);
}

AlgorithmRule ruleFor(const AlgorithmUse& use)
{
    return use.keyBits == 0 ? digestRule(use.algorithm) : keyRule(use.algorithm, use.keyBits);
}

AlgorithmUse keyUse(const QString& what, EVP_PKEY* key)
{
    AlgorithmUse use;
    use.what = what;
    if (key == nullptr) {
        use.algorithm = QStringLiteral("unknown");
        use.keyBits = -1;
        return use;
    }
    use.keyBits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        use.algorithm = QStringLiteral("RSA");
        break;
    case EVP_PKEY_EC:
        use.algorithm = QStringLiteral("EC");
        break;
    case EVP_PKEY_DSA:
        use.algorithm = QStringLiteral("DSA");
        break;
    case EVP_PKEY_ED25519:
        use.algorithm = QStringLiteral("ED25519");
        break;
    case EVP_PKEY_ED448:
        use.algorithm = QStringLiteral("ED448");
        break;
    default:
        use.algorithm = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
    }
    return use;
}

AlgorithmUse digestUse(const QString& what, int digestNid)
{
    AlgorithmUse use;
    use.what = what;
    const char* name = digestNid == NID_undef ? nullptr : OBJ_nid2sn(digestNid);
    use.algorithm = name ? canonicalDigest(QString::fromLatin1(name)) : QStringLiteral("unknown");
    return use;
}

void judge(AlgorithmUse& use, const QDateTime& proofOfExistence, const QDateTime& validationTime)
{
    const AlgorithmRule rule = ruleFor(use);
    if (rule.refused) {
        use.acceptable = false;
        use.rule = AlgorithmPolicyText::tr("%1: refused (%2)").arg(rule.description, rule.source);
        return;
    }
    if (!rule.cutOff.isValid()) {
        use.acceptable = true;
        use.rule = AlgorithmPolicyText::tr("%1: accepted (%2)").arg(rule.description, rule.source);
        return;
    }
    const QDateTime cutOff(rule.cutOff, QTime(0, 0), QTimeZone::utc());
    const QDateTime now = validationTime.isValid() ? validationTime : QDateTime::currentDateTimeUtc();
    use.acceptable = now < cutOff || (proofOfExistence.isValid() && proofOfExistence < cutOff);
    use.rule = now < cutOff ? AlgorithmPolicyText::tr("%1: accepted until %2, a legacy suite (%3)")
                                  .arg(rule.description, rule.cutOff.addDays(-1).toString(Qt::ISODate), rule.source)
                            : AlgorithmPolicyText::tr("%1: accepted only before %2 (%3)")
                                  .arg(rule.description, rule.cutOff.toString(Qt::ISODate), rule.source);
}

} // namespace vanthu::signing::verify
