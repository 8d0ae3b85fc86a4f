#include "import/importbatchrecorder.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

ImportBatchRecorder::ImportBatchRecorder(Database &database)
    : m_database(database)
    , m_insertReject(database.connection())
{ }

qint64 ImportBatchRecorder::start(const QString &kind, const QString &fileName, const QString &profile,
                                  const QString &user, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("INSERT INTO import_batch (kind, file_name, checksum, profile, started_by, "
                           "started_at, status) VALUES (?, ?, '', ?, ?, ?, 'running')"),
            error))
        return 0;
    query.addBindValue(kind);
    query.addBindValue(fileName);
    query.addBindValue(profile);
    query.addBindValue(user);
    query.addBindValue(Sql::nowText());
    if (!Sql::exec(query, error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool ImportBatchRecorder::addReject(qint64 batchId, qint64 line, const QString &column, const QString &reason,
                                    const QString &rawText, QString *error)
{
    if (!m_prepared) {
        m_prepared =
            Sql::prepare(m_insertReject,
                         QStringLiteral("INSERT INTO import_reject (batch_id, line_no, column_name, reason, "
                                        "raw_text) VALUES (?, ?, ?, ?, ?)"),
                         error);
        if (!m_prepared)
            return false;
    }
    const auto notNull = [](const QString &text) {
        return text.isNull() ? QString(QLatin1String("")) : text;
    };
    m_insertReject.bindValue(0, batchId);
    m_insertReject.bindValue(1, line);
    m_insertReject.bindValue(2, notNull(column));
    m_insertReject.bindValue(3, notNull(reason));
    m_insertReject.bindValue(4, notNull(rawText));
    return Sql::exec(m_insertReject, error);
}

bool ImportBatchRecorder::finish(qint64 batchId, const QString &checksum, const ImportCounts &counts,
                                 QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("UPDATE import_batch SET checksum = ?, finished_at = ?, status = 'completed', "
                           "data_rows = ?, created = ?, updated = ?, unchanged = ?, rejected = ?, "
                           "skipped_lines = ?, warnings = ? WHERE id = ?"),
            error))
        return false;
    query.addBindValue(checksum);
    query.addBindValue(Sql::nowText());
    query.addBindValue(counts.dataRows);
    query.addBindValue(counts.created);
    query.addBindValue(counts.updated);
    query.addBindValue(counts.unchanged);
    query.addBindValue(counts.rejected);
    query.addBindValue(counts.skippedLines);
    query.addBindValue(counts.warnings);
    query.addBindValue(batchId);
    return Sql::exec(query, error);
}
