#include "import/assetimporter.h"

#include "assets/assetbulkload.h"
#include "assets/assetrepository.h"
#include "assets/identifiernormalizer.h"
#include "masterdata/masterdataresolver.h"
#include "storage/database.h"
#include <algorithm>
#include <vector>

namespace {
const QString fieldLegacyNo = QStringLiteral("legacy_no");
const QString fieldInventoryNo = QStringLiteral("inventory_no");
const QString fieldSerial = QStringLiteral("serial_no");
} // namespace

// One asset import: matching, merging and writing each row; the run itself
// (file, transaction, batch, rejects) is ImportRun's.
class AssetImporter::Run : public ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(AssetImporter)

public:
    Run(Database &database, const ImportProfile &profile, const ImportOptions &options)
        : ImportRun(database, profile, options)
        , m_resolver(database)
    { }

protected:
    ImportProfile::Kind kind() const override { return ImportProfile::Kind::Assets; }
    QString wrongKindMessage() const override
    {
        return tr("The profile %1 describes licences, not assets.").arg(m_profile.name);
    }
    bool loadsInBulk(qint64 fileSize, QString *error) override;
    bool begin(const QString &user, qint64 batchId, bool bulk, QString *error) override;
    Outcome importRow(const CsvRecord &record, const MappedRow &row, QString *reason,
                      QString *column) override;
    bool finishRows(QString *error) override { return !m_bulkLoad || m_bulkLoad->finish(error); }

private:
    bool applyFields(const MappedRow &row, Asset &asset, bool onlyPresent, QString *reason, QString *column);
    QString inventoryNumber(const MappedRow &row) const;
    QString describe(qint64 assetId);
    qint64 lineOfCreated(qint64 assetId) const;

    MasterDataResolver m_resolver;
    std::unique_ptr<AssetRepository> m_repository;
    std::unique_ptr<AssetBulkLoad> m_bulkLoad;
    std::vector<std::pair<qint64, qint64>> m_createdLines; // asset id -> line, ids ascending
};

AssetImporter::AssetImporter(Database &database, const ImportProfile &profile)
    : m_database(database)
    , m_profile(profile)
{ }

AssetImporter::~AssetImporter() = default;

QString AssetImporter::policyName(ImportOptions::Policy policy)
{
    switch (policy) {
    case ImportOptions::Policy::CreateOnly:
        return tr("create new");
    case ImportOptions::Policy::UpdateMatched:
        return tr("update matched");
    case ImportOptions::Policy::SkipMatched:
        return tr("skip matched");
    }
    return {};
}

ImportResult AssetImporter::run(const QString &filePath, const ImportOptions &options)
{
    Run run(m_database, m_profile, options);
    return run.execute(filePath);
}

bool AssetImporter::Run::loadsInBulk(qint64 fileSize, QString *error)
{
    // An import that brings at least as many assets as there are loads in bulk:
    // indexes, sort keys and search documents are rebuilt once at the end.
    // On a shared server that would keep every colleague from reading the assets
    // until the import commits, so there it is kept for an inventory still empty.
    const std::optional<qint64> existing = AssetBulkLoad::storedAssets(m_database, error);
    if (existing && m_database.dialect().bulkLoadLocksOutReaders())
        return *existing == 0;
    return existing && (*existing == 0 || fileSize / 100 > *existing);
}

bool AssetImporter::Run::begin(const QString &user, qint64 batchId, bool bulk, QString *error)
{
    m_repository = std::make_unique<AssetRepository>(m_database, ChangeContext { user, batchId });
    // importRow() looks up every row's inventory number and serial before it writes.
    m_repository->setUniquenessCheckedByCaller(true);
    m_resolver.setImportBatch(batchId);

    if (bulk) {
        m_bulkLoad = std::make_unique<AssetBulkLoad>(m_database, *m_repository);
        if (!m_bulkLoad->begin(error))
            return false;
    }
    // One transaction for the whole run: a savepoint per row would copy every page a
    // row touches. A row whose write fails half-way then fails the whole import.
    m_repository->setSavepointPerWrite(false);
    return true;
}

