#include "import/importrun.h"

#include "history/changecontext.h"
#include "import/importrowsource.h"
#include "import/rejectsfilewriter.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace {

// Hashes the bytes as the CSV reader pulls them, so the file is read only once.
class HashingDevice : public QIODevice
{
public:
    explicit HashingDevice(const QString &path)
        : m_file(path)
        , m_hash(QCryptographicHash::Sha256)
    { }

    bool open(OpenMode mode) override
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            setErrorString(m_file.errorString());
            return false;
        }
        return QIODevice::open(mode | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_file.size(); }

    // Reads what the reader left unread, so the checksum covers the whole file.
    QString finishChecksum()
    {
        char buffer[65536];
        qint64 n = 0;
        while ((n = m_file.read(buffer, sizeof buffer)) > 0)
            m_hash.addData(QByteArrayView(buffer, n));
        return QString::fromLatin1(m_hash.result().toHex());
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_file.read(data, maxSize);
        if (n > 0)
            m_hash.addData(QByteArrayView(data, n));
        else if (n < 0)
            setErrorString(m_file.errorString());
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    QCryptographicHash m_hash;
};

// Has the database to itself for a bulk load, when nobody else has it open (see
// SqlDialect::beginExclusiveBulkWrite), and gives it back when it ends.
class ExclusiveBulkWrite
{
public:
    ExclusiveBulkWrite(Database &database, bool wanted)
        : m_database(database)
        , m_active(wanted && database.dialect().beginExclusiveBulkWrite(database.connection()))
    { }
    ~ExclusiveBulkWrite()
    {
        QString error;
        // Not fatal: the import has committed or rolled back, and every connection
        // asks for the shared mode again when it opens.
        if (m_active && !m_database.dialect().endExclusiveBulkWrite(m_database.connection(), &error))
            qWarning("Could not return to the shared journal mode after a bulk load: %s", qPrintable(error));
    }
    ExclusiveBulkWrite(const ExclusiveBulkWrite &) = delete;
    ExclusiveBulkWrite &operator=(const ExclusiveBulkWrite &) = delete;

private:
    Database &m_database;
    const bool m_active;
};

} // namespace

ImportRun::ImportRun(Database &database, const ImportProfile &profile, const ImportOptions &options)
    : m_database(database)
    , m_profile(profile)
    , m_options(options)
    , m_mapper(profile, options.lenient)
    , m_batches(database)
{ }

ImportRun::~ImportRun() = default;

bool ImportRun::loadsInBulk(qint64, QString *)
{
    return false;
}

bool ImportRun::finishRows(QString *)
{
    return true;
}

bool ImportRun::fail(const QString &error)
{
    m_result.status = ImportResult::Status::Failed;
    m_result.error = error;
    m_result.batchId = 0;
    return false;
}

CsvFormat ImportRun::detectFormat(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(filePath, file.errorString());
        return {};
    }
    CsvFormat format = CsvFormatDetector::detect(file.read(256 * 1024));
    const QString encoding = m_profile.encoding.toLower();
    if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        format.encoding = TextEncoding::Utf8;
    else if (encoding == QLatin1String("windows-1252") || encoding == QLatin1String("cp1252"))
        format.encoding = TextEncoding::Windows1252;
    if (!m_profile.separator.isEmpty() && m_profile.separator != QLatin1String("auto"))
        format.separator = m_profile.separator.at(0);
    if (m_options.encoding)
        format.encoding = *m_options.encoding;
    if (m_options.separator)
        format.separator = *m_options.separator;
    return format;
}

