// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a demo workspace: registers list newest first, rows load as the view scrolls, search
// finds documents with and without diacritics. Screenshots go to $VANTHU_SCREENSHOT_DIR when it is set.
#include "app/gui/BackupTasks.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RegisterTableModel.h"
#include "app/gui/RegisterView.h"
#include "common/TextFold.h"
#include "core/Workspace.h"
#include "core/audit/AuditService.h"
#include "core/export/RegisterExport.h"
#include "demo/DemoWorkspace.h"
#include "render/RegisterFile.h"
#include "tests/gui/support/DialogScript.h"
#include "tests/support/oracles/PrintedPages.h"
#include "tests/support/oracles/ToolRunner.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
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
        waitForRegisters();
    }

    /** The registers order their entries off the GUI thread; waits until both show them. */
    void waitForRegisters() const
    {
        for (gui::RegisterView* view : window->findChildren<gui::RegisterView*>()) {
            REQUIRE(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
        }
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

TEST_CASE("a register orders by a clicked column and narrows by type and a search without diacritics", "[gui]")
{
    DemoWindow demo(300);
    auto* view = demo.find<gui::RegisterView>(QStringLiteral("incomingRegister"));
    auto* table = view->findChild<QTableView*>(QStringLiteral("registerTable"));
    auto* model = qobject_cast<gui::RegisterTableModel*>(table->model());
    REQUIRE(model != nullptr);
    const int all = model->rowCount();
    REQUIRE(all > 0);

    // A click on "Tác giả" orders by the issuing agency A–Z; a second click Z–A.
    QHeaderView* header = table->horizontalHeader();
    auto clickHeader = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
        REQUIRE(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
    };
    clickHeader(gui::RegisterTableModel::PartyColumn);
    REQUIRE(model->rowCount() > 1);
    auto folded = [&](int row) {
        return foldForSearch(model->rowAt(row)->organName);
    };
    const Qt::SortOrder firstOrder = header->sortIndicatorOrder();
    for (int row = 1; row < model->rowCount(); ++row) {
        if (firstOrder == Qt::AscendingOrder) {
            CHECK(folded(row - 1) <= folded(row));
        } else {
            CHECK(folded(row - 1) >= folded(row));
        }
    }
    clickHeader(gui::RegisterTableModel::PartyColumn);
    CHECK(header->sortIndicatorOrder() != firstOrder);
    CHECK(folded(0) != folded(model->rowCount() - 1));

    // The type filter keeps one type; the search box narrows further, typed without diacritics.
    auto* type = view->findChild<QComboBox*>(QStringLiteral("typeFilter"));
    type->setCurrentIndex(type->findData(QStringLiteral("cong-van")));
    REQUIRE(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
    const int letters = model->rowCount();
    CHECK(letters > 0);
    CHECK(letters < all);
    for (int row = 0; row < letters; ++row) {
        CHECK(model->rowAt(row)->typeKey == QStringLiteral("cong-van"));
    }
    type->setCurrentIndex(0);
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("registerSearch"));
    // The subject of one entry, typed without diacritics, finds that entry among fewer than all.
    const core::RegisterRow wanted = *model->rowAt(model->rowCount() / 2);
    QTest::keyClicks(search, foldForSearch(wanted.subject));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
    REQUIRE(model->rowCount() > 0);
    CHECK(model->rowCount() < all);
    bool found = false;
    while (model->canFetchMore(QModelIndex())) {
        model->fetchMore(QModelIndex());
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        found = found || model->rowAt(row)->id == wanted.id;
    }
    CHECK(found);
    demo.screenshot(QStringLiteral("register-search"));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
    CHECK(model->rowCount() == all);
}

TEST_CASE("the main window remembers its splitters and the register's order", "[gui]")
{
    QList<int> sizes;
    {
        DemoWindow demo(40);
        auto* view = demo.find<gui::RegisterView>(QStringLiteral("incomingRegister"));
        auto* splitter = view->findChild<QSplitter*>(QStringLiteral("registerSplitter"));
        REQUIRE(splitter != nullptr);
        splitter->setSizes({200, 400});
        sizes = splitter->sizes();
        auto* table = view->findChild<QTableView*>(QStringLiteral("registerTable"));
        table->sortByColumn(gui::RegisterTableModel::DateColumn, Qt::AscendingOrder);
        demo.window->close();
        // A new window on another workspace: QSettings is cleared by DemoWindow's constructor, so keep a copy.
        const QSettings settings;
        const QStringList keys = settings.allKeys();
        CHECK(keys.contains(QStringLiteral("mainWindow/incomingRegister/registerSplitter")));
        CHECK(keys.contains(QStringLiteral("mainWindow/incomingRegister/registerTable/header")));
    }
    auto workspace = std::make_unique<QTemporaryDir>();
    demo::DemoOptions options;
    options.documentCount = 20;
    options.lastDay = QDate(2026, 11, 20);
    REQUIRE(demo::generateDemoWorkspace(workspace->path(), options).has_value());
    auto opened = core::Workspace::open(workspace->path());
    REQUIRE(opened.has_value());
    gui::MainWindow window(**opened);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<gui::RegisterView*>(QStringLiteral("incomingRegister"));
    REQUIRE(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
    auto* table = view->findChild<QTableView*>(QStringLiteral("registerTable"));
    CHECK(table->horizontalHeader()->sortIndicatorSection() == gui::RegisterTableModel::DateColumn);
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    auto* model = qobject_cast<gui::RegisterTableModel*>(table->model());
    REQUIRE(model->rowCount() > 1);
    CHECK(model->rowAt(0)->registerDate <= model->rowAt(model->rowCount() - 1)->registerDate);
    CHECK(view->findChild<QSplitter*>(QStringLiteral("registerSplitter"))->sizes() == sizes);
}

TEST_CASE("Ctrl+P prints the register book page by page, in landscape, through the print dialog", "[gui]")
{
    DemoWindow demo(300);
    QTemporaryDir folder;
    const QString printed = folder.filePath(QStringLiteral("so-den.pdf"));
    QApplication::setActiveWindow(demo.window.get());
    test::DialogScript script;
    script.then<QPrintDialog>([&](QPrintDialog* dialog) {
        // No printer is installed here: the dialog offers printing to a PDF file, as it does on a desk without one.
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("filename"));
        REQUIRE(file != nullptr);
        file->setText(printed);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QTest::keyClick(demo.window.get(), Qt::Key_P, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return script.finished(); }, 60000));
    REQUIRE(QTest::qWaitFor([&] { return QFileInfo(printed).size() > 0; }, 60000));

    // The same book the export writes, page for page: counted by poppler's pdfinfo, a tool we did not write.
    core::RegisterExportRequest request;
    request.selection = {core::Direction::Incoming, QString(), 0};
    auto table = core::RegisterExport(*demo.workspace).table(request);
    REQUIRE(table.has_value());
    auto book = render::encodeRegister(*table, QStringLiteral("pdf"));
    REQUIRE(book.has_value());
    const QString exported = folder.filePath(QStringLiteral("so-den-xuat.pdf"));
    REQUIRE(test::writeBytes(exported, *book));
    const test::PdfInfo bookInfo = test::pdfinfo(exported);
    const test::PdfInfo printedInfo = test::pdfinfo(printed);
    CHECK(bookInfo.pages > 1);
    CHECK(printedInfo.pages == bookInfo.pages);
    CHECK(printedInfo.pageSize.width() > printedInfo.pageSize.height()); // landscape, like the book
    CHECK(bookInfo.pageSize.width() > bookInfo.pageSize.height());
    // And the pages carry the book, not blank paper: pdftoppm draws printed page 1 with ink on it.
    CHECK(test::inkShare(printed, 1) > 0.005);
}

TEST_CASE("File → Back up writes a verified backup off the GUI thread, and a restore after the window closed brings "
          "it back",
          "[gui][backup]")
{
    DemoWindow demo(30);
    QTemporaryDir backups;
    demo.window->backUpInto(backups.path());
    const QStringList made = QDir(backups.path()).entryList({QStringLiteral("vanthu-backup-*")}, QDir::Dirs);
    REQUIRE(made.size() == 1);
    CHECK(made.front().endsWith(QLatin1String(".partial")) == false);
    const QString folder = QDir(backups.path()).filePath(made.front());
    CHECK(demo.window->statusBar()->currentMessage().contains(folder));
    auto checked = gui::backup_tasks::verify(demo.window.get(), folder);
    REQUIRE(checked.has_value());
    CHECK(checked->documents == 30);

    // Restore: the window asks, closes, and the application restores once the workspace is closed.
    demo.window->requestRestore(folder);
    CHECK(demo.window->pendingRestore() == folder);
    CHECK_FALSE(demo.window->isVisible());
    const QString workspaceFolder = demo.workspace->directory();
    demo.window.reset();
    demo.workspace.reset();
    auto restored = gui::backup_tasks::restore(nullptr, folder, workspaceFolder);
    REQUIRE(restored.has_value());
    CHECK_FALSE(restored->movedAside.isEmpty());
    auto reopened = core::Workspace::open(workspaceFolder);
    REQUIRE(reopened.has_value());
    auto audit = core::AuditService(**reopened).verify();
    REQUIRE(audit.has_value());
    CHECK(audit->intact());
}
