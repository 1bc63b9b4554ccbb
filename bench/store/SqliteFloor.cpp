// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/store/SqliteFloor.h"

#include "bench/store/BenchmarkData.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

namespace vanthu::bench
{
namespace
{

void exec(sqlite3* database, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(database, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qFatal("floor: %s", message);
    }
}

void bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

double elapsedMilliseconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

double SqliteFloor::insertRate(const QString& databasePath, quint32 seed, int documents, int batchSize)
{
    QFile::remove(databasePath);
    sqlite3* database = nullptr;
    sqlite3_open(QFile::encodeName(databasePath).constData(), &database);
    exec(database, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON");
    exec(database, "CREATE TABLE document (id INTEGER PRIMARY KEY, direction TEXT, type_key TEXT, code_number TEXT, "
                   "code_notation TEXT, issued_date TEXT, organ_name TEXT, subject TEXT, signer_name TEXT, "
                   "register_date TEXT); CREATE TABLE entry (document_id INTEGER PRIMARY KEY REFERENCES document(id), "
                   "year INTEGER, number INTEGER, receivers TEXT, UNIQUE (year, number))");
    sqlite3_stmt* insertDocument = nullptr;
    sqlite3_stmt* insertEntry = nullptr;
    sqlite3_prepare_v2(database,
                       "INSERT INTO document (direction, type_key, code_number, code_notation, issued_date, "
                       "organ_name, subject, signer_name, register_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &insertDocument, nullptr);
    sqlite3_prepare_v2(database, "INSERT INTO entry (document_id, year, number, receivers) VALUES (?, ?, ?, ?)", -1,
                       &insertEntry, nullptr);
    BenchmarkData data(seed);
    QDate day(2025, 1, 2);
    qint64 number = 0;
    double milliseconds = 0;
    for (int done = 0; done < documents; done += batchSize) {
        QList<core::IncomingRequest> incoming;
        QList<core::OutgoingRequest> outgoing;
        data.next(qMin(batchSize, documents - done), incoming, outgoing, day);
        QElapsedTimer timer;
        timer.start();
        exec(database, "BEGIN IMMEDIATE");
        auto write = [&](const QString& direction, const QString& type, const QString& codeNumber,
                         const QString& notation, const QString& organ, const QString& subject, const QString& signer,
                         const QString& receivers) {
            bindText(insertDocument, 1, direction);
            bindText(insertDocument, 2, type);
            bindText(insertDocument, 3, codeNumber);
            bindText(insertDocument, 4, notation);
            bindText(insertDocument, 5, day.toString(Qt::ISODate));
            bindText(insertDocument, 6, organ);
            bindText(insertDocument, 7, subject);
            bindText(insertDocument, 8, signer);
            bindText(insertDocument, 9, day.toString(Qt::ISODate));
            sqlite3_step(insertDocument);
            sqlite3_reset(insertDocument);
            sqlite3_bind_int64(insertEntry, 1, sqlite3_last_insert_rowid(database));
            sqlite3_bind_int(insertEntry, 2, day.year());
            sqlite3_bind_int64(insertEntry, 3, ++number);
            bindText(insertEntry, 4, receivers);
            sqlite3_step(insertEntry);
            sqlite3_reset(insertEntry);
        };
        for (const core::IncomingRequest& request : incoming) {
            write(QStringLiteral("incoming"), request.fields.typeKey, request.fields.code.number,
                  request.fields.code.notation, request.fields.organName, request.fields.subject,
                  request.fields.signerName, request.toPlaces);
        }
        for (const core::OutgoingRequest& request : outgoing) {
            write(QStringLiteral("outgoing"), request.typeKey, QString::number(number + 1), QStringLiteral("SNV-VP"),
                  QStringLiteral("Sở Nội vụ"), request.subject, request.signerName,
                  request.recipients.front().organName);
        }
        exec(database, "COMMIT");
        milliseconds += elapsedMilliseconds(timer);
        day = day.addDays(1);
    }
    sqlite3_finalize(insertDocument);
    sqlite3_finalize(insertEntry);
    sqlite3_close(database);
    return documents / (milliseconds / 1000.0);
}

QList<double> SqliteFloor::searchTimes(const QString& databasePath, const QStringList& expressions)
{
    sqlite3* database = nullptr;
    sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &database, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(database,
                       "SELECT rowid FROM document_search WHERE document_search MATCH ? ORDER BY rowid DESC LIMIT 50",
                       -1, &statement, nullptr);
    QList<double> times;
    for (const QString& expression : expressions) {
        QElapsedTimer timer;
        timer.start();
        bindText(statement, 1, expression);
        while (sqlite3_step(statement) == SQLITE_ROW) {
        }
        sqlite3_reset(statement);
        times.append(elapsedMilliseconds(timer));
    }
    sqlite3_finalize(statement);
    sqlite3_close(database);
    return times;
}

double SqliteFloor::firstPageTime(const QString& databasePath, bool incoming)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3* database = nullptr;
    sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &database, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(database,
                       incoming ? "SELECT d.id, d.subject, d.organ_name, e.arrival_number FROM incoming_entry e JOIN "
                                  "document d ON d.id = e.document_id WHERE e.series_id = 4 AND e.year = (SELECT "
                                  "max(year) FROM incoming_entry WHERE series_id = 4) ORDER BY e.arrival_number DESC "
                                  "LIMIT 50"
                                : "SELECT d.id, d.subject, e.number FROM outgoing_entry e JOIN document d ON d.id = "
                                  "e.document_id WHERE e.series_id = 1 AND e.year = (SELECT max(year) FROM "
                                  "outgoing_entry WHERE series_id = 1) ORDER BY e.number DESC LIMIT 50",
                       -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW) {
    }
    sqlite3_finalize(statement);
    sqlite3_close(database);
    return elapsedMilliseconds(timer);
}

} // namespace vanthu::bench
