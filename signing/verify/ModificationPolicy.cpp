// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/ModificationPolicy.h"

#include "signing/pades/PdfText.h"
#include "signing/pdf/FieldTree.h"

#include <QCoreApplication>

namespace vanthu::signing::verify
{
using namespace pdf;

namespace
{

struct ModificationPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(ModificationPolicyText)
};

PdfObject resolved(PdfFile& file, const PdfObject* value)
{
    if (!value) {
        return {};
    }
    auto result = file.resolve(*value);
    return result ? std::move(*result) : PdfObject();
}

/** A FieldMDP lock from a TransformParams or SigFieldLock dictionary; nullopt when it names no valid action. */
std::optional<FieldLock> lockFrom(PdfFile& file, const PdfObject& parameters)
{
    const PdfObject* action = parameters.find("Action");
    FieldLock lock;
    if (action && action->isName("All")) {
        lock.action = FieldLock::Action::All;
    } else if (action && action->isName("Include")) {
        lock.action = FieldLock::Action::Include;
    } else if (action && action->isName("Exclude")) {
        lock.action = FieldLock::Action::Exclude;
    } else {
        return std::nullopt;
    }
    const PdfObject fields = resolved(file, parameters.find("Fields"));
    for (const PdfObject& name : fields.arrayItems()) {
        if (name.isString()) {
            lock.fields.append(fromTextString(name.bytes()));
        }
    }
    return lock;
}

bool names(const QStringList& fields, const QString& field)
{
    return std::any_of(fields.begin(), fields.end(), [&field](const QString& locked) {
        return field == locked || field.startsWith(locked + QLatin1Char('.')); // a locked field locks its kids
    });
}

bool locks(const FieldLock& lock, const QString& field)
{
    switch (lock.action) {
    case FieldLock::Action::All:
        return true;
    case FieldLock::Action::Include:
        return names(lock.fields, field);
    case FieldLock::Action::Exclude:
        break;
    }
    return !names(lock.fields, field);
}

QString permissionWords(int docMdp)
{
    switch (docMdp) {
    case 1:
        return ModificationPolicyText::tr("no changes");
    case 2:
        return ModificationPolicyText::tr("form filling and signing");
    default:
        break;
    }
    return ModificationPolicyText::tr("form filling, signing and annotations");
}

QString levelWords(ModificationLevel level)
{
    switch (level) {
    case ModificationLevel::None:
        return ModificationPolicyText::tr("no changes");
    case ModificationLevel::LtaUpdates:
        return ModificationPolicyText::tr("long-term validation data");
    case ModificationLevel::FormFilling:
        return ModificationPolicyText::tr("form filling and signing");
    case ModificationLevel::Annotations:
        return ModificationPolicyText::tr("annotations");
    case ModificationLevel::Other:
        break;
    }
    return ModificationPolicyText::tr("changes no signature allows");
}

Finding finding(const char* code, const QString& message)
{
    return Finding{QString::fromLatin1(code), message};
}

} // namespace

SignaturePermissions readPermissions(PdfFile& file, const LocatedSignature& signature)
{
    SignaturePermissions permissions;
    const PdfObject references = resolved(file, signature.dictionary.find("Reference"));
    for (const PdfObject& item : references.arrayItems()) {
        const PdfObject reference = resolved(file, &item);
        const PdfObject* method = reference.find("TransformMethod");
        const PdfObject parameters = resolved(file, reference.find("TransformParams"));
        if (method && method->isName("DocMDP")) {
            permissions.certification = true;
            ++permissions.docMdpReferences;
            const PdfObject* p = parameters.find("P");
            // A /P the standard does not define gets the strictest reading.
            permissions.docMdp = !p ? 2
                                 : p->isInteger() && p->integerValue() >= 1 && p->integerValue() <= 3
                                     ? static_cast<int>(p->integerValue())
                                     : 1;
        } else if (method && method->isName("FieldMDP")) {
            if (auto lock = lockFrom(file, parameters)) {
                permissions.referenceLock = lock;
                permissions.locks.push_back(std::move(*lock));
            }
        }
    }
    if (auto catalogRef = file.catalogRef()) {
        auto catalog = file.object(*catalogRef);
        const PdfObject perms = catalog ? resolved(file, catalog->find("Perms")) : PdfObject();
        const PdfObject* docMdp = perms.find("DocMDP");
        if (docMdp && docMdp->isReference() && docMdp->referenceValue().number == signature.dictionaryNumber) {
            permissions.certification = true;
        }
    }
    walkFields(file, acroFormFields(file), [&](const FieldNode& node) {
        const PdfObject* value = node.dictionary.find("V");
        const bool direct = value && value->isDictionary() && node.reference.isReference()
                            && -node.reference.referenceValue().number == signature.dictionaryNumber;
        if (direct || (value && value->isReference() && value->referenceValue().number == signature.dictionaryNumber)) {
            const PdfObject lockDictionary = resolved(file, node.dictionary.find("Lock"));
            if (auto lock = lockFrom(file, lockDictionary)) {
                permissions.fieldLock = lock;
                permissions.locks.push_back(std::move(*lock));
            }
            if (const PdfObject* p = lockDictionary.find("P"); p && p->isInteger()) {
                permissions.lockPermission =
                    p->integerValue() >= 1 && p->integerValue() <= 3 ? static_cast<int>(p->integerValue()) : 1;
            }
        }
    });
    return permissions;
}

