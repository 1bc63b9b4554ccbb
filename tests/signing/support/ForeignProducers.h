// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/pki/LocalRevocation.h"
#include "tests/support/pki/LocalTsa.h"
#include "tests/support/pki/TestPki.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace vanthu::test
{

/**
 * Signers we did not write, run on the fixtures of tests/data/pdf with a fresh test PKI whose certificates name a
 * local OCSP responder (and CRLs), and a local TSA of that PKI. Files go into a temporary folder of this object.
 *
 * - java(): the harness of tests/support/foreign (iText 5, PDFBox 2), compiled into the build tree by CMake; one
 *   JVM runs every job given, in turn. Jobs are "job=NAME" followed by "key=value" options (see
 *   ForeignProducers.java); p12= and password= of the leader's PKCS#12 file are added in front.
 * - signpdf(): @signpdf from npm, installed on first use into the build tree.
 * - podofosign(): the CLI of libpodofo-utils.
 *
 * A producer that fails fails the test (REQUIRE), with its output. With VANTHU_FOREIGN_KEEP set in the environment
 * the folder is kept (its path is printed), to look at what a producer wrote.
 */
class ForeignProducers
{
public:
    ForeignProducers();
    ~ForeignProducers();
    ForeignProducers(const ForeignProducers&) = delete;
    ForeignProducers& operator=(const ForeignProducers&) = delete;

    [[nodiscard]] TestPki& pki()
    {
        return *m_pki;
    }
    /** The responder; null once stopRevocation() ran. */
    [[nodiscard]] LocalRevocation* revocation()
    {
        return m_revocation.get();
    }
    /** Stops the OCSP responder and CRL server: from now on only the documents' own data can answer. */
    void stopRevocation();
    /** http:// URL of the TSA (started on first use). */
    [[nodiscard]] QString tsaUrl();

    /** A path in this object's folder. */
    [[nodiscard]] QString path(const QString& name) const;
    /** A fixture of tests/data/pdf. */
    [[nodiscard]] static QString fixture(const QString& name);

    void java(const QStringList& jobs);
    /** @signpdf's adbe.pkcs7.detached signature of @p input into @p output; false (with a warning) without npm. */
    [[nodiscard]] bool signpdf(const QString& input, const QString& output);
    void podofosign(const QString& input, const QString& output);

    /**
     * Whether the producer wrote what it meant to, judged by tools we did not write: qpdf --check finds no error
     * (warnings are allowed: see expected-verdicts.md), every /ByteRange's CMS verifies with openssl against the
     * test root and issuing CA (document timestamps with `openssl ts -verify`), and every signature pdfsig finds and
     * checks is valid. @p pdfsigSignatures: how many signed signatures pdfsig must see (-1: as many as /ByteRanges).
     * Empty when all holds, else what failed.
     */
    [[nodiscard]] QString producerProblems(const QString& file, int pdfsigSignatures = -1);

private:
    QTemporaryDir m_directory;
    std::unique_ptr<LocalRevocation> m_revocation;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<LocalTsa> m_tsa;
};

} // namespace vanthu::test
