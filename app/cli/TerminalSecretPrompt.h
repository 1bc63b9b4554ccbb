// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/keys/SecretPrompt.h"

namespace vanthu::cli
{

/**
 * The CLI's way to ask for a PIN or password: the VANTHU_PIN environment variable (once; a wrong value is not
 * retried, so a script fails fast instead of locking a token), otherwise a prompt on the terminal without echo.
 * Never from the command line, where every user of the machine could read it in the process list.
 */
class TerminalSecretPrompt final : public signing::SecretPrompt
{
public:
    [[nodiscard]] std::optional<signing::Secret> ask(const signing::SecretRequest& request) override;
    /** True when the key refused the value of VANTHU_PIN (the prompt then declined to ask again). */
    [[nodiscard]] bool environmentSecretRejected() const
    {
        return m_environmentRejected;
    }

private:
    bool m_environmentRejected = false;
    bool m_environmentUsed = false;
};

} // namespace vanthu::cli
