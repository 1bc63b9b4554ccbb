// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/keys/SecretPrompt.h"

#include <QList>

#include <deque>
#include <initializer_list>
#include <optional>

namespace vanthu::test
{

/** A SecretPrompt that gives scripted answers in order (nullopt: the person cancels) and records every request. */
class ScriptedPrompt final : public signing::SecretPrompt
{
public:
    ScriptedPrompt(std::initializer_list<std::optional<QByteArray>> answers) : m_answers(answers)
    {
    }

    [[nodiscard]] std::optional<signing::Secret> ask(const signing::SecretRequest& request) override
    {
        m_requests.append(request);
        if (m_answers.empty()) {
            return std::nullopt;
        }
        std::optional<QByteArray> answer = m_answers.front();
        m_answers.pop_front();
        if (!answer) {
            return std::nullopt;
        }
        return signing::Secret(*answer);
    }

    [[nodiscard]] const QList<signing::SecretRequest>& requests() const
    {
        return m_requests;
    }

private:
    std::deque<std::optional<QByteArray>> m_answers;
    QList<signing::SecretRequest> m_requests;
};

} // namespace vanthu::test