ImportResult ImportRun::execute(const QString &filePath)
{
    if (m_profile.kind != kind()) {
        fail(wrongKindMessage());
        return m_result;
    }
    QString error;
    m_result.format = detectFormat(filePath, &error);
    if (!error.isEmpty()) {
        fail(error);
        return m_result;
    }
    HashingDevice device(filePath);
    if (!device.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot open %1: %2").arg(filePath, device.errorString()));
        return m_result;
    }
    ImportProgress progress;
    progress.totalBytes = device.size();
    CsvReader reader(&device, m_result.format);
    CsvRecord record;
    // The header is the first line that is not blank.
    bool haveHeader = false;
    while (reader.readRecord(&record)) {
        if (!record.isBlank()) {
            haveHeader = true;
            break;
        }
    }
    if (!haveHeader) {
        fail(reader.errorString().isEmpty() ? tr("%1 holds no header line.").arg(filePath)
                                            : reader.errorString());
        return m_result;
    }
    const QStringList header = record.fields;
    if (!m_mapper.setHeader(header, &error)) {
        fail(error);
        return m_result;
    }
    reader.setExpectedFieldCount(int(header.size()));

    const bool bulk = loadsInBulk(progress.totalBytes, &error);
    if (!error.isEmpty()) {
        fail(error);
        return m_result;
    }
    // Ends after the transaction's commit or rollback.
    const ExclusiveBulkWrite exclusiveWrite(m_database, bulk);
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        fail(tr("Cannot start a transaction on %1.").arg(m_database.settings().displayName()));
        return m_result;
    }
    // Everything written so far goes with the transaction; a rejects file is not kept.
    const auto abandon = [&] {
        transaction.rollback();
        if (m_rejectsFile)
            m_rejectsFile->cancel();
        m_result.batchId = 0;
        return m_result;
    };
    const QString user = ChangeContext { m_options.user, 0 }.resolved(m_database).user;
    m_batchId = m_batches.start(ImportProfile::kindName(m_profile.kind), QFileInfo(filePath).fileName(),
                                m_profile.name, user, &error);
    if (m_batchId <= 0 || !begin(user, m_batchId, bulk, &error)) {
        fail(error);
        return abandon();
    }
    if (!m_options.rejectsPath.isEmpty())
        m_rejectsFile = std::make_unique<RejectsFileWriter>(m_options.rejectsPath, m_result.format);

    ImportCounts &counts = m_result.counts;
    {
        // Reading and mapping run ahead in a thread of their own; the rows are
        // written here, in file order. Leaving this block early stops the reading.
        ImportRowSource source(reader, m_mapper);
        source.start();
        std::vector<ImportRowSource::Row> rows;
        while (source.next(&rows)) {
            for (const ImportRowSource::Row &row : rows) {
                if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
                    m_result.status = ImportResult::Status::Cancelled;
                    return abandon();
                }
                if (row.kind != ImportRowSource::LineKind::Data) {
                    ++counts.skippedLines;
                    noteSkippedLine(row.record, row.kind);
                    continue;
                }
                ++counts.dataRows;
                if (!importRecord(row.record, row.mapped))
                    return abandon();
                if (m_options.progress && counts.dataRows % std::max(1, m_options.progressInterval) == 0) {
                    progress.bytesRead = row.bytesRead;
                    progress.rows = counts.dataRows;
                    m_options.progress(progress);
                }
            }
        }
    }
    if (!reader.errorString().isEmpty()) {
        fail(tr("Reading %1 failed: %2").arg(filePath, reader.errorString()));
        return abandon();
    }
    m_result.checksum = device.finishChecksum();
    if (!finishRows(&error) || !m_batches.finish(m_batchId, m_result.checksum, counts, &error)) {
        fail(error);
        return abandon();
    }
    if (m_options.progress) {
        progress.bytesRead = reader.bytesRead();
        progress.rows = counts.dataRows;
        m_options.progress(progress);
    }
    if (m_options.dryRun) {
        // The rejects file is still written: it is what a dry run is for.
        transaction.rollback();
        m_result.status = ImportResult::Status::DryRun;
        m_result.batchId = 0;
    } else {
        if (!transaction.commit(&error)) {
            fail(error);
            return abandon();
        }
        m_result.status = ImportResult::Status::Completed;
        m_result.batchId = m_batchId;
    }
    if (m_rejectsFile && m_rejectsFile->isOpen()) {
        if (m_rejectsFile->commit(&error))
            m_result.rejectsFile = m_options.rejectsPath;
        else
            m_result.error = error; // the import is done; the rejects are also in import_reject
    }
    return m_result;
}

bool ImportRun::importRecord(const CsvRecord &record, const MappedRow &row)
{
    if (record.problem != CsvRecord::Problem::None)
        return reject(record, QString(), record.problemText());
    if (!row.errors.isEmpty()) {
        QStringList reasons;
        for (const RowMessage &problem : row.errors)
            reasons.append(QStringLiteral("%1: %2").arg(problem.column, problem.message));
        return reject(record, row.errors.first().column, reasons.join(QStringLiteral("; ")));
    }
    QString reason;
    QString column;
    ImportCounts &counts = m_result.counts;
    switch (importRow(record, row, &reason, &column)) {
    case Outcome::Created:
        ++counts.created;
        noteWarnings(record, row);
        return true;
    case Outcome::Updated:
        ++counts.updated;
        noteWarnings(record, row);
        return true;
    case Outcome::Unchanged:
        ++counts.unchanged;
        return true;
    case Outcome::Rejected:
        return reject(record, column, reason);
    case Outcome::Failed:
        return fail(reason);
    }
    return fail(reason);
}

void ImportRun::noteWarnings(const CsvRecord &record, const MappedRow &row)
{
    m_result.counts.warnings += row.warnings.size();
    for (const RowMessage &warning : row.warnings) {
        if (m_result.notices.size() >= maxNoticesKept)
            return;
        m_result.notices.append(
            { ImportNotice::Kind::Warning, record.line, warning.column, warning.message, warning.rawText });
    }
}

void ImportRun::noteSkippedLine(const CsvRecord &record, ImportRowSource::LineKind kind)
{
    if (m_result.notices.size() >= maxNoticesKept)
        return;
    QString reason;
    switch (kind) {
    case ImportRowSource::LineKind::Blank:
        reason = tr("Blank line");
        break;
    case ImportRowSource::LineKind::RepeatedHeader:
        reason = tr("The header once more");
        break;
    case ImportRowSource::LineKind::SkipPattern:
    case ImportRowSource::LineKind::Data:
        reason = tr("Not a data row (a sum or a note, as the profile's skip patterns say)");
        break;
    }
    m_result.notices.append(
        { ImportNotice::Kind::SkippedLine, record.line, QString(), reason, record.rawText });
}

bool ImportRun::reject(const CsvRecord &record, const QString &column, const QString &reason)
{
    ++m_result.counts.rejected;
    if (m_result.rejects.size() < maxRejectsKept)
        m_result.rejects.append({ record.line, column, reason, record.rawText });
    QString error;
    if (!m_batches.addReject(m_batchId, record.line, column, reason, record.rawText, &error))
        return fail(error);
    if (m_rejectsFile) {
        if (!m_rejectsFile->isOpen() && !m_rejectsFile->open(m_mapper.header(), &error))
            return fail(error);
        const QString text = tr("line %1: %2").arg(record.line).arg(reason);
        if (!m_rejectsFile->write(record.fields, text, &error))
            return fail(error);
    }
    return true;
}
