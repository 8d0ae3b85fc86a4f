#include "assets/assetrepository.h"

#include "assets/assetconflictmessage.h"
#include "assets/assetsortkeys.h"
#include "assets/identifiernormalizer.h"
#include "history/historysnapshot.h"
#include "history/rowversionupdate.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlplaceholders.h"

#include <QDateTime>
#include <QStringList>

namespace {
const QString entityName = QStringLiteral("asset");

QString columnList()
{
    QStringList columns;
    for (AssetField field : AssetFields::all())
        columns.append(AssetFields::column(field));
    return columns.join(QStringLiteral(", "));
}

// The insert of a bulk load: the suspended trigger's sort keys come from the
// statement itself, looked up by the ids bound once more at the end.
QString insertWithSortKeysSql()
{
    QStringList columns;
    QStringList values;
    for (AssetField field : AssetFields::all()) {
        columns.append(AssetFields::column(field));
        values.append(QStringLiteral("?"));
    }
    columns << QStringLiteral("import_batch_id") << QStringLiteral("created_at")
            << QStringLiteral("updated_at") << QStringLiteral("row_version");
    values << QStringLiteral("?") << QStringLiteral("?") << QStringLiteral("?") << QStringLiteral("?");
    for (const AssetSortKey &sortKey : AssetSortKeys::all()) {
        columns.append(sortKey.column);
        values.append(sortKey.valueSql(QStringLiteral("?")));
    }
    return QStringLiteral("INSERT INTO asset (%1) VALUES (%2)")
        .arg(columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

// The values an asset was created with or had when deleted, as one history entry.
QString snapshot(const QList<QVariant> &values)
{
    HistorySnapshot snapshot;
    const QList<AssetField> &fields = AssetFields::all();
    for (qsizetype i = 0; i < fields.size(); ++i)
        snapshot.add(AssetFields::column(fields[i]), AssetFields::historyText(values[i]));
    return snapshot.toJson();
}

QList<QVariant> fieldValues(const Asset &asset)
{
    QList<QVariant> values;
    values.reserve(AssetFields::all().size());
    for (AssetField field : AssetFields::all())
        values.append(AssetFields::value(asset, field));
    return values;
}

// Where each sort key's field stands in fieldValues(), found once, not per row.
const QList<qsizetype> &sortKeyValueIndexes()
{
    static const QList<qsizetype> indexes = [] {
        QList<qsizetype> result;
        for (const AssetSortKey &sortKey : AssetSortKeys::all())
            result.append(AssetFields::all().indexOf(sortKey.field));
        return result;
    }();
    return indexes;
}
} // namespace

AssetRepository::AssetRepository(Database &database, const ChangeContext &context)
    : m_database(database)
    , m_context(context.resolved(database))
    , m_history(database)
    , m_searchIndex(database)
    , m_insert(database.connection())
    , m_insertWithSortKeys(database.connection())
    , m_select(database.connection())
    , m_byInventoryNo(database.connection())
    , m_bySerial(database.connection())
    , m_byLegacy(database.connection())
    , m_byIdentifier(database.connection())
    , m_insertLegacy(database.connection())
    , m_legacyOf(database.connection())
    , m_delete(database.connection())
{ }

bool AssetRepository::prepareStatements(QString *error)
{
    if (m_prepared)
        return true;
    const qsizetype fieldCount = AssetFields::all().size();
    QStringList placeholders(fieldCount + 4, QStringLiteral("?"));
    m_prepared =
        Sql::prepareNamed(
            m_insert,
            QStringLiteral("INSERT INTO asset (%1, import_batch_id, created_at, updated_at, row_version) "
                           "VALUES (%2)")
                .arg(columnList(), placeholders.join(QStringLiteral(", "))),
            error)
        && Sql::prepareNamed(m_insertWithSortKeys, insertWithSortKeysSql(), error)
        && Sql::prepareNamed(
            m_select,
            QStringLiteral("SELECT %1, import_batch_id, created_at, updated_at, row_version FROM asset "
                           "WHERE id = ?")
                .arg(columnList()),
            error)
        && Sql::prepareNamed(m_byInventoryNo, QStringLiteral("SELECT id FROM asset WHERE inventory_no = ?"),
                             error)
        && Sql::prepareNamed(
            m_bySerial, QStringLiteral("SELECT id FROM asset WHERE serial_no = ? AND serial_no <> ''"), error)
        && Sql::prepareNamed(
            m_byLegacy,
            QStringLiteral("SELECT asset_id FROM legacy_identifier WHERE source = ? AND value = ?"), error)
        && Sql::prepareNamed(
            m_byIdentifier,
            QStringLiteral("SELECT id FROM asset WHERE inventory_no = ? "
                           "UNION SELECT asset_id FROM legacy_identifier WHERE value = ? "
                           "UNION SELECT id FROM asset WHERE serial_no = ? AND serial_no <> '' "
                           "UNION SELECT id FROM asset WHERE mac = ? AND mac <> '' "
                           "UNION SELECT id FROM asset WHERE hostname = ? AND hostname <> ''"),
            error)
        && Sql::prepareNamed(
            m_insertLegacy,
            QStringLiteral("INSERT INTO legacy_identifier (asset_id, source, value) VALUES (?, ?, ?)"), error)
        && Sql::prepare(
            m_legacyOf,
            QStringLiteral(
                "SELECT source, value FROM legacy_identifier WHERE asset_id = ? ORDER BY source, value"),
            error)
        && Sql::prepare(m_delete, QStringLiteral("DELETE FROM asset WHERE id = ?"), error);
    return m_prepared;
}

void AssetRepository::beginBulkLoad()
{
    m_bulkLoad = true;
    m_history.startBuffering();
}

bool AssetRepository::endBulkLoad(QString *error)
{
    m_bulkLoad = false;
    return m_history.flush(error);
}

void AssetRepository::normalise(Asset &asset)
{
    asset.inventoryNo = IdentifierNormalizer::inventoryNumber(asset.inventoryNo);
    asset.serialNo = IdentifierNormalizer::serial(asset.serialNo);
    asset.hostname = IdentifierNormalizer::hostname(asset.hostname);
    const QString mac = IdentifierNormalizer::mac(asset.mac);
    if (!mac.isEmpty())
        asset.mac = mac;
    const QString ip = IdentifierNormalizer::ip(asset.ip);
    if (!ip.isEmpty())
        asset.ip = ip;
    asset.manufacturer = asset.manufacturer.trimmed();
    asset.model = asset.model.trimmed();
}

std::optional<Asset> AssetRepository::find(qint64 id, QString *error)
{
    if (!prepareStatements(error))
        return std::nullopt;
    Sql::bind(m_select, 0, id);
    if (!Sql::exec(m_select, error))
        return std::nullopt;
    if (!m_select.next()) {
        m_select.finish();
        if (error)
            *error = tr("Asset %1 does not exist.").arg(id);
        return std::nullopt;
    }
    Asset asset;
    asset.id = id;
    const QList<AssetField> &fields = AssetFields::all();
    int column = 0;
    for (AssetField field : fields)
        AssetFields::setValue(asset, field, m_select.value(column++));
    asset.importBatchId = m_select.value(column++).toLongLong();
    asset.createdAt = QDateTime::fromString(m_select.value(column++).toString(), Qt::ISODateWithMs);
    asset.updatedAt = QDateTime::fromString(m_select.value(column++).toString(), Qt::ISODateWithMs);
    asset.rowVersion = m_select.value(column++).toInt();
    m_select.finish();
    return asset;
}

std::optional<qint64> AssetRepository::lookupId(QSqlQuery &query, const QString &value, QString *error)
{
    Sql::bind(query, 0, value);
    if (!Sql::exec(query, error))
        return std::nullopt;
    std::optional<qint64> id;
    if (query.next())
        id = query.value(0).toLongLong();
    query.finish();
    return id;
}

std::optional<qint64> AssetRepository::findByInventoryNo(const QString &inventoryNo, QString *error)
{
    if (!prepareStatements(error))
        return std::nullopt;
    return lookupId(m_byInventoryNo, IdentifierNormalizer::inventoryNumber(inventoryNo), error);
}

std::optional<qint64> AssetRepository::findBySerial(const QString &serial, QString *error)
{
    if (!prepareStatements(error))
        return std::nullopt;
    return lookupId(m_bySerial, IdentifierNormalizer::serial(serial), error);
}

std::optional<qint64> AssetRepository::findByLegacyIdentifier(const QString &source, const QString &value,
                                                              QString *error)
{
    if (!prepareStatements(error))
        return std::nullopt;
    Sql::bind(m_byLegacy, 0, source);
    Sql::bind(m_byLegacy, 1, value.trimmed());
    if (!Sql::exec(m_byLegacy, error))
        return std::nullopt;
    std::optional<qint64> id;
    if (m_byLegacy.next())
        id = m_byLegacy.value(0).toLongLong();
    m_byLegacy.finish();
    return id;
}

QList<qint64> AssetRepository::findByIdentifier(const QString &code, QString *error)
{
    QList<qint64> ids;
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty() || !prepareStatements(error))
        return ids;
    const QString mac = IdentifierNormalizer::mac(trimmed);
    Sql::bind(m_byIdentifier, 0, IdentifierNormalizer::inventoryNumber(trimmed));
    Sql::bind(m_byIdentifier, 1, trimmed);
    Sql::bind(m_byIdentifier, 2, IdentifierNormalizer::serial(trimmed));
    Sql::bind(m_byIdentifier, 3, mac);
    Sql::bind(m_byIdentifier, 4, IdentifierNormalizer::hostname(trimmed));
    if (!Sql::exec(m_byIdentifier, error))
        return ids;
    while (m_byIdentifier.next())
        ids.append(m_byIdentifier.value(0).toLongLong());
    m_byIdentifier.finish();
    return ids;
}

bool AssetRepository::checkUnique(const Asset &asset, QString *error)
{
    const std::optional<qint64> byNumber = lookupId(m_byInventoryNo, asset.inventoryNo, error);
    if (byNumber && *byNumber != asset.id) {
        if (error)
            *error = tr("Inventory number %1 is already used by another asset.").arg(asset.inventoryNo);
        return false;
    }
    if (!asset.serialNo.isEmpty()) {
        const std::optional<qint64> bySerial = lookupId(m_bySerial, asset.serialNo, error);
        if (bySerial && *bySerial != asset.id) {
            if (error)
                *error = tr("Serial number %1 is already recorded for another asset.").arg(asset.serialNo);
            return false;
        }
    }
    return true;
}

bool AssetRepository::insert(Asset &asset, QString *error)
{
    if (!prepareStatements(error))
        return false;
    normalise(asset);
    if (asset.inventoryNo.isEmpty()) {
        if (error)
            *error = tr("An asset needs an inventory number.");
        return false;
    }
    if (asset.ownerAuthorityId <= 0) {
        if (error)
            *error = tr("An asset needs an owner authority.");
        return false;
    }
    if (!m_uniquenessCheckedByCaller && !checkUnique(asset, error))
        return false;

    Sql::Transaction transaction(m_database.connection(), m_nesting);
    QSqlQuery &insert = m_bulkLoad ? m_insertWithSortKeys : m_insert;
    const QString now = Sql::nowText();
    // Computed once: bound here and written to the history snapshot below.
    const QList<QVariant> values = fieldValues(asset);
    int index = 0;
    for (const QVariant &value : values)
        Sql::bind(insert, index++, value);
    Sql::bind(insert, index++, Sql::idOrNull(m_context.importBatchId));
    Sql::bind(insert, index++, now);
    Sql::bind(insert, index++, now);
    Sql::bind(insert, index++, 1);
    if (m_bulkLoad) {
        for (qsizetype valueIndex : sortKeyValueIndexes())
            Sql::bind(insert, index++, values[valueIndex]);
    }
    if (!transaction.isActive() || !Sql::exec(insert, error))
        return false;
    const qint64 id = insert.lastInsertId().toLongLong();
    if (id <= 0) {
        if (error)
            *error = tr("The database did not return the new asset's id.");
        return false;
    }
    asset.id = id;
    ChangeContext stamped = m_context;
    stamped.at = now;
    if (!m_history.record(entityName, id, HistoryRecorder::Action::Insert, QString(), QVariant(),
                          snapshot(values), stamped, error))
        return false;
    if (!m_bulkLoad && !m_searchIndex.refresh(id, error))
        return false;
    if (!transaction.commit(error))
        return false;
    asset.rowVersion = 1;
    asset.importBatchId = m_context.importBatchId;
    asset.createdAt = asset.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return true;
}

AssetRepository::UpdateResult AssetRepository::update(Asset &asset, QString *error)
{
    if (!prepareStatements(error))
        return UpdateResult::Failed;
    normalise(asset);
    const std::optional<Asset> stored = find(asset.id, error);
    if (!stored)
        return UpdateResult::Failed;
    if (stored->rowVersion != asset.rowVersion) {
        if (error)
            *error = AssetConflictMessage::describe(m_database, asset, stored->inventoryNo);
        return UpdateResult::Conflict;
    }
    QList<AssetField> changed;
    for (AssetField field : AssetFields::all()) {
        if (AssetFields::historyText(*stored, field) != AssetFields::historyText(asset, field))
            changed.append(field);
    }
    if (changed.isEmpty())
        return UpdateResult::Unchanged;
    if (asset.inventoryNo.isEmpty()) {
        if (error)
            *error = tr("An asset needs an inventory number.");
        return UpdateResult::Failed;
    }
    if (asset.ownerAuthorityId <= 0) {
        if (error)
            *error = tr("An asset needs an owner authority.");
        return UpdateResult::Failed;
    }
    if (!m_uniquenessCheckedByCaller && !checkUnique(asset, error))
        return UpdateResult::Failed;

    QList<ColumnChange> changes;
    for (AssetField field : changed) {
        changes.append({ AssetFields::column(field), AssetFields::value(asset, field),
                         AssetFields::historyText(*stored, field), AssetFields::historyText(asset, field) });
    }
    Sql::Transaction transaction(m_database.connection(), m_nesting);
    if (!transaction.isActive())
        return UpdateResult::Failed;
    QString now;
    switch (RowVersionUpdate(m_database, m_history)
                .apply(entityName, asset.id, asset.rowVersion, changes, m_context, &now, error)) {
    case RowVersionUpdate::Result::Updated:
        break;
    case RowVersionUpdate::Result::Conflict:
        // Someone saved between our read and our write: their transaction has
        // committed, ours is rolled back before their changes are read.
        transaction.rollback();
        if (error)
            *error = AssetConflictMessage::describe(m_database, asset, stored->inventoryNo);
        return UpdateResult::Conflict;
    case RowVersionUpdate::Result::Failed:
        return UpdateResult::Failed;
    }
    if (!m_bulkLoad && !m_searchIndex.refresh(asset.id, error))
        return UpdateResult::Failed;
    if (!transaction.commit(error))
        return UpdateResult::Failed;
    asset.rowVersion += 1;
    asset.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return UpdateResult::Updated;
}

bool AssetRepository::remove(qint64 id, QString *error)
{
    const std::optional<Asset> stored = find(id, error);
    if (!stored)
        return false;
    Sql::Transaction transaction(m_database.connection(), m_nesting);
    m_delete.bindValue(0, id);
    if (!transaction.isActive() || !Sql::exec(m_delete, error))
        return false;
    if (!m_history.record(entityName, id, HistoryRecorder::Action::Delete, QString(),
                          snapshot(fieldValues(*stored)), QVariant(), m_context, error))
        return false;
    if (!m_bulkLoad && !m_searchIndex.refresh(id, error))
        return false;
    return transaction.commit(error);
}

bool AssetRepository::addLegacyIdentifier(qint64 assetId, const LegacyIdentifier &identifier, QString *error)
{
    if (!prepareStatements(error))
        return false;
    const QString value = identifier.value.trimmed();
    Sql::Transaction transaction(m_database.connection(), m_nesting);
    Sql::bind(m_insertLegacy, 0, assetId);
    Sql::bind(m_insertLegacy, 1, identifier.source);
    Sql::bind(m_insertLegacy, 2, value);
    if (!transaction.isActive() || !Sql::exec(m_insertLegacy, error))
        return false;
    if (!m_history.record(entityName, assetId, HistoryRecorder::Action::Update,
                          QStringLiteral("legacy_identifier"), QVariant(),
                          QStringLiteral("%1:%2").arg(identifier.source, value), m_context, error))
        return false;
    if (!m_bulkLoad && !m_searchIndex.refresh(assetId, error))
        return false;
    return transaction.commit(error);
}

QList<LegacyIdentifier> AssetRepository::legacyIdentifiers(qint64 assetId, QString *error)
{
    QList<LegacyIdentifier> identifiers;
    if (!prepareStatements(error))
        return identifiers;
    m_legacyOf.bindValue(0, assetId);
    if (!Sql::exec(m_legacyOf, error))
        return identifiers;
    while (m_legacyOf.next())
        identifiers.append({ m_legacyOf.value(0).toString(), m_legacyOf.value(1).toString() });
    m_legacyOf.finish();
    return identifiers;
}

bool AssetRepository::recordWarning(qint64 assetId, const QString &field, const QString &originalText,
                                    const QString &message, QString *error)
{
    return m_history.record(entityName, assetId, HistoryRecorder::Action::Warning, field, originalText,
                            message, m_context, error);
}
