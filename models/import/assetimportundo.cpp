#include "import/assetimportundo.h"

#include "assets/assetbulkload.h"
#include "assets/assetrepository.h"
#include "history/historyrecorder.h"
#include "search/assetsearchindex.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSet>
#include <QSqlQuery>

#include <optional>

AssetImportUndo::AssetImportUndo(Database &database, ChangeContext context)
    : m_database(database)
    , m_context(std::move(context))
{ }

bool AssetImportUndo::undo(qint64 batchId, ImportUndo::Result &result)
{
    BatchChanges changes;
    if (!readChanges(batchId, &changes, &result.error)
        || !findChangedSince(batchId, changes.lastHistoryId, &result.changedSince, &result.error))
        return false;
    if (!result.changedSince.isEmpty()) {
        result.error = tr("Import batch %1 cannot be undone: %n of its asset(s) were changed since: %2",
                          nullptr, int(result.changedSince.size()))
                           .arg(batchId)
                           .arg(result.changedSince.mid(0, 20).join(QStringLiteral(", ")));
        return false;
    }
    return revertUpdated(changes.updated, result) && removeCreated(changes.created, result);
}

bool AssetImportUndo::readChanges(qint64 batchId, BatchChanges *changes, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT id, entity_id, action, field, old_value, new_value FROM history "
                                     "WHERE entity = 'asset' AND import_batch_id = ? ORDER BY id"),
                      error))
        return false;
    query.addBindValue(batchId);
    if (!Sql::exec(query, error))
        return false;
    QSet<qint64> created;
    while (query.next()) {
        changes->lastHistoryId = query.value(0).toLongLong();
        const qint64 assetId = query.value(1).toLongLong();
        const QString action = query.value(2).toString();
        if (action == QLatin1String("insert")) {
            changes->created.append(assetId);
            created.insert(assetId);
        } else if (action == QLatin1String("update") && !created.contains(assetId)) {
            changes->updated[assetId].append({ query.value(3).toString(), query.value(4), query.value(5) });
        }
    }
    return true;
}

bool AssetImportUndo::findChangedSince(qint64 batchId, qint64 lastHistoryId, QStringList *numbers,
                                       QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT DISTINCT h.entity_id, COALESCE(a.inventory_no, '') FROM history h "
                           "LEFT JOIN asset a ON a.id = h.entity_id "
                           "WHERE h.entity = 'asset' AND h.id > ? "
                           "AND h.action IN ('insert', 'update', 'delete') "
                           "AND (h.import_batch_id IS NULL OR (h.import_batch_id <> ? AND h.import_batch_id "
                           " NOT IN (SELECT id FROM import_batch WHERE status = 'undone'))) "
                           "AND h.entity_id IN (SELECT entity_id FROM history "
                           " WHERE entity = 'asset' AND import_batch_id = ?) "
                           "ORDER BY h.entity_id"),
            error))
        return false;
    query.addBindValue(lastHistoryId);
    query.addBindValue(batchId);
    query.addBindValue(batchId);
    if (!Sql::exec(query, error))
        return false;
    while (query.next()) {
        const QString number = query.value(1).toString();
        numbers->append(number.isEmpty() ? tr("asset %1 (deleted)").arg(query.value(0).toLongLong())
                                         : number);
    }
    return true;
}

bool AssetImportUndo::revertUpdated(const std::map<qint64, QList<FieldChange>> &updated,
                                    ImportUndo::Result &result)
{
    if (updated.empty())
        return true;
    AssetRepository repository(m_database, m_context);
    HistoryRecorder history(m_database);
    AssetSearchIndex searchIndex(m_database);
    QSqlQuery removeLegacy(m_database.connection());
    if (!Sql::prepare(
            removeLegacy,
            QStringLiteral("DELETE FROM legacy_identifier WHERE asset_id = ? AND source = ? AND value = ?"),
            &result.error))
        return false;

    for (const auto &[assetId, fieldChanges] : updated) {
        std::optional<Asset> asset = repository.find(assetId, &result.error);
        if (!asset)
            return false;
        QSet<QString> restored;
        bool fieldsChanged = false;
        for (const FieldChange &change : fieldChanges) {
            if (change.field == QLatin1String("legacy_identifier")) {
                const QString text = change.newValue.toString();
                const qsizetype colon = text.indexOf(QLatin1Char(':'));
                removeLegacy.bindValue(0, assetId);
                removeLegacy.bindValue(1, text.left(colon));
                removeLegacy.bindValue(2, text.mid(colon + 1));
                if (!Sql::exec(removeLegacy, &result.error)
                    || !history.record(QStringLiteral("asset"), assetId, HistoryRecorder::Action::Update,
                                       change.field, text, QVariant(), m_context, &result.error)
                    || !searchIndex.refresh(assetId, &result.error))
                    return false;
                continue;
            }
            // The first change of a field in the batch holds the value from before it.
            if (restored.contains(change.field))
                continue;
            restored.insert(change.field);
            const std::optional<AssetField> field = AssetFields::fromColumn(change.field);
            if (!field)
                continue;
            AssetFields::setValue(*asset, *field, change.oldValue);
            fieldsChanged = true;
        }
        if (fieldsChanged) {
            const AssetRepository::UpdateResult updateResult = repository.update(*asset, &result.error);
            if (updateResult == AssetRepository::UpdateResult::Conflict
                || updateResult == AssetRepository::UpdateResult::Failed)
                return false;
        }
        ++result.reverted;
    }
    return true;
}

bool AssetImportUndo::removeCreated(const QList<qint64> &created, ImportUndo::Result &result)
{
    if (created.isEmpty())
        return true;
    const std::optional<qint64> assetCount = AssetBulkLoad::storedAssets(m_database, &result.error);
    if (!assetCount)
        return false;

    AssetRepository repository(m_database, m_context);
    // Taking a row out of the search index and the 28 secondary indexes costs several
    // times what rebuilding them costs per remaining row (docs/PERFORMANCE.md), so an
    // undo that removes at least half the assets does it the way the bulk import wrote
    // them: indexes dropped, rows deleted, the rest indexed once at the end.
    std::optional<AssetBulkLoad> bulk;
    // On a shared server only when nothing stays: the suspended indexes would lock
    // colleagues out of the assets until the undo commits.
    const bool locksOut = m_database.dialect().bulkLoadLocksOutReaders();
    if (locksOut ? created.size() == *assetCount : created.size() * 2 >= *assetCount) {
        bulk.emplace(m_database, repository);
        if (!bulk->begin(&result.error))
            return false;
    }
    for (qint64 assetId : created) {
        if (!repository.remove(assetId, &result.error))
            return false;
        ++result.deleted;
    }
    return !bulk || bulk->finish(&result.error);
}
