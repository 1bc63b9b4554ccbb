// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MainWindow.h"

#include "app/gui/RegisterView.h"
#include "app/gui/SearchView.h"
#include "core/Workspace.h"
#include "core/registers/AgencyService.h"

#include <QAction>
#include <QCloseEvent>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace vanthu::gui
{
namespace
{

enum Page
{
    IncomingPage,
    OutgoingPage,
    SearchPage
};

} // namespace

MainWindow::MainWindow(core::Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_incoming(new RegisterView(workspace, core::Direction::Incoming, this))
    , m_outgoing(new RegisterView(workspace, core::Direction::Outgoing, this))
    , m_search(new SearchView(workspace, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto agency = core::AgencyService(workspace).profile();
    setWindowTitle(agency ? tr("VanThu – %1").arg(agency->name) : tr("VanThu"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->addItems({tr("Incoming documents"), tr("Outgoing documents"), tr("Search")});
    m_navigation->setMaximumWidth(220);
    m_pages->addWidget(m_incoming);
    m_pages->addWidget(m_outgoing);
    m_pages->addWidget(m_search);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("Workspace: %1").arg(workspace.directory()));

    auto* view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, QKeySequence>> pages{{tr("&Incoming documents"), QKeySequence(tr("Ctrl+1"))},
                                                        {tr("&Outgoing documents"), QKeySequence(tr("Ctrl+2"))},
                                                        {tr("&Search"), QKeySequence::Find}};
    for (int page = 0; page < pages.size(); ++page) {
        QAction* action = view->addAction(pages.at(page).first);
        action->setShortcut(pages.at(page).second);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    QAction* refresh = view->addAction(tr("&Reload"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        m_incoming->reload();
        m_outgoing->reload();
    });
    auto* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(IncomingPage);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry"))) {
        resize(1200, 760);
    }
}

void MainWindow::showPage(int page)
{
    m_navigation->setCurrentRow(page);
    if (page == SearchPage) {
        m_search->focusSearch();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace vanthu::gui
