// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Database.h"

#include "core/store/Logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>

namespace vanthu::core {
namespace {

struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseText)
};

// SQLite primary result codes (sqlite3.h); the Qt driver reports the extended code as text.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADatabase = 26;
constexpr int SqliteConstraintPrimaryKey = 1555;
constexpr int SqliteConstraintUnique = 2067;

// Long enough to outlast another process's bulk import batch, short enough that a stuck writer surfaces as an error.
constexpr int BusyTimeoutMilliseconds = 30000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("vanthu-%1").arg(counter.fetchAndAddRelaxed(1));
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int index = 0; index < values.size(); ++index) {
        const QVariant& value = values.at(index);
        // The driver binds a null QString as SQL NULL; only an explicitly null QVariant is meant as NULL here.
        if (!value.isNull() && value.metaType().id() == QMetaType::QString && value.toString().isNull()) {
            query.bindValue(index, QStringLiteral(""));
        } else {
            query.bindValue(index, value);
        }
    }
}

} // namespace

Rows::Rows(QSqlQuery* query)
    : m_query(query)
{
}

Rows::Rows(Rows&& other) noexcept
    : m_query(other.m_query)
{
    other.m_query = nullptr;
}

Rows::~Rows()
{
    if (m_query) {
        m_query->finish();
    }
}

bool Rows::next()
{
    return m_query->next();
}

QVariant Rows::value(int column) const
{
    return m_query->value(column);
}

QString Rows::text(int column) const
{
    return m_query->value(column).toString();
}

qint64 Rows::integer(int column) const
{
    return m_query->value(column).toLongLong();
}

bool Rows::isNull(int column) const
{
    return m_query->isNull(column);
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    if (m_connection.isOpen()) {
        m_connection.close();
    }
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

const QString& Database::path() const
{
    return m_path;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return Error{ErrorCode::Unsupported,
                     DatabaseText::tr("The SQLite driver of Qt is missing. Install the package libqt6sql6-sqlite."),
                     QStringLiteral("QSQLITE driver not available")};
    }
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    database->m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    database->m_connection.setDatabaseName(path);
    database->m_connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMilliseconds));
    if (!database->m_connection.open()) {
        return errorFrom(database->m_connection.lastError(), QStringLiteral("open"));
    }
    if (auto configured = database->configure(); !configured) {
        return configured.error();
    }
    return database;
}

Result<void> Database::configure()
{
    // WAL lets readers (the GUI listing a register) run while a clerk registers; it needs a local disk, which the
    // workspace checks before opening. The answer is read back because the switch can fail quietly.
    auto mode = scalarOnce(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode) {
        return mode.error();
    }
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error{ErrorCode::Unsupported,
                     DatabaseText::tr("The workspace database cannot use write-ahead logging. Keep the workspace on a "
                                   "local disk."),
                     QStringLiteral("journal_mode answered %1").arg(mode->toString())};
    }
    // FULL: in WAL mode the default NORMAL may lose the last commits on power loss; an acknowledged registration
    // (a number handed out) must survive.
    // foreign_keys: attachments and register entries must never point at a missing document.
    // temp_store=MEMORY and a 32 MB page cache keep search and listing of a million documents off the disk.
    for (const char* pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY",
                               "PRAGMA cache_size=-32768"}) {
        if (auto done = executeOnce(QString::fromLatin1(pragma)); !done) {
            return done.error();
        }
    }
    return {};
}

Result<QSqlQuery*> Database::prepared(const QString& sql, const QVariantList& values)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_connection);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            return errorFrom(query->lastError(), QStringLiteral("prepare"));
        }
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery* query = found->second.get();
    bindAll(*query, values);
    if (!query->exec()) {
        const Error error = errorFrom(query->lastError(), QStringLiteral("exec"));
        query->finish();
        return error;
    }
    return query;
}

Result<Rows> Database::query(const QString& sql, const QVariantList& values)
{
    auto query = prepared(sql, values);
    if (!query) {
        return query.error();
    }
    return Rows(*query);
}

Result<void> Database::execute(const QString& sql, const QVariantList& values)
{
    auto query = prepared(sql, values);
    if (!query) {
        return query.error();
    }
    (*query)->finish();
    return {};
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& values)
{
    auto query = prepared(sql, values);
    if (!query) {
        return query.error();
    }
    const qint64 rowId = (*query)->lastInsertId().toLongLong();
    (*query)->finish();
    return rowId;
}

Result<void> Database::executeOnce(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_connection);
    if (!query.prepare(sql)) {
        return errorFrom(query.lastError(), QStringLiteral("prepare"));
    }
    bindAll(query, values);
    if (!query.exec()) {
        return errorFrom(query.lastError(), QStringLiteral("exec"));
    }
    return {};
}

Result<QVariant> Database::scalarOnce(const QString& sql)
{
    QSqlQuery query(m_connection);
    if (!query.exec(sql)) {
        return errorFrom(query.lastError(), QStringLiteral("exec"));
    }
    if (!query.next()) {
        return QVariant();
    }
    return query.value(0);
}

Error Database::errorFrom(const QSqlError& error, const QString& operation)
{
    const int extendedCode = error.nativeErrorCode().toInt();
    const int primaryCode = extendedCode & 0xff;
    const QString detail = QStringLiteral("%1: sqlite %2: %3 %4")
                               .arg(operation, error.nativeErrorCode(), error.databaseText(), error.driverText());
    qCWarning(lcStore).noquote() << "database error" << detail;
    switch (primaryCode) {
    case SqliteBusy:
    case SqliteLocked:
        return Error{ErrorCode::Busy,
                     DatabaseText::tr("The workspace is busy in another program. Try again in a moment."), detail};
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Error{ErrorCode::Corrupt,
                     DatabaseText::tr("The workspace database is damaged. Restore it from a backup and contact support."),
                     detail};
    case SqliteFull:
        return Error{ErrorCode::Io, DatabaseText::tr("The disk is full. Free some space and try again."), detail};
    case SqliteIoError:
    case SqliteCantOpen:
        return Error{ErrorCode::Io,
                     DatabaseText::tr("The workspace database could not be read or written. Check the disk and the "
                                   "permissions of the workspace folder."),
                     detail};
    case SqliteConstraint:
        if (extendedCode == SqliteConstraintUnique || extendedCode == SqliteConstraintPrimaryKey) {
            return Error{ErrorCode::Conflict,
                         DatabaseText::tr("The change conflicts with data already in the register; nothing was saved."),
                         detail};
        }
        return Error{ErrorCode::Storage,
                     DatabaseText::tr("The data did not pass the checks of the register database; nothing was saved."),
                     detail};
    default:
        return Error{ErrorCode::Storage,
                     DatabaseText::tr("The workspace database could not complete the operation; nothing was saved."),
                     detail};
    }
}

} // namespace vanthu::core
