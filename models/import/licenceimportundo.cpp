#include "import/licenceimportundo.h"

#include "licences/licencerepository.h"
#include "masterdata/masterdatalookup.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QList>
#include <QSet>
#include <QSqlQuery>

#include <map>

namespace {
struct Change
{
    QString field; // a licence column, or "allocation:<authority code>"
    QVariant oldValue;
};

const QString allocationPrefix = QStringLiteral("allocation:");
} // namespace

LicenceImportUndo::LicenceImportUndo(Database &database, ChangeContext context)
    : m_database(database)
    , m_context(std::move(context))
{ }

bool LicenceImportUndo::undo(qint64 batchId, ImportUndo::Result &result)
{
    QSqlDatabase &db = m_database.connection();
    QSqlQuery query(db);

    // What the batch did, in the order it did it.
    QList<qint64> created;
    QSet<qint64> createdSet;
    std::map<qint64, QList<Change>> updated;
    qint64 lastHistoryId = 0;
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT id, entity_id, action, field, old_value FROM history "
                                     "WHERE entity = 'licence' AND import_batch_id = ? ORDER BY id"),
                      &result.error))
        return false;
    query.addBindValue(batchId);
    if (!Sql::exec(query, &result.error))
        return false;
    while (query.next()) {
        lastHistoryId = query.value(0).toLongLong();
        const qint64 licenceId = query.value(1).toLongLong();
        const QString action = query.value(2).toString();
        if (action == QLatin1String("insert")) {
            created.append(licenceId);
            createdSet.insert(licenceId);
        } else if (action == QLatin1String("update") && !createdSet.contains(licenceId)) {
            updated[licenceId].append({ query.value(3).toString(), query.value(4) });
        }
    }
    query.finish();

    // Anything written to those licences after the batch, a seat assignment included?
    if (!Sql::prepare(query,
                      QStringLiteral(
                          "SELECT DISTINCT h.entity_id, COALESCE(l.product, ''), COALESCE(l.contract_no, '') "
                          "FROM history h LEFT JOIN licence l ON l.id = h.entity_id "
                          "WHERE h.entity = 'licence' AND h.id > ? "
                          "AND h.action IN ('insert', 'update', 'delete') "
                          "AND (h.import_batch_id IS NULL OR (h.import_batch_id <> ? AND h.import_batch_id "
                          " NOT IN (SELECT id FROM import_batch WHERE status = 'undone'))) "
                          "AND h.entity_id IN (SELECT entity_id FROM history "
                          " WHERE entity = 'licence' AND import_batch_id = ?) "
                          "UNION "
                          "SELECT l.id, l.product, l.contract_no FROM licence l "
                          "WHERE l.import_batch_id = ? "
                          "AND EXISTS (SELECT 1 FROM licence_assignment a WHERE a.licence_id = l.id) "
                          "ORDER BY 1"),
                      &result.error))
        return false;
    query.addBindValue(lastHistoryId);
    query.addBindValue(batchId);
    query.addBindValue(batchId);
    query.addBindValue(batchId);
    if (!Sql::exec(query, &result.error))
        return false;
    while (query.next()) {
        const QString product = query.value(1).toString();
        const QString contract = query.value(2).toString();
        if (product.isEmpty())
            result.changedSince.append(tr("licence %1 (deleted)").arg(query.value(0).toLongLong()));
        else if (contract.isEmpty())
            result.changedSince.append(product);
        else
            result.changedSince.append(QStringLiteral("%1 (%2)").arg(product, contract));
    }
    query.finish();
    if (!result.changedSince.isEmpty()) {
        result.error = tr("Import batch %1 cannot be undone: %n of its licence(s) were changed since: %2",
                          nullptr, int(result.changedSince.size()))
                           .arg(batchId)
                           .arg(result.changedSince.mid(0, 20).join(QStringLiteral(", ")));
        return false;
    }

    LicenceRepository repository(m_database, m_context);
    MasterDataLookup lookup(m_database);
    for (auto it = updated.cbegin(); it != updated.cend(); ++it) {
        const qint64 licenceId = it->first;
        std::optional<Licence> licence = repository.find(licenceId, &result.error);
        if (!licence)
            return false;
        QSet<QString> restored;
        QList<std::pair<qint64, int>> allocations;
        for (const Change &change : it->second) {
            // The first change of a field in the batch holds the value from before it.
            if (restored.contains(change.field))
                continue;
            restored.insert(change.field);
            if (change.field.startsWith(allocationPrefix)) {
                const std::optional<qint64> authority =
                    lookup.authorityByCode(change.field.mid(allocationPrefix.size()), &result.error);
                if (!authority)
                    return false;
                allocations.append({ *authority, change.oldValue.toInt() });
                continue;
            }
            const std::optional<LicenceField> field = LicenceFields::fromColumn(change.field);
            if (!field)
                continue;
            if (LicenceFields::isSecret(*field)) {
                // The history keeps keys masked: there is no old key to put back.
                result.error = tr("Import batch %1 changed the licence key of %2, which cannot be restored.")
                                   .arg(batchId)
                                   .arg(licence->product);
                return false;
            }
            LicenceFields::setValue(*licence, *field, change.oldValue);
        }
        const LicenceRepository::UpdateResult updateResult = repository.update(*licence, &result.error);
        if (updateResult == LicenceRepository::UpdateResult::Conflict
            || updateResult == LicenceRepository::UpdateResult::Failed)
            return false;
        for (const auto &[authorityId, seats] : std::as_const(allocations)) {
            if (!repository.setAllocation(licenceId, authorityId, seats, &result.error))
                return false;
        }
        ++result.reverted;
    }
    for (qint64 licenceId : std::as_const(created)) {
        // Allocations one by one first, so the history shows each one going.
        if (!repository.setAllocations(licenceId, {}, &result.error)
            || !repository.remove(licenceId, &result.error))
            return false;
        ++result.deleted;
    }
    return true;
}
