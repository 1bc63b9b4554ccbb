// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the validator's tests: signed fixtures, validation, findings, and the updates attacks append.
#pragma once

#include "signing/pdf/IncrementalUpdate.h"
#include "signing/verify/Validation.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/oracles/RenderingOracle.h"

#include <QByteArray>

#include <functional>
#include <map>
#include <optional>
#include <set>

namespace vanthu::test
{

/** @p name from tests/data/pdf signed by the leader with @p request (the fixture's request by default). */
[[nodiscard]] QByteArray signedFixture(SigningFixture& fixture, const QString& name = QStringLiteral("lo-classic.pdf"),
                                       const std::optional<signing::SignRequest>& request = std::nullopt);
[[nodiscard]] signing::ValidationOptions trusting(SigningFixture& fixture);
[[nodiscard]] signing::ValidationReport validate(const QByteArray& pdf, const signing::ValidationOptions& options);
[[nodiscard]] bool hasFinding(const signing::SignatureReport& report, const char* code);

/** The fixture's request as a certification signature with DocMDP /P @p permission. */
[[nodiscard]] signing::SignRequest certifying(int permission);
/** @p pdf signed by @p identity with @p request (fails the test when the signer refuses). */
[[nodiscard]] QByteArray signWith(SigningFixture& fixture, TestPki::Identity identity, const QByteArray& pdf,
                                  const signing::SignRequest& request);

/** Appends one incremental update that @p edit fills (our own writer: classic or stream xref with /Prev). */
[[nodiscard]] QByteArray
appendUpdate(const QByteArray& pdf,
             const std::function<void(signing::pdf::PdfFile&, signing::pdf::IncrementalUpdate&)>& edit);
/** Appends an update that replaces page 1's content: the Incremental Saving Attack. */
[[nodiscard]] QByteArray replacePageContent(const QByteArray& pdf);
/** Appends an update that adds a FreeText annotation at [100 100 300 150] on page 1. */
[[nodiscard]] QByteArray addFreeText(const QByteArray& pdf);

/**
 * An update written by hand with a classic xref section, for what our writer refuses to do: free entries, entries
 * pointing at given offsets, a /Prev of the attacker's choice or none.
 */
struct RawUpdate
{
    std::map<int, QByteArray> objects; ///< number -> body between "N 0 obj" and "endobj"
    std::set<int> freed;
    std::map<int, qint64> entries;  ///< number -> offset written as an in-use entry as is
    std::optional<qint64> previous; ///< /Prev; default: the file's last section
    bool withPrevious = true;
    bool allEntries = false; ///< also list every object in force (a full table, e.g. without /Prev)
};
[[nodiscard]] QByteArray appendRaw(const QByteArray& pdf, const RawUpdate& update);

/** The object of page @p index (0-based) and its reference. */
[[nodiscard]] std::pair<signing::pdf::PdfRef, signing::pdf::PdfObject> pageOf(signing::pdf::PdfFile& file,
                                                                              int index = 0);

} // namespace vanthu::test
