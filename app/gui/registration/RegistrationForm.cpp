// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/registration/RegistrationForm.h"

#include <QCoreApplication>
#include <QFile>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

namespace vanthu::gui::RegistrationForm
{
namespace
{

struct RegistrationFormText
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationFormText)
};

} // namespace

void addRow(QFormLayout* form, const QString& label, QWidget* field, QHash<QWidget*, QLabel*>& messages)
{
    auto* cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(field);
    QLabel* message = messageLabel(field->parentWidget(), field->objectName() + QStringLiteral("Message"));
    cell->addWidget(message);
    auto* caption = new QLabel(label, field->parentWidget());
    caption->setBuddy(field);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    form->addRow(caption, cell);
    messages.insert(field, message);
}

QLabel* messageLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setAccessibleName(RegistrationFormText::tr("Validation message"));
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setAccessibleDescription(message);
    label->setVisible(!message.isEmpty());
}

void markRecognised(QWidget* field, bool recognised)
{
    field->setProperty("recognised", recognised);
    field->setStyleSheet(recognised ? QStringLiteral("background-color: #fff6c2;") : QString());
    const QString hint = RegistrationFormText::tr("Recognised from the PDF: check it.");
    field->setToolTip(recognised ? hint : QString());
    field->setAccessibleDescription(recognised ? hint : QString());
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                     RegistrationFormText::tr("Could not read the file %1.").arg(path), file.errorString()};
    }
    return file.readAll();
}

void addSubmitShortcuts(QWidget* dialog, const std::function<void()>& submit)
{
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, dialog);
        QObject::connect(shortcut, &QShortcut::activated, dialog, submit);
    }
}

} // namespace vanthu::gui::RegistrationForm
