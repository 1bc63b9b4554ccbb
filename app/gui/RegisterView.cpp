// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RegisterView.h"

#include "app/gui/DocumentDetails.h"
#include "app/gui/RegisterTableModel.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/domain/DocumentType.h"
#include "core/registers/RegisterListing.h"
#include "core/registers/RegisterService.h"
#include "core/registers/SeriesService.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace vanthu::gui
{
namespace
{

/** What the worker hands back: the ordered ids, and whether the search index had caught up when it searched. */
struct Listing
{
    Result<QList<core::DocumentId>> ids = QList<core::DocumentId>();
    bool indexComplete = true;
};

core::RegisterOrder orderFor(int column)
{
    switch (column) {
    case RegisterTableModel::DateColumn:
        return core::RegisterOrder::Date;
    case RegisterTableModel::CodeColumn:
        return core::RegisterOrder::Code;
    case RegisterTableModel::SubjectColumn:
        return core::RegisterOrder::Subject;
    case RegisterTableModel::PartyColumn:
        return core::RegisterOrder::Party;
    case RegisterTableModel::UrgencyColumn:
        return core::RegisterOrder::Urgency;
    default:
        return core::RegisterOrder::Number;
    }
}

} // namespace

RegisterView::RegisterView(core::Workspace& workspace, core::Direction direction, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_direction(direction)
    , m_series(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_type(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new RegisterTableModel(direction, this))
    , m_details(new DocumentDetails(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_searchDelay(new QTimer(this))
{
    const bool incoming = direction == core::Direction::Incoming;
    setObjectName(incoming ? QStringLiteral("incomingRegister") : QStringLiteral("outgoingRegister"));
    m_series->setObjectName(QStringLiteral("seriesSelector"));
    m_series->setAccessibleName(tr("Register book"));
    m_year->setObjectName(QStringLiteral("yearSelector"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(1990, 2100);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Document type"));
    m_urgency->setObjectName(QStringLiteral("urgencyFilter"));
    m_urgency->setAccessibleName(tr("Urgency"));
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setAccessibleName(tr("Search this register"));
    m_search->setPlaceholderText(tr("Search this register (with or without diacritics)"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("registerStatus"));
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setAccessibleName(incoming ? tr("Incoming register") : tr("Outgoing register"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RegisterTableModel::SubjectColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicator(RegisterTableModel::NumberColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->setColumnWidth(RegisterTableModel::NumberColumn, 70);
    m_table->setColumnWidth(RegisterTableModel::DateColumn, 95);
    m_table->setColumnWidth(RegisterTableModel::CodeColumn, 130);
    m_table->setColumnWidth(RegisterTableModel::PartyColumn, 220);
    fillFilters();

    auto* books = new QHBoxLayout;
    auto* seriesLabel = new QLabel(tr("&Book:"), this);
    seriesLabel->setBuddy(m_series);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    books->addWidget(seriesLabel);
    books->addWidget(m_series, 1);
    books->addSpacing(12);
    books->addWidget(yearLabel);
    books->addWidget(m_year);
    books->addSpacing(12);
    books->addWidget(m_type);
    books->addWidget(m_urgency);
    books->addStretch(1);
    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_status);
    m_splitter->setObjectName(QStringLiteral("registerSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(books);
    layout->addLayout(searchRow);
    layout->addWidget(m_splitter);
    setTabOrder(m_series, m_year);
    setTabOrder(m_year, m_type);
    setTabOrder(m_type, m_urgency);
    setTabOrder(m_urgency, m_search);
    setTabOrder(m_search, m_table);
    m_details->showMessage(tr("Select a document to see its details."));

    // Typing narrows the register after a short pause, not on every key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { loadRows(); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        loadRows();
    });
    connect(m_series, &QComboBox::currentIndexChanged, this, [this] { loadRows(); });
    connect(m_year, &QSpinBox::valueChanged, this, [this] { loadRows(); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { loadRows(); });
    connect(m_urgency, &QComboBox::currentIndexChanged, this, [this] { loadRows(); });
    connect(m_model, &RegisterTableModel::sortRequested, this, [this](int column, Qt::SortOrder order) {
        m_order = orderFor(column);
        m_ascending = order == Qt::AscendingOrder;
        loadRows();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const core::RegisterRow* row = m_model->rowAt(index.row())) {
            Q_EMIT documentActivated(row->id);
        }
    });
    {
        // Clicking a header orders by that column. Turning sorting on asks for the indicator's order at once; the
        // reload below reads the rows in it anyway.
        const QSignalBlocker blocker(m_model);
        m_table->setSortingEnabled(true);
    }
    reload();
}

void RegisterView::fillFilters()
{
    m_type->addItem(tr("All types"), QString());
    for (const core::DocumentType& type : core::DocumentTypes::all()) {
        m_type->addItem(type.name, type.key);
    }
    m_urgency->addItem(tr("Any urgency"), -1);
    for (const core::Urgency urgency :
         {core::Urgency::Normal, core::Urgency::Urgent, core::Urgency::VeryUrgent, core::Urgency::Flash}) {
        m_urgency->addItem(urgency == core::Urgency::Normal ? tr("Normal") : core::urgencyName(urgency),
                           static_cast<int>(urgency));
    }
}

void RegisterView::reload()
{
    const QSignalBlocker seriesBlocker(m_series);
    const QSignalBlocker yearBlocker(m_year);
    m_series->clear();
    auto series = core::SeriesService(m_workspace).list();
    if (series) {
        for (const core::NumberingSeries& item : *series) {
            if (item.direction == m_direction) {
                m_series->addItem(QStringLiteral("%1 – %2").arg(item.code, item.name), item.code);
            }
        }
    }
    auto resolved = core::RegisterService(m_workspace).resolve({m_direction, QString(), 0});
    m_year->setValue(resolved ? resolved->year : vietnamDate(m_workspace.clock().now()).year());
    if (resolved) {
        m_series->setCurrentIndex(m_series->findData(resolved->series.code));
    }
    loadRows();
}

QString RegisterView::seriesCode() const
{
    return m_series->currentData().toString();
}

int RegisterView::year() const
{
    return m_year->value();
}

bool RegisterView::isLoading() const
{
    return m_loading;
}

void RegisterView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        loadRows();
    }
}

void RegisterView::loadRows()
{
    // A register nobody looks at is not ordered: at start-up only the register on screen is read.
    m_stale = !isVisible();
    if (m_stale) {
        return;
    }
    const quint64 generation = ++m_generation;
    auto resolved = core::RegisterService(m_workspace).resolve({m_direction, seriesCode(), m_year->value()});
    if (!resolved) {
        showListing(generation, {}, resolved.error().message);
        return;
    }
    core::RegisterListing listing;
    listing.direction = m_direction;
    listing.seriesId = resolved->series.id;
    listing.year = resolved->year;
    listing.order = m_order;
    listing.ascending = m_ascending;
    listing.text = m_search->text().trimmed();
    listing.typeKey = m_type->currentData().toString();
    if (const int urgency = m_urgency->currentData().toInt(); urgency >= 0) {
        listing.urgency = static_cast<core::Urgency>(urgency);
    }
    m_loading = true;
    m_status->setText(tr("Loading…"));
    auto* watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcher<Listing>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Listing listed = watcher->result();
        m_indexComplete = listed.indexComplete;
        showListing(generation, listed.ids ? *listed.ids : QList<core::DocumentId>(),
                    listed.ids ? QString() : listed.ids.error().message);
    });
    core::SearchIndexWriter* index = &m_workspace.searchIndex();
    const QFuture<Listing> future = QtConcurrent::run([directory = m_workspace.directory(), listing, index] {
        Listing listed;
        // Documents registered by this window are indexed on another thread; the search must see them. A whole
        // index being rebuilt (a lost search.db) is not waited for: the search answers from what is indexed.
        if (!listing.text.isEmpty()) {
            listed.indexComplete = index->waitUntilIdleFor(std::chrono::milliseconds(1500));
        }
        listed.ids = core::listRegisterIds(directory, listing);
        return listed;
    });
    watcher->setFuture(future);
    m_pending.removeIf([](const QFuture<void>& earlier) { return earlier.isFinished(); });
    m_pending.append(QFuture<void>(future));
}

RegisterView::~RegisterView()
{
    // The workers wait on the workspace's search index: they end before the window (and then the workspace) goes.
    for (QFuture<void>& pending : m_pending) {
        pending.waitForFinished();
    }
}

void RegisterView::showListing(quint64 generation, const QList<core::DocumentId>& ids, const QString& error)
{
    if (generation != m_generation) {
        return; // a newer order or filter was asked for meanwhile
    }
    m_loading = false;
    if (!error.isEmpty()) {
        m_model->setSource({});
        m_status->clear();
        m_details->showMessage(error);
        Q_EMIT listingReady();
        return;
    }
    core::Workspace* workspace = &m_workspace;
    auto listed = std::make_shared<const QList<core::DocumentId>>(ids);
    auto next = std::make_shared<qsizetype>(0);
    m_model->setSource([workspace, listed, next](const std::optional<core::RegisterRow>& after, int limit, bool& more) {
        // Pages are asked for in order: the first without a previous row, each next one after the last.
        const qsizetype start = after ? *next : 0;
        auto rows = core::RegisterService(*workspace).rows(listed->mid(start, limit));
        *next = std::min(start + limit, listed->size());
        more = rows && *next < listed->size();
        return rows ? *rows : QList<core::RegisterRow>();
    });
    m_status->setText(
        m_indexComplete
            ? tr("%1 documents").arg(QLocale().toString(ids.size()))
            : tr("%1 documents so far (the search index is still being built)").arg(QLocale().toString(ids.size())));
    m_details->showMessage(ids.isEmpty() && !m_search->text().trimmed().isEmpty()
                               ? tr("Nothing in this register matches the search.")
                               : tr("Select a document to see its details."));
    Q_EMIT listingReady();
}

void RegisterView::showSelected()
{
    const core::RegisterRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        return;
    }
    m_details->showDocument(m_workspace, row->id);
}

} // namespace vanthu::gui
