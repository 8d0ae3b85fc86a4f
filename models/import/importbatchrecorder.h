#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

class Database;

// What happened to the rows of one import. created + updated + unchanged +
// rejected == dataRows; skippedLines are lines that were no data at all.
struct ImportCounts
{
    qint64 dataRows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 skippedLines = 0;
    qint64 warnings = 0;
};

// Writes the import_batch row of one import run and its import_reject rows.
// Shared by the asset and the licence importer.
class ImportBatchRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchRecorder)

public:
    explicit ImportBatchRecorder(Database &database);

    // kind: "assets" or "licences". Returns the new batch id, 0 on error.
    qint64 start(const QString &kind, const QString &fileName, const QString &profile, const QString &user,
                 QString *error);
    bool addReject(qint64 batchId, qint64 line, const QString &column, const QString &reason,
                   const QString &rawText, QString *error);
    bool finish(qint64 batchId, const QString &checksum, const ImportCounts &counts, QString *error);

private:
    Database &m_database;
    QSqlQuery m_insertReject;
    bool m_prepared = false;
};
