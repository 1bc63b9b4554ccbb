// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

namespace vanthu::gui::RegistrationForm
{

/**
 * Adds a labelled row whose field has a message line under it (hidden while empty): the label is the field's buddy
 * and its text without "&" the field's accessible name. The message label is recorded in @p messages.
 */
void addRow(QFormLayout* form, const QString& label, QWidget* field, QHash<QWidget*, QLabel*>& messages);

/** A hidden, word-wrapped label for validation messages, announced to screen readers by its accessible name. */
[[nodiscard]] QLabel* messageLabel(QWidget* parent, const QString& objectName);

/** Shows @p message in @p label, or hides the label when it is empty. */
void showMessage(QLabel* label, const QString& message);

/** Marks a field as filled from the PDF (yellow, tooltip) or clears the mark. */
void markRecognised(QWidget* field, bool recognised);

/** Reads a file a form names (the signed PDF, the seal, a draft), on the task's worker. Errors: NotFound, Io. */
[[nodiscard]] Result<QByteArray> readFile(const QString& path);

/** Ctrl+Return and Ctrl+Enter run @p submit (Register, Issue). */
void addSubmitShortcuts(QWidget* dialog, const std::function<void()>& submit);

} // namespace vanthu::gui::RegistrationForm
