// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a demo workspace: registers list newest first, rows load as the view scrolls, search
// finds documents with and without diacritics. Screenshots go to $VANTHU_SCREENSHOT_DIR when it is set.
#include "app/gui/MainWindow.h"
#include "app/gui/RegisterTableModel.h"
#include "core/Workspace.h"
#include "demo/DemoWorkspace.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace vanthu;

namespace
{

struct DemoWindow
{
    QTemporaryDir directory;
    std::unique_ptr<core::Workspace> workspace;
    std::unique_ptr<gui::MainWindow> window;

    explicit DemoWindow(int documents)
    {
        QSettings().clear();
        demo::DemoOptions options;
        options.documentCount = documents;
        options.lastDay = QDate(2026, 11, 20);
        REQUIRE(demo::generateDemoWorkspace(directory.path(), options).has_value());
        auto opened = core::Workspace::open(directory.path());
        REQUIRE(opened.has_value());
        workspace = std::move(*opened);
        window = std::make_unique<gui::MainWindow>(*workspace);
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    template <typename T>
    T* find(const QString& name) const
    {
        T* widget = window->findChild<T*>(name);
        REQUIRE(widget != nullptr);
        return widget;
    }

    void screenshot(const QString& name) const
    {
        const QString folder = qEnvironmentVariable("VANTHU_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            window->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }
};

QTableView* visibleTable(QWidget* page, const QString& name)
{
    for (QTableView* table : page->findChildren<QTableView*>(name)) {
        if (table->isVisible()) {
            return table;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("the main window lists the incoming register newest first and loads more on scrolling", "[gui]")
{
    DemoWindow demo(600);
    QTableView* table = visibleTable(demo.window.get(), QStringLiteral("registerTable"));
    REQUIRE(table != nullptr);
    auto* model = qobject_cast<gui::RegisterTableModel*>(table->model());
    REQUIRE(model != nullptr);
    REQUIRE(model->rowCount() > 0);
    const qint64 newest = model->rowAt(0)->number;
    CHECK(model->rowAt(1)->number == newest - 1);
    CHECK(model->rowAt(0)->direction == core::Direction::Incoming);
    const int firstPage = model->rowCount();
    if (model->canFetchMore(QModelIndex())) {
        table->scrollToBottom();
        QApplication::processEvents();
        CHECK(model->rowCount() > firstPage);
    }
    table->selectRow(0);
    QApplication::processEvents();
    auto* details = demo.window->findChildren<QTextBrowser*>(QStringLiteral("documentDetails")).first();
    for (QTextBrowser* candidate : demo.window->findChildren<QTextBrowser*>(QStringLiteral("documentDetails"))) {
        if (candidate->isVisible()) {
            details = candidate;
        }
    }
    CHECK(details->toPlainText().contains(model->rowAt(0)->code.display()));
    demo.screenshot(QStringLiteral("incoming-register"));
}

TEST_CASE("search in the main window finds documents without diacritics", "[gui]")
{
    DemoWindow demo(120);
    auto* navigation = demo.find<QListWidget>(QStringLiteral("navigation"));
    navigation->setCurrentRow(2);
    auto* query = demo.find<QLineEdit>(QStringLiteral("searchQuery"));
    QTest::keyClicks(query, QStringLiteral("trien khai chuyen doi so"));
    QTableView* results = demo.find<QTableView>(QStringLiteral("searchResults"));
    auto* model = qobject_cast<gui::RegisterTableModel*>(results->model());
    REQUIRE(model != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() > 0; }, 3000));
    CHECK(model->rowAt(0)->subject.contains(QStringLiteral("Triển khai chuyển đổi số")));
    demo.screenshot(QStringLiteral("search"));
}
