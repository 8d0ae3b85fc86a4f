#include "audits/auditcloser.h"

#include "assets/asset.h"
#include "assets/assetstatus.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QList>
#include <QSqlQuery>

namespace {
QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString column(AssetField field)
{
    return AssetFields::column(field);
}

// The history is written in the order the per-item path wrote it: by asset, then
// by the field's place in AssetFields::all().
QString fieldOrder(AssetField field)
{
    return QString::number(AssetFields::all().indexOf(field));
}

QString statusCode(AssetStatus status)
{
    return quoted(AssetStatusText::code(status));
}

// An accepted move that changes the asset's room or site. Needs the aliases a
// (asset), i (audit_item) and r (the found room).
const QString acceptedMoveChanges = QStringLiteral(
    "i.state = 'moved' AND i.accept_move = 1 "
    "AND (a.room_id IS NULL OR a.room_id <> i.found_room_id OR a.site_id IS NULL OR a.site_id <> r.site_id)");
} // namespace

AuditCloser::AuditCloser(Database &database, const ChangeContext &context)
    : m_database(database)
    , m_context(context.resolved(database))
    , m_searchIndex(database)
{ }

bool AuditCloser::apply(qint64 auditId, const QDate &today, QString *error)
{
    const QString todayText = today.toString(Qt::ISODate);
    const QString now = Sql::nowText();
    // The history reads the old values, so it comes first; the audited rows are
    // bumped before the moves, whose condition compares the old room.
    return writeHistory(auditId, todayText, now, error) && markMissing(auditId, now, error)
        && markAudited(auditId, todayText, now, error) && applyMoves(auditId, error);
}

bool AuditCloser::writeHistory(qint64 auditId, const QString &today, const QString &now, QString *error)
{
    const QString missing = statusCode(AssetStatus::Missing);
    const QString retired = statusCode(AssetStatus::Retired);
    const QString inUse = statusCode(AssetStatus::InUse);
    const QString items = QStringLiteral("FROM audit_item i JOIN asset a ON a.id = i.asset_id ");
    const QString moves = QStringLiteral("FROM audit_item i JOIN asset a ON a.id = i.asset_id "
                                         "JOIN room r ON r.id = i.found_room_id ");
    // CAST keeps every branch text (dates and ids are text in the history);
    // empty old values are NULL, as HistoryRecorder writes them.
    const QString changes =
        QStringLiteral("SELECT a.id AS asset_id, %1 AS field_order, '%2' AS field, a.status AS old_value, "
                       "CAST(%3 AS TEXT) AS new_value ")
            .arg(fieldOrder(AssetField::Status), column(AssetField::Status), missing)
        + items
        + QStringLiteral("WHERE i.audit_id = ? AND i.state = 'expected' AND a.status NOT IN (%1, %2) ")
              .arg(missing, retired)
        + QStringLiteral("UNION ALL SELECT a.id, %1, '%2', a.status, CAST(%3 AS TEXT) ")
              .arg(fieldOrder(AssetField::Status), column(AssetField::Status), inUse)
        + items
        + QStringLiteral("WHERE i.audit_id = ? AND i.state IN ('found', 'moved') AND a.status = %1 ")
              .arg(missing)
        + QStringLiteral("UNION ALL SELECT a.id, %1, '%2', CAST(a.site_id AS TEXT), CAST(r.site_id AS TEXT) ")
              .arg(fieldOrder(AssetField::Site), column(AssetField::Site))
        + moves + QStringLiteral("WHERE i.audit_id = ? AND ") + acceptedMoveChanges
        + QStringLiteral(" AND (a.site_id IS NULL OR a.site_id <> r.site_id) ")
        + QStringLiteral(
              "UNION ALL SELECT a.id, %1, '%2', CAST(a.room_id AS TEXT), CAST(i.found_room_id AS TEXT) ")
              .arg(fieldOrder(AssetField::Room), column(AssetField::Room))
        + moves + QStringLiteral("WHERE i.audit_id = ? AND ") + acceptedMoveChanges
        + QStringLiteral(" AND (a.room_id IS NULL OR a.room_id <> i.found_room_id) ")
        + QStringLiteral("UNION ALL SELECT a.id, %1, '%2', NULLIF(CAST(a.last_audited AS TEXT), ''), "
                         "CAST(? AS TEXT) ")
              .arg(fieldOrder(AssetField::LastAudited), column(AssetField::LastAudited))
        + items
        + QStringLiteral("WHERE i.audit_id = ? AND i.state IN ('found', 'moved') "
                         "AND (a.last_audited IS NULL OR CAST(a.last_audited AS TEXT) <> ?)");
    QSqlQuery insert(m_database.connection());
    if (!Sql::prepare(insert,
                      QStringLiteral("INSERT INTO history (entity, entity_id, action, field, old_value, "
                                     "new_value, changed_by, changed_at, import_batch_id) "
                                     "SELECT 'asset', c.asset_id, 'update', c.field, c.old_value, "
                                     "c.new_value, ?, ?, ? FROM (%1) c ORDER BY c.asset_id, c.field_order")
                          .arg(changes),
                      error))
        return false;
    insert.addBindValue(m_context.user);
    insert.addBindValue(now);
    insert.addBindValue(Sql::idOrNull(m_context.importBatchId));
    for (int i = 0; i < 4; ++i)
        insert.addBindValue(auditId);
    insert.addBindValue(today);
    insert.addBindValue(auditId);
    insert.addBindValue(today);
    return Sql::exec(insert, error);
}