PolicyResult applyPolicy(const SignaturePermissions& permissions, const ChangeReport& changes)
{
    PolicyResult result;
    const ModificationLevel level = changes.level;
    result.allowed = level != ModificationLevel::Other;
    if (permissions.certification) {
        const int p = permissions.docMdp;
        result.findings.append(finding("certified", ModificationPolicyText::tr("This is a certification signature "
                                                                               "(P=%1): it allows %2 afterwards.")
                                                        .arg(p)
                                                        .arg(permissionWords(p))));
        const ModificationLevel allowed = p == 1   ? ModificationLevel::LtaUpdates
                                          : p == 2 ? ModificationLevel::FormFilling
                                                   : ModificationLevel::Annotations;
        if (level == ModificationLevel::Other || level > allowed) {
            result.allowed = false;
            result.findings.append(
                finding("docmdp-violated", ModificationPolicyText::tr("The certification (P=%1) allows %2, but the "
                                                                      "document was changed after it: %3.")
                                               .arg(p)
                                               .arg(permissionWords(p), levelWords(level))));
        } else if (changes.visibleSignatureFieldAdded) {
            result.allowed = false;
            result.findings.append(
                finding("sneaky-signature", ModificationPolicyText::tr("A new visible signature field was added after "
                                                                       "certification; its appearance can show "
                                                                       "anything over the page.")));
            result.findings.append(
                finding("docmdp-violated",
                        ModificationPolicyText::tr("The certification (P=%1) allows %2, but the "
                                                   "document was changed after it: %3.")
                            .arg(p)
                            .arg(permissionWords(p), ModificationPolicyText::tr("a new visible signature field"))));
        } else if (level != ModificationLevel::None) {
            result.findings.append(
                finding("docmdp-respected", ModificationPolicyText::tr("The changes after certification stay within "
                                                                       "what it allows (P=%1).")
                                                .arg(p)));
        }
    }
    // Removing an annotation uncovers what it hid (Shadow Hide): only a P=3 certification allows it.
    if (changes.annotationRemoved && !(permissions.certification && permissions.docMdp == 3)) {
        result.allowed = false;
        result.findings.append(finding("annotation-removal-not-allowed",
                                       ModificationPolicyText::tr("An annotation was removed after this signature; "
                                                                  "only a certification that allows annotations "
                                                                  "(P=3) permits that.")));
    }
    if (!permissions.certification && level == ModificationLevel::Annotations) {
        result.findings.append(finding("annotations-after-signing",
                                       ModificationPolicyText::tr("Annotations were added or changed after this "
                                                                  "signature; they are not part of what was signed, "
                                                                  "so check what they show.")));
    }
    for (const QString& field : changes.changedFields) {
        const bool locked = std::any_of(permissions.locks.begin(), permissions.locks.end(),
                                        [&field](const FieldLock& lock) { return locks(lock, field); });
        if (locked) {
            result.allowed = false;
            result.findings.append(
                finding("fieldmdp-violated", ModificationPolicyText::tr("The field \"%1\", locked by this signature, "
                                                                        "was changed afterwards.")
                                                 .arg(field)));
        }
    }
    return result;
}

