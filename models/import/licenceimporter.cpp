#include "import/licenceimporter.h"

#include "licences/licencerepository.h"
#include "masterdata/masterdatalookup.h"
#include "storage/database.h"

#include <limits>

namespace {

// One licence import: reading and writing each row; the run itself (file,
// transaction, batch, rejects) is ImportRun's.
class LicenceImportRun : public ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(LicenceImporter)

public:
    LicenceImportRun(Database &database, const ImportProfile &profile, const ImportOptions &options)
        : ImportRun(database, profile, options)
        , m_lookup(database)
    { }

protected:
    ImportProfile::Kind kind() const override { return ImportProfile::Kind::Licences; }
    QString wrongKindMessage() const override
    {
        return tr("The profile %1 describes assets, not licences.").arg(m_profile.name);
    }
    bool begin(const QString &user, qint64 batchId, bool, QString *) override
    {
        m_repository = std::make_unique<LicenceRepository>(m_database, ChangeContext { user, batchId });
        return true;
    }
    Outcome importRow(const CsvRecord &record, const MappedRow &row, QString *reason,
                      QString *column) override;

private:
    qint64 authorityId(const QString &code, QString *error);

    MasterDataLookup m_lookup;
    std::unique_ptr<LicenceRepository> m_repository;
    QHash<QString, qint64> m_authorities;
};

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

LicenceImportRun::Outcome LicenceImportRun::importRow(const CsvRecord &, const MappedRow &row,
                                                      QString *reason, QString *column)
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

    const std::optional<qint64> existing = m_repository->findMatching(licence, &error);
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
