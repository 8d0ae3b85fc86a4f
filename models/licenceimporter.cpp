#include "licenceimporter.h"

#include "database.h"
#include "importrowmapper.h"
#include "licencerepository.h"
#include "masterdatalookup.h"
#include "rejectsfilewriter.h"
#include "sqlhelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <limits>

namespace {

QString checksumOf(const QString &filePath)
{
    QFile file(filePath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// One import run: the state that lives as long as its transaction.
class LicenceImportRun
{
    Q_DECLARE_TR_FUNCTIONS(LicenceImporter)

public:
    LicenceImportRun(Database &database, const ImportProfile &profile, const ImportOptions &options)
        : m_database(database)
        , m_profile(profile)
        , m_options(options)
        , m_mapper(profile, options.lenient)
        , m_lookup(database)
        , m_batches(database)
        , m_findByKey(database.connection())
        , m_findByContract(database.connection())
    { }

    ImportResult execute(const QString &filePath);

private:
    enum class Outcome { Created, Updated, Unchanged, Rejected, Failed };

    bool fail(const QString &error)
    {
        m_result.status = ImportResult::Status::Failed;
        m_result.error = error;
        m_result.batchId = 0;
        return false;
    }
    CsvFormat detectFormat(const QString &filePath, QString *error);
    bool reject(const CsvRecord &record, const QString &column, const QString &reason);
    Outcome importRow(const MappedRow &row, QString *reason, QString *column);
    qint64 authorityId(const QString &code, QString *error);
    std::optional<qint64> findExisting(const Licence &licence, QString *error);

    Database &m_database;
    const ImportProfile &m_profile;
    const ImportOptions &m_options;
    ImportRowMapper m_mapper;
    MasterDataLookup m_lookup;
    ImportBatchRecorder m_batches;
    std::unique_ptr<LicenceRepository> m_repository;
    std::unique_ptr<RejectsFileWriter> m_rejectsFile;
    QHash<QString, qint64> m_authorities;
    QSqlQuery m_findByKey;
    QSqlQuery m_findByContract;
    bool m_prepared = false;
    ImportResult m_result;
    qint64 m_batchId = 0;
};

CsvFormat LicenceImportRun::detectFormat(const QString &filePath, QString *error)
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

bool LicenceImportRun::reject(const CsvRecord &record, const QString &column, const QString &reason)
{
    ++m_result.counts.rejected;
    if (m_result.rejects.size() < AssetImporter::maxRejectsKept)
        m_result.rejects.append({ record.line, column, reason, record.rawText });
    QString error;
    if (!m_batches.addReject(m_batchId, record.line, column, reason, record.rawText, &error))
        return fail(error);
    if (m_rejectsFile) {
        if (!m_rejectsFile->isOpen() && !m_rejectsFile->open(m_mapper.header(), &error))
            return fail(error);
        if (!m_rejectsFile->write(record.fields, reason, &error))
            return fail(error);
    }
    return true;
}

qint64 LicenceImportRun::authorityId(const QString &code, QString *error)
{
    if (m_authorities.contains(code))
        return m_authorities.value(code);
    const std::optional<qint64> id = m_lookup.authorityByCode(code, error);
    const qint64 value = id.value_or(0);
    m_authorities.insert(code, value);
    if (!id && error && error->isEmpty())
        *error = tr("Unknown authority %1").arg(code);
    return value;
}

std::optional<qint64> LicenceImportRun::findExisting(const Licence &licence, QString *error)
{
    if (!m_prepared) {
        m_prepared =
            Sql::prepare(m_findByKey,
                         QStringLiteral("SELECT id FROM licence WHERE licence_key = ? AND licence_key <> ''"),
                         error)
            && Sql::prepare(
                m_findByContract,
                QStringLiteral("SELECT id FROM licence WHERE licence_key = '' AND product = ? AND "
                               "contract_no = ? AND owner_authority_id = ?"),
                error);
        if (!m_prepared)
            return std::nullopt;
    }
    QSqlQuery &query = licence.licenceKey.isEmpty() ? m_findByContract : m_findByKey;
    if (licence.licenceKey.isEmpty()) {
        query.bindValue(0, licence.product);
        query.bindValue(1, licence.contractNo);
        query.bindValue(2, licence.ownerAuthorityId);
    } else {
        query.bindValue(0, licence.licenceKey);
    }
    if (!Sql::exec(query, error))
        return std::nullopt;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

LicenceImportRun::Outcome LicenceImportRun::importRow(const MappedRow &row, QString *reason, QString *column)
{
    const auto columnOf = [&row](const QString &field) {
        return row.values.value(field).column;
    };
    Licence licence;
    licence.product = row.text(QStringLiteral("product")).trimmed();
    licence.vendor = row.text(QStringLiteral("vendor"));
    licence.edition = row.text(QStringLiteral("edition"));
    licence.licenceKey = row.text(QStringLiteral("licence_key")).trimmed();
    licence.contractNo = row.text(QStringLiteral("contract_no"));
    licence.notes = row.text(QStringLiteral("notes"));
    licence.validFrom = row.value(QStringLiteral("valid_from")).toDate();
    licence.validUntil = row.value(QStringLiteral("valid_until")).toDate();
    licence.maintenanceEnd = row.value(QStringLiteral("maintenance_end")).toDate();
    if (row.has(QStringLiteral("price_per_seat")))
        licence.pricePerSeatCents = row.value(QStringLiteral("price_per_seat")).toLongLong();

    const std::optional<LicenceType> type =
        LicenceTypeText::fromCode(row.text(QStringLiteral("licence_type")));
    if (!type) {
        *column = columnOf(QStringLiteral("licence_type"));
        *reason =
            tr("Unknown licence type \"%1\"").arg(row.values.value(QStringLiteral("licence_type")).rawText);
        return Outcome::Rejected;
    }
    licence.type = *type;
    if (row.has(QStringLiteral("metric"))) {
        const std::optional<LicenceMetric> metric =
            LicenceMetricText::fromCode(row.text(QStringLiteral("metric")));
        if (!metric) {
            *column = columnOf(QStringLiteral("metric"));
            *reason =
                tr("Unknown licence metric \"%1\"").arg(row.values.value(QStringLiteral("metric")).rawText);
            return Outcome::Rejected;
        }
        licence.metric = *metric;
    } else if (licence.type == LicenceType::Concurrent) {
        licence.metric = LicenceMetric::Concurrent;
    } else if (licence.product.contains(QLatin1String("user"), Qt::CaseInsensitive)) {
        licence.metric = LicenceMetric::User;
    } else {
        licence.metric = LicenceMetric::Device;
    }

    const qint64 quantity = row.value(QStringLiteral("quantity")).toLongLong();
    if (quantity < 0) {
        *column = columnOf(QStringLiteral("quantity"));
        *reason = tr("Negative number of licences (%1)").arg(quantity);
        return Outcome::Rejected;
    }
    if (quantity > std::numeric_limits<int>::max()) {
        *column = columnOf(QStringLiteral("quantity"));
        *reason = tr("Number of licences too large (%1)").arg(quantity);
        return Outcome::Rejected;
    }
    licence.quantity = int(quantity);

    QString error;
    licence.ownerAuthorityId = authorityId(row.text(QStringLiteral("owner")), &error);
    if (licence.ownerAuthorityId <= 0) {
        *column = columnOf(QStringLiteral("owner"));
        *reason = error;
        return Outcome::Rejected;
    }
    QList<qint64> users;
    for (const QString &code : row.value(QStringLiteral("using")).toStringList()) {
        const qint64 id = authorityId(code, &error);
        if (id <= 0) {
            *column = columnOf(QStringLiteral("using"));
            *reason = error;
            return Outcome::Rejected;
        }
        if (!users.contains(id))
            users.append(id);
    }

    const std::optional<qint64> existing = findExisting(licence, &error);
    if (!existing) {
        *reason = error;
        return Outcome::Failed;
    }
    if (*existing > 0) {
        if (m_options.policy != ImportOptions::Policy::UpdateMatched)
            return Outcome::Unchanged;
        std::optional<Licence> stored = m_repository->find(*existing, &error);
        if (!stored) {
            *reason = error;
            return Outcome::Failed;
        }
        licence.id = stored->id;
        licence.rowVersion = stored->rowVersion;
        switch (m_repository->update(licence, &error)) {
        case LicenceRepository::UpdateResult::Updated:
            return Outcome::Updated;
        case LicenceRepository::UpdateResult::Unchanged:
            return Outcome::Unchanged;
        case LicenceRepository::UpdateResult::Conflict:
        case LicenceRepository::UpdateResult::Failed:
            *reason = error;
            return Outcome::Rejected;
        }
    }

    if (!m_repository->insert(licence, &error)) {
        *reason = error;
        return Outcome::Rejected;
    }
    const bool onlyOwner =
        users.isEmpty() || (users.size() == 1 && users.first() == licence.ownerAuthorityId);
    if (!onlyOwner) {
        const int share = licence.quantity / int(users.size());
        const int remainder = licence.quantity % int(users.size());
        QHash<qint64, int> seats;
        for (int i = 0; i < users.size(); ++i)
            seats.insert(users.at(i), share + (i == 0 ? remainder : 0));
        if (!m_repository->setAllocations(licence.id, seats, &error)) {
            *reason = error;
            return Outcome::Failed;
        }
    }
    return Outcome::Created;
}

ImportResult LicenceImportRun::execute(const QString &filePath)
{
    if (m_profile.kind != ImportProfile::Kind::Licences) {
        fail(tr("The profile %1 describes assets, not licences.").arg(m_profile.name));
        return m_result;
    }
    QString error;
    m_result.format = detectFormat(filePath, &error);
    if (!error.isEmpty()) {
        fail(error);
        return m_result;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot open %1: %2").arg(filePath, file.errorString()));
        return m_result;
    }
    CsvReader reader(&file, m_result.format);
    CsvRecord record;
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

    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        fail(tr("Cannot start a transaction on %1.").arg(m_database.settings().displayName()));
        return m_result;
    }
    const QString user = m_options.user.isEmpty() ? m_database.userName() : m_options.user;
    m_batchId = m_batches.start(ImportProfile::kindName(m_profile.kind), QFileInfo(filePath).fileName(),
                                m_profile.name, user, &error);
    if (m_batchId <= 0) {
        fail(error);
        return m_result;
    }
    m_repository = std::make_unique<LicenceRepository>(m_database, ChangeContext { user, m_batchId });
    if (!m_options.rejectsPath.isEmpty())
        m_rejectsFile = std::make_unique<RejectsFileWriter>(m_options.rejectsPath, m_result.format);

    ImportCounts &counts = m_result.counts;
    const auto abandon = [&] {
        transaction.rollback();
        if (m_rejectsFile)
            m_rejectsFile->cancel();
        m_result.batchId = 0;
        return m_result;
    };
    while (reader.readRecord(&record)) {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_result.status = ImportResult::Status::Cancelled;
            return abandon();
        }
        if (record.isBlank() || m_mapper.isRepeatedHeader(record.fields)
            || m_mapper.isSkipLine(record.fields)) {
            ++counts.skippedLines;
            continue;
        }
        ++counts.dataRows;
        bool ok = true;
        if (record.problem != CsvRecord::Problem::None) {
            ok = reject(record, QString(), record.problemText());
        } else {
            const MappedRow row = m_mapper.map(record.fields);
            if (!row.errors.isEmpty()) {
                QStringList reasons;
                for (const RowMessage &problem : row.errors)
                    reasons.append(QStringLiteral("%1: %2").arg(problem.column, problem.message));
                ok = reject(record, row.errors.first().column, reasons.join(QStringLiteral("; ")));
            } else {
                QString reason;
                QString column;
                switch (importRow(row, &reason, &column)) {
                case Outcome::Created:
                    ++counts.created;
                    counts.warnings += row.warnings.size();
                    break;
                case Outcome::Updated:
                    ++counts.updated;
                    counts.warnings += row.warnings.size();
                    break;
                case Outcome::Unchanged:
                    ++counts.unchanged;
                    break;
                case Outcome::Rejected:
                    ok = reject(record, column, reason);
                    break;
                case Outcome::Failed:
                    ok = fail(reason);
                    break;
                }
            }
        }
        if (!ok)
            return abandon();
    }
    if (!reader.errorString().isEmpty()) {
        fail(tr("Reading %1 failed: %2").arg(filePath, reader.errorString()));
        return abandon();
    }
    m_result.checksum = checksumOf(filePath);
    if (!m_batches.finish(m_batchId, m_result.checksum, counts, &error)) {
        fail(error);
        return abandon();
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

} // namespace

LicenceImporter::LicenceImporter(Database &database, const ImportProfile &profile)
    : m_database(database)
    , m_profile(profile)
{ }

ImportResult LicenceImporter::run(const QString &filePath, const ImportOptions &options)
{
    LicenceImportRun run(m_database, m_profile, options);
    return run.execute(filePath);
}
