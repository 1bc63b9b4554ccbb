// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RegisterView.h"

#include "app/gui/DocumentDetails.h"
#include "app/gui/RegisterTableModel.h"
#include "core/Workspace.h"
#include "core/common/VietnamTime.h"
#include "core/registers/RegisterService.h"
#include "core/registers/SeriesService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vanthu::gui
{

RegisterView::RegisterView(core::Workspace& workspace, core::Direction direction, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_direction(direction)
    , m_series(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_model(new RegisterTableModel(direction, this))
    , m_details(new DocumentDetails(this))
{
    const bool incoming = direction == core::Direction::Incoming;
    setObjectName(incoming ? QStringLiteral("incomingRegister") : QStringLiteral("outgoingRegister"));
    m_series->setObjectName(QStringLiteral("seriesSelector"));
    m_series->setAccessibleName(tr("Register book"));
    m_year->setObjectName(QStringLiteral("yearSelector"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(1990, 2100);
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setAccessibleName(incoming ? tr("Incoming register") : tr("Outgoing register"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RegisterTableModel::SubjectColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(RegisterTableModel::NumberColumn, 70);
    m_table->setColumnWidth(RegisterTableModel::DateColumn, 95);
    m_table->setColumnWidth(RegisterTableModel::CodeColumn, 130);
    m_table->setColumnWidth(RegisterTableModel::PartyColumn, 220);

    auto* bar = new QHBoxLayout;
    auto* seriesLabel = new QLabel(tr("&Book:"), this);
    seriesLabel->setBuddy(m_series);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    bar->addWidget(seriesLabel);
    bar->addWidget(m_series, 1);
    bar->addSpacing(12);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addStretch(2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter);
    m_details->showMessage(tr("Select a document to see its details."));

    connect(m_series, &QComboBox::currentIndexChanged, this, [this] { loadRows(); });
    connect(m_year, &QSpinBox::valueChanged, this, [this] { loadRows(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const core::RegisterRow* row = m_model->rowAt(index.row())) {
            Q_EMIT documentActivated(row->id);
        }
    });
    reload();
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

void RegisterView::loadRows()
{
    core::RegisterService registers(m_workspace);
    auto resolved = registers.resolve({m_direction, m_series->currentData().toString(), m_year->value()});
    if (!resolved) {
        m_model->setSource({});
        m_details->showMessage(resolved.error().message);
        return;
    }
    const qint64 seriesId = resolved->series.id;
    const int year = resolved->year;
    core::Workspace* workspace = &m_workspace;
    const core::Direction direction = m_direction;
    m_model->setSource(
        [workspace, direction, seriesId, year](const std::optional<core::RegisterRow>& after, int limit, bool& more) {
            core::RegisterQuery query;
            query.seriesId = seriesId;
            query.year = year;
            query.limit = limit;
            if (after) {
                query.afterNumber = after->number;
            }
            auto rows = core::RegisterService(*workspace).page(direction, query);
            more = rows && rows->size() == limit;
            return rows ? *rows : QList<core::RegisterRow>();
        });
    m_details->showMessage(tr("Select a document to see its details."));
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
