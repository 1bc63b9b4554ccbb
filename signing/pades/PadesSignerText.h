// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace vanthu::signing::pades
{

/** The translation context of everything the signer says, whichever of its files says it. */
struct PadesSignerText
{
    Q_DECLARE_TR_FUNCTIONS(PadesSignerText)
};

} // namespace vanthu::signing::pades
