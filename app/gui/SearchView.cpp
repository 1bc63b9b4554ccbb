// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/SearchView.h"

#include "app/gui/DocumentDetails.h"
#include "app/gui/RegisterTableModel.h"
#include "core/Workspace.h"
#include "core/search/SearchService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace vanthu::gui
{
namespace
{

// Long enough not to search on every keystroke, short enough to feel immediate.
constexpr int TypingPauseMilliseconds = 250;

} // namespace

SearchView::SearchView(core::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_query(new QLineEdit(this))
    , m_register(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new RegisterTableModel(std::nullopt, this))
    , m_details(new DocumentDetails(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchView"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setAccessibleName(tr("Search words"));
    m_query->setPlaceholderText(tr("Number/symbol, subject, agency or words in the document – with or without "
                                   "diacritics"));
    m_query->setClearButtonEnabled(true);
    m_register->setObjectName(QStringLiteral("searchRegister"));
    m_register->setAccessibleName(tr("Register to search"));
    m_register->addItem(tr("Both registers"));
    m_register->addItem(tr("Incoming"), QStringLiteral("incoming"));
    m_register->addItem(tr("Outgoing"), QStringLiteral("outgoing"));
    m_table->setObjectName(QStringLiteral("searchResults"));
    m_table->setAccessibleName(tr("Search results"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RegisterTableModel::SubjectColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(RegisterTableModel::CodeColumn, 130);
    m_table->setColumnWidth(RegisterTableModel::PartyColumn, 220);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(TypingPauseMilliseconds);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_query, 1);
    bar->addWidget(m_register);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter);
    m_details->showMessage(tr("Type to search both registers."));

    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_register, &QComboBox::currentIndexChanged, this, [this] { runSearch(); });
    connect(m_debounce, &QTimer::timeout, this, [this] { runSearch(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
}

void SearchView::focusSearch()
{
    m_query->setFocus();
    m_query->selectAll();
}

void SearchView::runSearch()
{
    core::SearchRequest request;
    request.text = m_query->text();
    request.filter.direction = core::parseDirection(m_register->currentData().toString());
    if (request.text.trimmed().isEmpty() && !request.filter.direction) {
        m_model->setSource({});
        m_details->showMessage(tr("Type to search both registers."));
        return;
    }
    core::Workspace* workspace = &m_workspace;
    auto cursor = std::make_shared<std::optional<core::SearchCursor>>();
    auto complete = std::make_shared<bool>(true);
    m_model->setSource([workspace, request, cursor, complete](const std::optional<core::RegisterRow>& after, int limit,
                                                              bool& more) mutable {
        request.limit = limit;
        request.after = after ? *cursor : std::nullopt;
        // A rebuilt index (a lost search.db) is waited for briefly, and only for the first page: the answer comes
        // from what is indexed, and says so.
        request.indexWait = std::chrono::milliseconds(after ? 0 : 1500);
        auto page = core::SearchService(*workspace).search(request);
        QList<core::RegisterRow> rows;
        if (!page) {
            more = false;
            return rows;
        }
        for (const core::SearchHit& hit : page->hits) {
            rows.append(hit.row);
        }
        *cursor = page->next;
        *complete = *complete && page->indexComplete;
        more = page->next.has_value();
        return rows;
    });
    QString message = m_model->rowCount() == 0 ? tr("Nothing found.") : tr("Select a document to see its details.");
    if (!*complete) {
        message += QLatin1Char(' ') + tr("The search index is still being built: some documents may be missing.");
    }
    m_details->showMessage(message);
}

void SearchView::showSelected()
{
    const core::RegisterRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        return;
    }
    m_details->showDocument(m_workspace, row->id);
}

} // namespace vanthu::gui
