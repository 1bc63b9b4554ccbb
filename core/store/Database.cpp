// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Database.h"

#include "common/TextFold.h"
#include "core/store/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <mutex>

#include <sqlite3.h>

namespace vanthu::core
{
namespace
{

struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseText)
};

// fold_text(x): x without case or diacritics, so registers sort "Đ" beside "D" and "Ấ" beside "A" (SQLite's own
// collations order by code point, which puts every accented letter after "z").
void foldTextFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const QByteArray folded = foldForSearch(QString::fromUtf8(text, sqlite3_value_bytes(arguments[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

// Long enough to outlast another process's bulk import batch, short enough that a stuck writer surfaces as an error.
constexpr int BusyTimeoutMilliseconds = 30000;

Error errorFor(int extendedCode, const QString& detail)
{
    qCWarning(lcStore).noquote() << "database error" << detail;
    switch (extendedCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{ErrorCode::Busy,
                     DatabaseText::tr("The workspace is busy in another program. Try again in a moment."), detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error{ErrorCode::Corrupt,
                     DatabaseText::tr("The workspace database is damaged. Restore it from a backup and contact "
                                      "support."),
                     detail};
    case SQLITE_FULL:
        return Error{ErrorCode::Io, DatabaseText::tr("The disk is full. Free some space and try again."), detail};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error{ErrorCode::Io,
                     DatabaseText::tr("The workspace database could not be read or written. Check the disk and the "
                                      "permissions of the workspace folder."),
                     detail};
    case SQLITE_CONSTRAINT:
        if (extendedCode == SQLITE_CONSTRAINT_UNIQUE || extendedCode == SQLITE_CONSTRAINT_PRIMARYKEY) {
            return Error{ErrorCode::Conflict,
                         DatabaseText::tr("The change conflicts with data already in the register; nothing was "
                                          "saved."),
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

int bindValue(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull()) {
        return sqlite3_bind_null(statement, index);
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    default: {
        // A null QString is an empty text here; SQL NULL is asked for with a null QVariant.
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

} // namespace

Rows::Rows(sqlite3_stmt* statement, bool owned, bool* inUse) : m_statement(statement), m_owned(owned), m_inUse(inUse)
{
}

Rows::Rows(Rows&& other) noexcept
    : m_statement(other.m_statement), m_lastStep(other.m_lastStep), m_owned(other.m_owned), m_inUse(other.m_inUse)
{
    other.m_statement = nullptr;
    other.m_inUse = nullptr;
}

Rows::~Rows()
{
    if (!m_statement) {
        return;
    }
    if (m_owned) {
        sqlite3_finalize(m_statement);
    } else {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    if (m_inUse) {
        *m_inUse = false;
    }
}

bool Rows::next()
{
    m_lastStep = sqlite3_step(m_statement);
    return m_lastStep == SQLITE_ROW;
}

Error Rows::error() const
{
    sqlite3* connection = sqlite3_db_handle(m_statement);
    const int code = sqlite3_extended_errcode(connection);
    return errorFor(code,
                    QStringLiteral("step: sqlite %1: %2").arg(code).arg(QString::fromUtf8(sqlite3_errmsg(connection))));
}

bool Rows::failed() const
{
    return m_lastStep != SQLITE_ROW && m_lastStep != SQLITE_DONE && m_lastStep != 0;
}

QVariant Rows::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qint64>(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    default:
        return QVariant(text(column));
    }
}

QString Rows::text(int column) const
{
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 Rows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool Rows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Database::Database(QString path) : m_path(std::move(path))
{
}

Database::~Database()
{
    for (auto& [sql, cached] : m_statements) {
        sqlite3_finalize(cached.statement);
    }
    m_statements.clear();
    // sqlite3_close_v2 defers the close until every statement is gone and checkpoints the WAL on the last close.
    sqlite3_close_v2(m_connection);
}

const QString& Database::path() const
{
    return m_path;
}

Error Database::lastError(const QString& operation) const
{
    const int code = sqlite3_extended_errcode(m_connection);
    return errorFor(code, QStringLiteral("%1: sqlite %2: %3")
                              .arg(operation)
                              .arg(code)
                              .arg(QString::fromUtf8(sqlite3_errmsg(m_connection))));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    static std::once_flag sqliteConfigured;
    std::call_once(sqliteConfigured, [] {
        // Memory statistics put a process-wide mutex around every SQLite allocation; with the search indexer on its
        // own thread that lock was among the hottest symbols of a bulk registration. VanThu never reads the
        // statistics.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
    std::unique_ptr<Database> database(new Database(path));
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &database->m_connection, flags, nullptr);
    if (opened != SQLITE_OK) {
        if (!database->m_connection) {
            return errorFor(opened, QStringLiteral("open: sqlite %1").arg(opened));
        }
        return database->lastError(QStringLiteral("open"));
    }
    sqlite3_extended_result_codes(database->m_connection, 1);
    sqlite3_busy_timeout(database->m_connection, BusyTimeoutMilliseconds);
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
    for (const char* pragma :
         {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768",
          "PRAGMA mmap_size=1073741824", "PRAGMA wal_autocheckpoint=8000"}) {
        if (auto done = executeOnce(QString::fromLatin1(pragma)); !done) {
            return done.error();
        }
    }
    if (sqlite3_create_function_v2(m_connection, "fold_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   nullptr, foldTextFunction, nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        return lastError(QStringLiteral("registering fold_text"));
    }
    return {};
}

Result<sqlite3_stmt*> Database::prepareStatement(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_connection, utf8.constData(), static_cast<int>(utf8.size()), 0, &statement, nullptr)
        != SQLITE_OK) {
        return lastError(QStringLiteral("prepare"));
    }
    return statement;
}

Result<Rows> Database::run(const QString& sql, const QVariantList& values, bool cached)
{
    sqlite3_stmt* statement = nullptr;
    bool* inUse = nullptr;
    bool owned = true;
    if (cached) {
        auto found = m_statements.find(sql);
        if (found == m_statements.end()) {
            auto prepared = prepareStatement(sql);
            if (!prepared) {
                return prepared.error();
            }
            found = m_statements.emplace(sql, CachedStatement{*prepared, false}).first;
        }
        // A statement still being read by a live Rows cannot be reset under it: use a one-off copy instead.
        if (!found->second.inUse) {
            statement = found->second.statement;
            inUse = &found->second.inUse;
            *inUse = true;
            owned = false;
        }
    }
    if (!statement) {
        auto prepared = prepareStatement(sql);
        if (!prepared) {
            return prepared.error();
        }
        statement = *prepared;
    }
    Rows rows(statement, owned, inUse);
    for (int index = 0; index < values.size(); ++index) {
        if (bindValue(statement, index + 1, values.at(index)) != SQLITE_OK) {
            return lastError(QStringLiteral("bind"));
        }
    }
    return rows;
}

Result<Rows> Database::query(const QString& sql, const QVariantList& values)
{
    return run(sql, values, true);
}

Result<QList<qint64>> Database::integers(const QString& sql, const QVariantList& values)
{
    auto rows = query(sql, values);
    if (!rows) {
        return rows.error();
    }
    QList<qint64> list;
    while (rows->next()) {
        list.append(rows->integer(0));
    }
    if (rows->failed()) {
        return rows->error();
    }
    return list;
}

Result<void> Database::execute(const QString& sql, const QVariantList& values)
{
    auto rows = run(sql, values, true);
    if (!rows) {
        return rows.error();
    }
    // Step until done: a statement with RETURNING or a PRAGMA may yield rows first.
    while (rows->next()) {
    }
    if (rows->failed()) {
        return lastError(QStringLiteral("step"));
    }
    return {};
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& values)
{
    if (auto done = execute(sql, values); !done) {
        return done.error();
    }
    return static_cast<qint64>(sqlite3_last_insert_rowid(m_connection));
}

Result<void> Database::executeOnce(const QString& sql, const QVariantList& values)
{
    auto rows = run(sql, values, false);
    if (!rows) {
        return rows.error();
    }
    while (rows->next()) {
    }
    if (rows->failed()) {
        return lastError(QStringLiteral("step"));
    }
    return {};
}

Result<void> Database::attachReadOnly(const QString& path, const QString& schema)
{
    // A URI with mode=ro: this connection can never take a write lock on the attached file.
    const QString uri =
        QStringLiteral("file:") + QString::fromUtf8(QUrl::toPercentEncoding(path, "/")) + QStringLiteral("?mode=ro");
    return executeOnce(QStringLiteral("ATTACH DATABASE ? AS ") + schema, {uri});
}

Result<QVariant> Database::scalarOnce(const QString& sql)
{
    auto rows = run(sql, {}, false);
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        if (rows->failed()) {
            return lastError(QStringLiteral("step"));
        }
        return QVariant();
    }
    return rows->value(0);
}

} // namespace vanthu::core