namespace
{

bool sameLock(const FieldLock& a, const FieldLock& b)
{
    if (a.action != b.action) {
        return false;
    }
    QStringList left = a.fields;
    QStringList right = b.fields;
    left.sort();
    right.sort();
    return a.action == FieldLock::Action::All || left == right;
}

void lower(SignatureReport& report, const char* code, const QString& message)
{
    report.findings.append(finding(code, message));
    if (report.indication == Indication::TotalPassed) {
        report.indication = Indication::Indeterminate;
        report.subIndication = SubIndication::SigConstraintsFailure;
    }
}

ModificationLevel allowedBy(int docMdp)
{
    return docMdp == 1   ? ModificationLevel::LtaUpdates
           : docMdp == 2 ? ModificationLevel::FormFilling
                         : ModificationLevel::Annotations;
}

} // namespace

void applyDocumentRules(PdfFile& file, const std::vector<LocatedSignature>& located,
                        const std::vector<qint64>& signedEnds, QList<SignatureReport>& reports)
{
    // In signing order: the order of their signed ends.
    std::vector<size_t> order;
    for (size_t i = 0; i < located.size() && i < static_cast<size_t>(reports.size()); ++i) {
        if (!located[i].isDocumentTimestamp && signedEnds[i] >= 0) {
            order.push_back(i);
        }
    }
    std::sort(order.begin(), order.end(), [&signedEnds](size_t a, size_t b) { return signedEnds[a] < signedEnds[b]; });
    std::optional<int> levelInForce;
    for (size_t position = 0; position < order.size(); ++position) {
        const size_t index = order[position];
        SignatureReport& report = reports[static_cast<qsizetype>(index)];
        const SignaturePermissions permissions = readPermissions(file, located[index]);
        if (permissions.certification && position > 0) {
            lower(report, "certification-not-first",
                  ModificationPolicyText::tr("This certification signature was added after another signature; a "
                                             "certification must be the document's first signature, so it does not "
                                             "certify anything."));
            report.certification = false;
            report.docMdpPermission.reset();
        }
        if (permissions.docMdpReferences > 1) {
            lower(report, "lock-raised",
                  ModificationPolicyText::tr("The signature names more than one certification level."));
        }
        if (permissions.referenceLock && permissions.fieldLock
            && !sameLock(*permissions.referenceLock, *permissions.fieldLock)) {
            lower(report, "lock-mismatch",
                  ModificationPolicyText::tr("The signature claims other locked fields than its signature field "
                                             "prescribes."));
        }
        // The level this signature claims: its certification's, its field lock's, the stricter of both.
        std::optional<int> claimed;
        if (permissions.certification) {
            claimed = permissions.docMdp;
        }
        if (permissions.lockPermission) {
            claimed = claimed ? std::min(*claimed, *permissions.lockPermission) : *permissions.lockPermission;
        }
        if (claimed && levelInForce && *claimed > *levelInForce) {
            lower(report, "lock-raised",
                  ModificationPolicyText::tr("The signature's field lock allows more changes (P=%1) than an earlier "
                                             "signature allows (P=%2); the stricter level stays in force.")
                      .arg(*claimed)
                      .arg(*levelInForce));
        }
        const bool binding = !permissions.certification || position == 0; // a late certification binds nothing
        if (claimed && binding && (!levelInForce || *claimed < *levelInForce)) {
            levelInForce = claimed;
        }
        // A field lock's /P binds the changes after this signature like a certification would.
        if (permissions.lockPermission && !permissions.certification
            && (report.modificationLevel == ModificationLevel::Other
                || report.modificationLevel > allowedBy(*permissions.lockPermission))) {
            report.changesPermitted = false;
            report.findings.append(
                finding("docmdp-violated",
                        ModificationPolicyText::tr("The certification (P=%1) allows %2, but the "
                                                   "document was changed after it: %3.")
                            .arg(*permissions.lockPermission)
                            .arg(permissionWords(*permissions.lockPermission), levelWords(report.modificationLevel))));
            if (report.indication != Indication::TotalFailed) {
                report.indication = Indication::TotalFailed;
                report.subIndication = SubIndication::FormatFailure;
            }
        }
    }
}

} // namespace vanthu::signing::verify
