// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/SignatureVerdicts.h"

namespace vanthu::core
{

bool signatureIntact(signing::Verdict verdict)
{
    switch (verdict) {
    case signing::Verdict::Valid:
    case signing::Verdict::ValidWithAllowedChanges:
    case signing::Verdict::Indeterminate:
    case signing::Verdict::RevocationNotChecked:
        return true;
    case signing::Verdict::Modified:
    case signing::Verdict::Invalid:
    case signing::Verdict::NoSignature:
        break;
    }
    return false;
}

} // namespace vanthu::core
