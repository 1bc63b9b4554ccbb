// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace vanthu::core
{
class Workspace;
}

namespace vanthu::gui
{

class RegisterView;
class SearchView;

/** The main window: Văn bản đến, Văn bản đi and Tìm kiếm, each a page of the navigation on the left. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::Workspace& workspace, QWidget* parent = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showPage(int page);

    core::Workspace& m_workspace;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    RegisterView* m_incoming;
    RegisterView* m_outgoing;
    SearchView* m_search;
};

} // namespace vanthu::gui
