#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "import/csvreader.h"
#include "import/importbatchrecorder.h"
#include "import/importprofile.h"
#include "import/importrowmapper.h"
#include "import/importrowsource.h"

class Database;
class RejectsFileWriter;

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

// What a technician should know of a row besides its outcome: a value the import
// repaired or dropped (a warning, also kept in the item's history), or a line that
// is not data and was skipped.
struct ImportNotice
{
    enum class Kind { Warning, SkippedLine };

    Kind kind = Kind::Warning;
    qint64 line = 0;
    QString column; // a warning's column; empty for a skipped line
    QString message;
    QString rawText; // the cell as read, or the whole skipped line
};

struct ImportResult
{
    enum class Status { Completed, DryRun, Cancelled, Failed };

    Status status = Status::Failed;
    QString error; // Failed: why; nothing was changed
    qint64 batchId = 0; // 0 for a dry run
    ImportCounts counts;
    QList<ImportReject> rejects; // the first ones (see ImportRun::maxRejectsKept)
    QList<ImportNotice> notices; // the first ones (see ImportRun::maxNoticesKept), in file order
    QString rejectsFile; // written, or empty
    QString checksum; // SHA-256 of the file, hex
    CsvFormat format;

    bool ran() const { return status == Status::Completed || status == Status::DryRun; }
};

// One import of a CSV list, whatever it holds: reads the file once (and hashes it
// on the way), finds the header, maps every line and gives each data row exactly one
// outcome (created, updated, unchanged or rejected, the counts adding up), records
// the import batch and the rejects (database and rejects file), and keeps all of it
// in one transaction that a dry run, a cancel or an error rolls back. What a row
// means is the subclass's: AssetImporter and LicenceImporter.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(ImportRun)

public:
    static constexpr int maxRejectsKept = 200;
    static constexpr int maxNoticesKept = 200;

    ImportRun(Database &database, const ImportProfile &profile, const ImportOptions &options);
    virtual ~ImportRun();
    ImportRun(const ImportRun &) = delete;
    ImportRun &operator=(const ImportRun &) = delete;

    ImportResult execute(const QString &filePath);

protected:
    enum class Outcome { Created, Updated, Unchanged, Rejected, Failed };

    // The profile kind this run imports; a profile of another kind gets this message.
    virtual ImportProfile::Kind kind() const = 0;
    virtual QString wrongKindMessage() const = 0;
    // Before the transaction: whether this run loads in bulk (it brings at least as
    // much as the database holds). Such a run may have the database to itself.
    virtual bool loadsInBulk(qint64 fileSize, QString *error);
    // Inside the transaction, once the batch exists (repositories, bulk load as
    // loadsInBulk() decided).
    virtual bool begin(const QString &user, qint64 batchId, bool bulk, QString *error) = 0;
    // Rejected: the row is refused with reason and column; Failed: the database
    // failed and the whole import ends.
    virtual Outcome importRow(const CsvRecord &record, const MappedRow &row, QString *reason,
                              QString *column) = 0;
    // After the last row, before the batch's counts are written.
    virtual bool finishRows(QString *error);

    Database &m_database;
    const ImportProfile &m_profile;
    const ImportOptions &m_options;
    ImportRowMapper m_mapper;

private:
    CsvFormat detectFormat(const QString &filePath, QString *error);
    bool importRecord(const CsvRecord &record, const MappedRow &row);
    bool reject(const CsvRecord &record, const QString &column, const QString &reason);
    void noteWarnings(const CsvRecord &record, const MappedRow &row);
    void noteSkippedLine(const CsvRecord &record, ImportRowSource::LineKind kind);
    bool fail(const QString &error);

    ImportBatchRecorder m_batches;
    std::unique_ptr<RejectsFileWriter> m_rejectsFile;
    ImportResult m_result;
    qint64 m_batchId = 0;
};
