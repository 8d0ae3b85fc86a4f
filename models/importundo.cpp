#include "importundo.h"

#include "assetbulkload.h"
#include "assetrepository.h"
#include "assetsearchindex.h"
#include "database.h"
#include "historyrecorder.h"
#include "importmasterdatacleanup.h"
#include "licenceimportundo.h"
#include "sqlhelpers.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>

#include <map>
#include <optional>

namespace {
struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
};
} // namespace

ImportUndo::ImportUndo(Database &database)
    : m_database(database)
{ }

ImportUndo::Result ImportUndo::undo(qint64 batchId, const QString &user)
{
    Result result;
    QSqlDatabase &db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = tr("Cannot start a transaction.");
        return result;
    }
    QSqlQuery query(db);
    if (!Sql::prepare(query, QStringLiteral("SELECT status, kind FROM import_batch WHERE id = ?"),
                      &result.error))
        return result;
    query.addBindValue(batchId);
    if (!Sql::exec(query, &result.error))
        return result;
    if (!query.next()) {
        result.error = tr("There is no import batch %1.").arg(batchId);
        return result;
    }
    const QString status = query.value(0).toString();
    result.kind = query.value(1).toString();
    query.finish();
    if (status == QLatin1String("undone")) {
        result.error = tr("Import batch %1 was already undone.").arg(batchId);
        return result;
    }
    if (status != QLatin1String("completed")) {
        result.error = tr("Import batch %1 did not complete (%2).").arg(batchId).arg(status);
        return result;
    }

    // Where the undo's rows start in the history (shown as the undo, not the import).
    if (!Sql::prepare(query, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM history"), &result.error)
        || !Sql::exec(query, &result.error) || !query.next())
        return result;
    const qint64 lastHistoryId = query.value(0).toLongLong();
    query.finish();

    // The undo's history rows belong to the batch they undo: together with the
    // batch's own rows they cancel out, so an earlier batch whose items this one
    // changed can be undone next (see the changed-since checks).
    const ChangeContext context = ChangeContext { user, batchId }.resolved(m_database);
    bool undone = false;
    if (result.kind == QLatin1String("assets"))
        undone = undoAssets(batchId, context, result);
    else if (result.kind == QLatin1String("licences"))
        undone = LicenceImportUndo(m_database, context).undo(batchId, result);
    else
        result.error =
            tr("Import batch %1 imported %2, which cannot be undone.").arg(batchId).arg(result.kind);
    if (!undone
        || !ImportMasterDataCleanup(m_database)
                .removeUnused(batchId, &result.removedMasterData, &result.error))
        return result;

    if (!Sql::prepare(query,
                      QStringLiteral("UPDATE import_batch SET status = 'undone', undone_after_history_id = ? "
                                     "WHERE id = ?"),
                      &result.error))
        return result;
    query.addBindValue(lastHistoryId);
    query.addBindValue(batchId);
    if (!Sql::exec(query, &result.error) || !transaction.commit(&result.error))
        return result;
    result.ok = true;
    return result;
}

bool ImportUndo::undoAssets(qint64 batchId, const ChangeContext &context, Result &result)
{
    QSqlDatabase &db = m_database.connection();
    QSqlQuery query(db);
    // What the batch did, in the order it did it.
    QList<qint64> created;
    std::map<qint64, QList<FieldChange>> updated;
    qint64 lastHistoryId = 0;
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT id, entity_id, action, field, old_value, new_value FROM history "
                                     "WHERE entity = 'asset' AND import_batch_id = ? ORDER BY id"),
                      &result.error))
        return false;
    query.addBindValue(batchId);
    if (!Sql::exec(query, &result.error))
        return false;
    QSet<qint64> createdSet;
    while (query.next()) {
        lastHistoryId = query.value(0).toLongLong();
        const qint64 assetId = query.value(1).toLongLong();
        const QString action = query.value(2).toString();
        if (action == QLatin1String("insert")) {
            created.append(assetId);
            createdSet.insert(assetId);
        } else if (action == QLatin1String("update") && !createdSet.contains(assetId)) {
            updated[assetId].append({ query.value(3).toString(), query.value(4), query.value(5) });
        }
    }
    query.finish();

    // Anything written to those assets after the batch by someone else?
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
            &result.error))
        return false;
    query.addBindValue(lastHistoryId);
    query.addBindValue(batchId);
    query.addBindValue(batchId);
    if (!Sql::exec(query, &result.error))
        return false;
    while (query.next()) {
        const QString number = query.value(1).toString();
        result.changedSince.append(
            number.isEmpty() ? tr("asset %1 (deleted)").arg(query.value(0).toLongLong()) : number);
    }
    query.finish();
    if (!result.changedSince.isEmpty()) {
        result.error = tr("Import batch %1 cannot be undone: %n of its asset(s) were changed since: %2",
                          nullptr, int(result.changedSince.size()))
                           .arg(batchId)
                           .arg(result.changedSince.mid(0, 20).join(QStringLiteral(", ")));
        return false;
    }

    AssetRepository repository(m_database, context);
    HistoryRecorder history(m_database);
    AssetSearchIndex searchIndex(m_database);
    QSqlQuery removeLegacy(db);
    if (!Sql::prepare(
            removeLegacy,
            QStringLiteral("DELETE FROM legacy_identifier WHERE asset_id = ? AND source = ? AND value = ?"),
            &result.error))
        return false;

    for (auto it = updated.cbegin(); it != updated.cend(); ++it) {
        const qint64 assetId = it->first;
        std::optional<Asset> asset = repository.find(assetId, &result.error);
        if (!asset)
            return false;
        QSet<QString> restored;
        bool fieldsChanged = false;
        for (const FieldChange &change : it->second) {
            if (change.field == QLatin1String("legacy_identifier")) {
                const QString text = change.newValue.toString();
                const qsizetype colon = text.indexOf(QLatin1Char(':'));
                removeLegacy.bindValue(0, assetId);
                removeLegacy.bindValue(1, text.left(colon));
                removeLegacy.bindValue(2, text.mid(colon + 1));
                if (!Sql::exec(removeLegacy, &result.error)
                    || !history.record(QStringLiteral("asset"), assetId, HistoryRecorder::Action::Update,
                                       change.field, text, QVariant(), context, &result.error)
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
    // Taking a row out of the search index and the 28 secondary indexes costs several
    // times what rebuilding them costs per remaining row (docs/PERFORMANCE.md), so an
    // undo that removes at least half the assets does it the way the bulk import wrote
    // them: indexes dropped, rows deleted, the rest indexed once at the end.
    std::optional<AssetBulkLoad> bulk;
    if (!created.isEmpty()) {
        if (!Sql::prepare(query, QStringLiteral("SELECT COUNT(*) FROM asset"), &result.error)
            || !Sql::exec(query, &result.error) || !query.next())
            return false;
        const qint64 assetCount = query.value(0).toLongLong();
        query.finish();
        if (created.size() * 2 >= assetCount) {
            bulk.emplace(m_database, repository);
            if (!bulk->begin(&result.error))
                return false;
        }
    }
    for (qint64 assetId : std::as_const(created)) {
        if (!repository.remove(assetId, &result.error))
            return false;
        ++result.deleted;
    }
    return !bulk || bulk->finish(&result.error);
}
