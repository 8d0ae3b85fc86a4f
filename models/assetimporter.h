#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

#include "csvreader.h"
#include "importbatchrecorder.h"
#include "importprofile.h"

class Database;

struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    qint64 rows = 0; // data rows handled so far
};

struct ImportOptions
{
    // What happens to a row that matches an existing asset (by inventory number,
    // legacy number of this source, or serial):
    //  CreateOnly    creates unmatched rows; a matched row is left as stored, except
    //                that a device known from another source (same serial) gets this
    //                row's legacy number (counted as updated), else it counts as unchanged.
    //  UpdateMatched also writes the fields that differ (empty cells never clear a
    //                stored value; the inventory number is kept), one history row each.
    //  SkipMatched   leaves matched assets entirely untouched (unchanged).
    enum class Policy { CreateOnly, UpdateMatched, SkipMatched };

    Policy policy = Policy::CreateOnly;
    bool dryRun = false; // the same run inside a transaction that is rolled back
    bool lenient = false; // unreadable values become empty, with a warning in the history
    std::optional<TextEncoding> encoding; // overrides detection and profile
    std::optional<QChar> separator;
    QString rejectsPath; // empty: no rejects file
    QString user; // recorded in batch and history; empty: the database's user
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(const ImportProgress &)> progress;
    int progressInterval = 5000; // rows between progress reports
};

struct ImportReject
{
    qint64 line = 0;
    QString column;
    QString reason;
    QString rawText;
};

struct ImportResult
{
    enum class Status { Completed, DryRun, Cancelled, Failed };

    Status status = Status::Failed;
    QString error; // Failed: why; nothing was changed
    qint64 batchId = 0; // 0 for a dry run
    ImportCounts counts;
    QList<ImportReject> rejects; // the first ones (see AssetImporter::maxRejectsKept)
    QString rejectsFile; // written, or empty
    QString checksum; // SHA-256 of the file, hex
    CsvFormat format;

    bool ran() const { return status == Status::Completed || status == Status::DryRun; }
};

// Imports a legacy asset list as an import profile describes it: reads the CSV,
// maps and validates each row, matches it to existing assets and applies the
// policy, all in one transaction (rolled back for a dry run, a cancel or an error).
// Every data row ends as created, updated, unchanged or rejected; rejected rows
// go to import_reject and the rejects file. Not thread-bound, but the database
// connection must belong to the calling thread.
class AssetImporter
{
    Q_DECLARE_TR_FUNCTIONS(AssetImporter)

public:
    static constexpr int maxRejectsKept = 200;

    AssetImporter(Database &database, const ImportProfile &profile);
    ~AssetImporter();
    AssetImporter(const AssetImporter &) = delete;
    AssetImporter &operator=(const AssetImporter &) = delete;

    ImportResult run(const QString &filePath, const ImportOptions &options);

    static QString policyName(ImportOptions::Policy policy);

private:
    class Run;
    Database &m_database;
    const ImportProfile &m_profile;
};