QString AssetImporter::Run::inventoryNumber(const MappedRow &row) const
{
    if (row.has(fieldInventoryNo))
        return IdentifierNormalizer::inventoryNumber(row.text(fieldInventoryNo));
    if (m_profile.inventoryNumberTemplate.isEmpty())
        return {};
    QString number = m_profile.inventoryNumberTemplate;
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
        const QString placeholder = QLatin1Char('{') + it.key() + QLatin1Char('}');
        if (number.contains(placeholder))
            number.replace(placeholder, it.value().value.toString());
    }
    // A template whose field the row leaves empty gives no number at all.
    if (number.contains(QLatin1Char('{')))
        return {};
    return IdentifierNormalizer::inventoryNumber(number);
}

qint64 AssetImporter::Run::lineOfCreated(qint64 assetId) const
{
    const auto it =
        std::lower_bound(m_createdLines.begin(), m_createdLines.end(), std::make_pair(assetId, qint64(0)));
    if (it != m_createdLines.end() && it->first == assetId)
        return it->second;
    return 0;
}

QString AssetImporter::Run::describe(qint64 assetId)
{
    const std::optional<Asset> asset = m_repository->find(assetId, nullptr);
    if (!asset)
        return tr("asset %1").arg(assetId);
    QString text = asset->serialNo.isEmpty()
        ? tr("asset %1 (no serial)").arg(asset->inventoryNo)
        : tr("asset %1 (serial %2)").arg(asset->inventoryNo, asset->serialNo);
    if (const qint64 line = lineOfCreated(assetId))
        text += tr(", from line %1 of this file").arg(line);
    return text;
}

bool AssetImporter::Run::applyFields(const MappedRow &row, Asset &asset, bool onlyPresent, QString *reason,
                                     QString *column)
{
    QString error;
    const auto failWith = [&](const QString &field) {
        *reason = error;
        *column = row.values.value(field).column;
        return false;
    };
    const auto present = [&](const QString &field) {
        return row.has(field);
    };
    const auto text = [&](const QString &field) {
        return row.text(field);
    };
    const auto authority = [&](const QString &field) -> qint64 {
        const QString value = text(field);
        const std::optional<QString> mapped = m_profile.mapValue(QStringLiteral("authority"), value);
        return m_resolver.authority(mapped.value_or(value), &error);
    };

    if (present(QStringLiteral("owner"))) {
        asset.ownerAuthorityId = authority(QStringLiteral("owner"));
        if (asset.ownerAuthorityId == 0)
            return failWith(QStringLiteral("owner"));
    }
    if (present(QStringLiteral("using"))) {
        asset.usingAuthorityId = authority(QStringLiteral("using"));
        if (asset.usingAuthorityId == 0)
            return failWith(QStringLiteral("using"));
    }
    if (present(QStringLiteral("category"))) {
        asset.categoryId = m_resolver.category(text(QStringLiteral("category")), &error);
        if (asset.categoryId == 0)
            return failWith(QStringLiteral("category"));
    }
    if (present(QStringLiteral("status"))) {
        const std::optional<AssetStatus> status = AssetStatusText::fromCode(text(QStringLiteral("status")));
        if (!status) {
            error = tr("Unknown status \"%1\"").arg(row.values.value(QStringLiteral("status")).rawText);
            return failWith(QStringLiteral("status"));
        }
        asset.status = *status;
    }
    if (present(QStringLiteral("unit"))) {
        const qint64 authorityId = asset.usingAuthorityId ? asset.usingAuthorityId : asset.ownerAuthorityId;
        asset.unitId = m_resolver.orgUnit(authorityId, text(QStringLiteral("unit")), &error);
        if (asset.unitId == 0)
            return failWith(QStringLiteral("unit"));
    }
    if (present(QStringLiteral("site")) || present(QStringLiteral("site_address"))) {
        const QString address = text(QStringLiteral("site_address"));
        const QString name = present(QStringLiteral("site")) ? text(QStringLiteral("site")) : address;
        asset.siteId = m_resolver.site(name, address, &error);
        if (asset.siteId == 0)
            return failWith(QStringLiteral("site"));
    }
    if (present(QStringLiteral("room")) && asset.siteId > 0) {
        asset.roomId = m_resolver.room(asset.siteId, text(QStringLiteral("room")), &error);
        if (asset.roomId == 0)
            return failWith(QStringLiteral("room"));
    }
    if (present(QStringLiteral("person"))) {
        asset.personId = m_resolver.person(text(QStringLiteral("person")), asset.unitId, &error);
        if (asset.personId == 0)
            return failWith(QStringLiteral("person"));
    }
    const auto setText = [&](const QString &field, QString &target) {
        if (present(field))
            target = text(field);
        else if (!onlyPresent)
            target.clear();
    };
    setText(QStringLiteral("manufacturer"), asset.manufacturer);
    setText(QStringLiteral("model"), asset.model);
    setText(fieldSerial, asset.serialNo);
    setText(QStringLiteral("cost_centre"), asset.costCentre);
    setText(QStringLiteral("hostname"), asset.hostname);
    setText(QStringLiteral("mac"), asset.mac);
    setText(QStringLiteral("ip"), asset.ip);
    setText(QStringLiteral("notes"), asset.notes);
    if (present(QStringLiteral("purchase_date")))
        asset.purchaseDate = row.value(QStringLiteral("purchase_date")).toDate();
    if (present(QStringLiteral("warranty_end")))
        asset.warrantyEnd = row.value(QStringLiteral("warranty_end")).toDate();
    if (present(QStringLiteral("last_audited")))
        asset.lastAudited = row.value(QStringLiteral("last_audited")).toDate();
    if (present(QStringLiteral("purchase_price")))
        asset.purchasePriceCents = row.value(QStringLiteral("purchase_price")).toLongLong();
    return true;
}