bool AuditCloser::markMissing(qint64 auditId, const QString &now, QString *error)
{
    // Retired meanwhile: the asset left the inventory on purpose, nothing is missing.
    QSqlQuery update(m_database.connection());
    if (!Sql::prepare(
            update,
            QStringLiteral("UPDATE asset SET status = %1, updated_at = ?, row_version = row_version + 1 "
                           "WHERE id IN (SELECT i.asset_id FROM audit_item i "
                           "WHERE i.audit_id = ? AND i.state = 'expected') AND status NOT IN (%1, %2)")
                .arg(statusCode(AssetStatus::Missing), statusCode(AssetStatus::Retired)),
            error))
        return false;
    update.addBindValue(now);
    update.addBindValue(auditId);
    return Sql::exec(update, error);
}

bool AuditCloser::markAudited(qint64 auditId, const QString &today, const QString &now, QString *error)
{
    // Only assets with at least one changed field get a new row version, as an edit would.
    QSqlQuery update(m_database.connection());
    if (!Sql::prepare(
            update,
            QStringLiteral(
                "UPDATE asset SET status = CASE WHEN status = %1 THEN %2 ELSE status END, last_audited = ?, "
                "updated_at = ?, row_version = row_version + 1 "
                "WHERE id IN (SELECT i.asset_id FROM audit_item i "
                "WHERE i.audit_id = ? AND i.state IN ('found', 'moved')) "
                "AND (status = %1 OR last_audited IS NULL OR CAST(last_audited AS TEXT) <> ? "
                "OR EXISTS (SELECT 1 FROM audit_item i JOIN asset a ON a.id = i.asset_id "
                "JOIN room r ON r.id = i.found_room_id WHERE i.audit_id = ? AND a.id = asset.id AND ")
                    .arg(statusCode(AssetStatus::Missing), statusCode(AssetStatus::InUse))
                + acceptedMoveChanges + QStringLiteral("))"),
            error))
        return false;
    update.addBindValue(today);
    update.addBindValue(now);
    update.addBindValue(auditId);
    update.addBindValue(today);
    update.addBindValue(auditId);
    return Sql::exec(update, error);
}

bool AuditCloser::applyMoves(qint64 auditId, QString *error)
{
    QSqlDatabase &db = m_database.connection();
    QSqlQuery select(db);
    if (!Sql::prepare(select,
                      QStringLiteral("SELECT a.id FROM audit_item i JOIN asset a ON a.id = i.asset_id "
                                     "JOIN room r ON r.id = i.found_room_id WHERE i.audit_id = ? AND ")
                          + acceptedMoveChanges + QStringLiteral(" ORDER BY a.id"),
                      error))
        return false;
    select.addBindValue(auditId);
    if (!Sql::exec(select, error))
        return false;
    QList<qint64> moved;
    while (select.next())
        moved.append(select.value(0).toLongLong());
    select.finish();
    if (moved.isEmpty())
        return true;

    // Setting room_id and site_id fires the sort-key trigger for these rows only.
    QSqlQuery update(db);
    if (!Sql::prepare(
            update,
            QStringLiteral("UPDATE asset SET "
                           "room_id = (SELECT i.found_room_id FROM audit_item i "
                           "WHERE i.audit_id = ? AND i.asset_id = asset.id), "
                           "site_id = (SELECT r.site_id FROM audit_item i JOIN room r "
                           "ON r.id = i.found_room_id WHERE i.audit_id = ? AND i.asset_id = asset.id) "
                           "WHERE id IN (SELECT a.id FROM audit_item i JOIN asset a ON a.id = i.asset_id "
                           "JOIN room r ON r.id = i.found_room_id WHERE i.audit_id = ? AND ")
                + acceptedMoveChanges + QStringLiteral(")"),
            error))
        return false;
    update.addBindValue(auditId);
    update.addBindValue(auditId);
    update.addBindValue(auditId);
    if (!Sql::exec(update, error))
        return false;
    // The search document names the site and room; status and dates are not in it.
    for (qint64 assetId : moved) {
        if (!m_searchIndex.refresh(assetId, error))
            return false;
    }
    return true;
}
