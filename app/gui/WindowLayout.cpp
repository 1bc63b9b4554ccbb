// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/WindowLayout.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QStringList>
#include <QTableView>
#include <QWidget>

namespace vanthu::gui
{
namespace
{

QString keyFor(const QWidget& window, const QObject& child)
{
    QStringList names;
    for (const QObject* object = &child; object && object != &window; object = object->parent()) {
        // Splitters hold the views, they do not tell them apart: leave them out of the path.
        const bool holder = object != &child && qobject_cast<const QSplitter*>(object);
        if (!object->objectName().isEmpty() && !holder) {
            names.prepend(object->objectName());
        }
    }
    names.prepend(window.objectName());
    return names.join(QLatin1Char('/'));
}

} // namespace

void restoreLayout(QWidget& window)
{
    const QSettings settings;
    window.restoreGeometry(settings.value(window.objectName() + QStringLiteral("/geometry")).toByteArray());
    if (auto* mainWindow = qobject_cast<QMainWindow*>(&window)) {
        mainWindow->restoreState(settings.value(window.objectName() + QStringLiteral("/state")).toByteArray());
    }
    for (QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty()) {
            splitter->restoreState(settings.value(keyFor(window, *splitter)).toByteArray());
        }
    }
    for (QTableView* table : window.findChildren<QTableView*>()) {
        if (!table->objectName().isEmpty()) {
            table->horizontalHeader()->restoreState(
                settings.value(keyFor(window, *table) + QStringLiteral("/header")).toByteArray());
        }
    }
}

void saveLayout(const QWidget& window)
{
    QSettings settings;
    settings.setValue(window.objectName() + QStringLiteral("/geometry"), window.saveGeometry());
    if (const auto* mainWindow = qobject_cast<const QMainWindow*>(&window)) {
        settings.setValue(window.objectName() + QStringLiteral("/state"), mainWindow->saveState());
    }
    for (const QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty()) {
            settings.setValue(keyFor(window, *splitter), splitter->saveState());
        }
    }
    for (const QTableView* table : window.findChildren<QTableView*>()) {
        if (!table->objectName().isEmpty()) {
            settings.setValue(keyFor(window, *table) + QStringLiteral("/header"),
                              table->horizontalHeader()->saveState());
        }
    }
}

} // namespace vanthu::gui
