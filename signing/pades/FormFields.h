// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace vanthu::signing
{

/** A terminal form field of a document (its first widget), as the page shows it. */
struct FormFieldInfo
{
    QString name;          ///< fully qualified field name
    QByteArray type;       ///< "Sig", "Tx", "Btn", "Ch" (inherited from parents when not set on the field)
    int pageIndex = -1;    ///< -1 when the widget names no page we can find
    QRectF rect;           ///< PDF user space; empty for invisible signatures
    bool hasValue = false; ///< /V present: a signed signature field, a filled text field
    bool hasLock = false;  ///< a signature field with a /Lock (SigFieldLock) dictionary
    int objectNumber = 0;  ///< the terminal field's object (merged with its widget, or its first kid widget's parent)
};

/** The terminal form fields of @p pdf in /Fields order. Errors: the PDF is damaged. */
[[nodiscard]] Result<QList<FormFieldInfo>> formFields(const QByteArray& pdf);

} // namespace vanthu::signing