AssetImporter::Run::Outcome AssetImporter::Run::importRow(const CsvRecord &record, const MappedRow &row,
                                                          QString *reason, QString *column)
{
    QString error;
    const QString number = inventoryNumber(row);
    if (number.isEmpty()) {
        *reason = tr("No inventory number");
        const ProfileColumn *source = m_profile.columnForField(fieldLegacyNo);
        *column = source ? source->header : QString();
        return Outcome::Rejected;
    }
    const QString legacy = row.text(fieldLegacyNo);
    const QString serial = row.text(fieldSerial);
    const QString source = m_profile.legacySource;

    const auto lookupFailed = [&]() {
        return !error.isEmpty();
    };
    const std::optional<qint64> byNumber = m_repository->findByInventoryNo(number, &error);
    std::optional<qint64> byLegacy;
    if (!legacy.isEmpty() && !source.isEmpty())
        byLegacy = m_repository->findByLegacyIdentifier(source, legacy, &error);
    std::optional<qint64> bySerial;
    if (!serial.isEmpty())
        bySerial = m_repository->findBySerial(serial, &error);
    if (lookupFailed()) {
        *reason = error;
        return Outcome::Failed;
    }
    const QString serialColumn = row.values.value(fieldSerial).column;
    const QString numberColumn = row.has(fieldInventoryNo) ? row.values.value(fieldInventoryNo).column
                                                           : row.values.value(fieldLegacyNo).column;

    if (byNumber && byLegacy && *byNumber != *byLegacy) {
        *column = numberColumn;
        *reason = tr("Inventory number %1 is %2, but %3 number %4 is %5")
                      .arg(number, describe(*byNumber), source, legacy, describe(*byLegacy));
        return Outcome::Rejected;
    }
    std::optional<qint64> target = byNumber ? byNumber : byLegacy;
    if (target) {
        const std::optional<Asset> stored = m_repository->find(*target, &error);
        if (!stored) {
            *reason = error;
            return Outcome::Failed;
        }
        if (!serial.isEmpty() && !stored->serialNo.isEmpty() && stored->serialNo != serial) {
            *column = numberColumn;
            *reason = tr("Inventory number %1 is already %2; this row has serial %3")
                          .arg(number, describe(*target), serial);
            return Outcome::Rejected;
        }
        if (bySerial && *bySerial != *target) {
            *column = serialColumn;
            *reason = tr("Serial %1 is already %2, but inventory number %3 is %4")
                          .arg(serial, describe(*bySerial), number, describe(*target));
            return Outcome::Rejected;
        }
    } else if (bySerial) {
        // The same device in another legacy list: one asset with both legacy numbers.
        const QList<LegacyIdentifier> identifiers = m_repository->legacyIdentifiers(*bySerial, &error);
        if (!error.isEmpty()) {
            *reason = error;
            return Outcome::Failed;
        }
        for (const LegacyIdentifier &identifier : identifiers) {
            if (identifier.source == source && identifier.value != legacy) {
                *column = serialColumn;
                *reason = tr("Serial %1 is already %2 with %3 number %4; this row has %3 number %5")
                              .arg(serial, describe(*bySerial), source, identifier.value, legacy);
                return Outcome::Rejected;
            }
        }
        target = bySerial;
    }

    // Each repository call is atomic on its own. The checks above make the later
    // steps of a row (legacy number, warnings) unable to fail on the data, so a
    // failure there is an error of the database and ends the whole import: no
    // savepoint per row is needed to keep a row whole.
    Outcome outcome = Outcome::Unchanged;
    qint64 assetId = 0;
    if (!target) {
        Asset asset;
        asset.inventoryNo = number;
        if (!applyFields(row, asset, false, reason, column))
            return Outcome::Rejected;
        if (asset.categoryId == 0) {
            *reason = tr("No category");
            return Outcome::Rejected;
        }
        if (!m_repository->insert(asset, &error)) {
            *reason = error;
            *column = numberColumn;
            return Outcome::Rejected;
        }
        assetId = asset.id;
        m_createdLines.emplace_back(asset.id, record.line);
        outcome = Outcome::Created;
    } else {
        assetId = *target;
        if (m_options.policy == ImportOptions::Policy::SkipMatched)
            return Outcome::Unchanged;
        if (m_options.policy == ImportOptions::Policy::UpdateMatched) {
            std::optional<Asset> asset = m_repository->find(assetId, &error);
            if (!asset) {
                *reason = error;
                return Outcome::Failed;
            }
            if (!applyFields(row, *asset, true, reason, column))
                return Outcome::Rejected;
            switch (m_repository->update(*asset, &error)) {
            case AssetRepository::UpdateResult::Updated:
                outcome = Outcome::Updated;
                break;
            case AssetRepository::UpdateResult::Unchanged:
                break;
            case AssetRepository::UpdateResult::Conflict:
            case AssetRepository::UpdateResult::Failed:
                *reason = error;
                return Outcome::Rejected;
            }
        }
    }
    if (!legacy.isEmpty() && !source.isEmpty() && (outcome == Outcome::Created || (!byLegacy && target))) {
        if (!m_repository->addLegacyIdentifier(assetId, { source, legacy }, &error)) {
            *reason = error;
            return Outcome::Failed;
        }
        if (outcome == Outcome::Unchanged)
            outcome = Outcome::Updated;
    }
    if (outcome != Outcome::Unchanged) {
        for (const RowMessage &warning : row.warnings) {
            if (!m_repository->recordWarning(assetId, warning.field, warning.rawText,
                                             QStringLiteral("%1: %2").arg(warning.column, warning.message),
                                             &error)) {
                *reason = error;
                return Outcome::Failed;
            }
        }
    }
    return outcome;
}
