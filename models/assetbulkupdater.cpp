#include "assetbulkupdater.h"

#include "assetrepository.h"
#include "assetsearchindex.h"
#include "database.h"
#include "sqlhelpers.h"

#include <QSqlQuery>
#include <QStringList>

namespace {
// The ids of one change, staged in a temporary table of the connection so that
// each step is one statement over all of them, whatever their number.
const QString stagedIds = QStringLiteral("SELECT id FROM bulk_change_ids");
const QString previousTable = QStringLiteral("bulk_change_previous");

// The fields in a fixed order (the declaration order), so history rows and bound
// values line up however the caller's hash is ordered.
QList<AssetField> orderedFields(const QList<AssetField> &fields)
{
    QList<AssetField> ordered;
    for (AssetField field : AssetFields::all()) {
        if (fields.contains(field))
            ordered.append(field);
    }
    return ordered;
}

bool touchesSearchDocument(const QList<AssetField> &fields)
{
    // The document holds the site and room names (see the dialect's document query).
    return fields.contains(AssetField::Site) || fields.contains(AssetField::Room);
}

QString sqlType(AssetField field)
{
    return AssetFields::isReference(field) || field == AssetField::PurchasePrice ? QStringLiteral("INTEGER")
                                                                                 : QStringLiteral("TEXT");
}
} // namespace

AssetBulkUpdater::AssetBulkUpdater(Database &database, AssetRepository &repository)
    : m_database(database)
    , m_repository(repository)
{ }

bool AssetBulkUpdater::stageIds(const QList<qint64> &assetIds, QString *error)
{
    QSqlDatabase &db = m_database.connection();
    QSqlQuery insert(db);
    if (!Sql::exec(db,
                   QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS bulk_change_ids (id INTEGER PRIMARY KEY)"),
                   error)
        || !Sql::exec(db, QStringLiteral("DELETE FROM bulk_change_ids"), error)
        || !Sql::prepare(insert,
                         QStringLiteral("INSERT INTO bulk_change_ids (id) VALUES (?) ON CONFLICT DO NOTHING"),
                         error))
        return false;
    for (qint64 id : assetIds) {
        insert.bindValue(0, id);
        if (!Sql::exec(insert, error))
            return false;
    }
    // All or nothing: an id without an asset (deleted meanwhile) stops the change.
    QSqlQuery missing(db);
    if (!Sql::prepare(
            missing,
            QStringLiteral("SELECT MIN(id) FROM bulk_change_ids WHERE id NOT IN (SELECT id FROM asset)"),
            error)
        || !Sql::exec(missing, error) || !missing.next())
        return false;
    if (!missing.value(0).isNull()) {
        if (error)
            *error = tr("Asset %1 does not exist (any more).").arg(missing.value(0).toLongLong());
        return false;
    }
    return true;
}

bool AssetBulkUpdater::readPrevious(const QList<AssetField> &fields, QList<Asset> *previous, QString *error)
{
    QStringList columns;
    for (AssetField field : fields)
        columns.append(AssetFields::column(field));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT id, %1 FROM asset WHERE id IN (%2) ORDER BY id")
                          .arg(columns.join(QStringLiteral(", ")), stagedIds),
                      error)
        || !Sql::exec(query, error))
        return false;
    while (query.next()) {
        Asset asset;
        asset.id = query.value(0).toLongLong();
        for (qsizetype i = 0; i < fields.size(); ++i)
            AssetFields::setValue(asset, fields[i], query.value(int(i) + 1));
        previous->append(asset);
    }
    return true;
}

bool AssetBulkUpdater::apply(const QList<qint64> &assetIds, const Changes &changes, QList<Asset> *previous,
                             QString *error)
{
    const QList<AssetField> fields = orderedFields(changes.keys());
    // The values as the repository would store them (0 and empty become NULL).
    Asset target;
    for (AssetField field : fields)
        AssetFields::setValue(target, field, changes.value(field));
    if (fields.contains(AssetField::OwnerAuthority) && target.ownerAuthorityId <= 0) {
        if (error)
            *error = tr("An asset needs an owner authority.");
        return false;
    }
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = tr("Cannot start a transaction.");
        return false;
    }
    QList<Asset> before;
    if (!stageIds(assetIds, error) || !readPrevious(fields, &before, error))
        return false;

    const QString now = Sql::nowText();
    const QString user = m_repository.context().user;
    QSqlQuery query(m_database.connection());
    // History first: it reads the old values. One row per asset and changed field.
    for (AssetField field : fields) {
        const QString column = AssetFields::column(field);
        const QVariant value = AssetFields::value(target, field);
        const QString newText = AssetFields::historyText(value);
        if (!Sql::prepare(
                query,
                QStringLiteral("INSERT INTO history (entity, entity_id, action, field, old_value, "
                               "new_value, changed_by, changed_at, import_batch_id) "
                               "SELECT 'asset', a.id, 'update', ?, NULLIF(CAST(a.%1 AS TEXT), ''), ?, ?, "
                               "?, NULL FROM asset a WHERE a.id IN (%2) AND a.%1 IS DISTINCT FROM ? "
                               "ORDER BY a.id")
                    .arg(column, stagedIds),
                error))
            return false;
        query.addBindValue(column);
        query.addBindValue(newText.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(newText));
        query.addBindValue(user);
        query.addBindValue(now);
        query.addBindValue(value);
        if (!Sql::exec(query, error))
            return false;
    }
    // Only assets that change get a new row version, as AssetRepository::update does.
    QStringList assignments;
    QStringList differences;
    for (AssetField field : fields) {
        assignments.append(AssetFields::column(field) + QStringLiteral(" = ?"));
        differences.append(AssetFields::column(field) + QStringLiteral(" IS DISTINCT FROM ?"));
    }
    if (!Sql::prepare(query,
                      QStringLiteral("UPDATE asset SET %1, updated_at = ?, row_version = row_version + 1 "
                                     "WHERE id IN (%2) AND (%3)")
                          .arg(assignments.join(QStringLiteral(", ")), stagedIds,
                               differences.join(QStringLiteral(" OR "))),
                      error))
        return false;
    for (AssetField field : fields)
        query.addBindValue(AssetFields::value(target, field));
    query.addBindValue(now);
    for (AssetField field : fields)
        query.addBindValue(AssetFields::value(target, field));
    if (!Sql::exec(query, error))
        return false;
    if (touchesSearchDocument(fields) && !AssetSearchIndex(m_database).refreshSelected(stagedIds, error))
        return false;
    if (!transaction.commit(error))
        return false;
    if (previous)
        *previous = before;
    return true;
}

bool AssetBulkUpdater::restore(const QList<Asset> &previous, const QList<AssetField> &fields, QString *error)
{
    const QList<AssetField> ordered = orderedFields(fields);
    QSqlDatabase &db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = tr("Cannot start a transaction.");
        return false;
    }
    QList<qint64> ids;
    for (const Asset &old : previous)
        ids.append(old.id);
    if (!stageIds(ids, error))
        return false;

    // Each asset gets its own old values back: they are staged beside the ids.
    QStringList definitions = { QStringLiteral("id INTEGER PRIMARY KEY") };
    QStringList columns = { QStringLiteral("id") };
    for (AssetField field : ordered) {
        definitions.append(AssetFields::column(field) + QLatin1Char(' ') + sqlType(field));
        columns.append(AssetFields::column(field));
    }
    QSqlQuery query(db);
    if (!Sql::exec(db, QStringLiteral("DROP TABLE IF EXISTS ") + previousTable, error)
        || !Sql::exec(db,
                      QStringLiteral("CREATE TEMP TABLE %1 (%2)")
                          .arg(previousTable, definitions.join(QStringLiteral(", "))),
                      error)
        || !Sql::prepare(
            query,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(previousTable, columns.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
            error))
        return false;
    for (const Asset &old : previous) {
        query.addBindValue(old.id);
        for (AssetField field : ordered)
            query.addBindValue(AssetFields::value(old, field));
        if (!Sql::exec(query, error))
            return false;
    }

    const QString now = Sql::nowText();
    for (AssetField field : ordered) {
        const QString column = AssetFields::column(field);
        if (!Sql::prepare(
                query,
                QStringLiteral("INSERT INTO history (entity, entity_id, action, field, old_value, "
                               "new_value, changed_by, changed_at, import_batch_id) "
                               "SELECT 'asset', a.id, 'update', ?, NULLIF(CAST(a.%1 AS TEXT), ''), "
                               "NULLIF(CAST(p.%1 AS TEXT), ''), ?, ?, NULL FROM asset a "
                               "JOIN %2 p ON p.id = a.id WHERE a.%1 IS DISTINCT FROM p.%1 ORDER BY a.id")
                    .arg(column, previousTable),
                error))
            return false;
        query.addBindValue(column);
        query.addBindValue(m_repository.context().user);
        query.addBindValue(now);
        if (!Sql::exec(query, error))
            return false;
    }
    QStringList assignments;
    QStringList differences;
    for (AssetField field : ordered) {
        const QString column = AssetFields::column(field);
        assignments.append(
            QStringLiteral("%1 = (SELECT p.%1 FROM %2 p WHERE p.id = asset.id)").arg(column, previousTable));
        differences.append(QStringLiteral("asset.%1 IS DISTINCT FROM p.%1").arg(column));
    }
    if (!Sql::prepare(query,
                      QStringLiteral("UPDATE asset SET %1, updated_at = ?, row_version = row_version + 1 "
                                     "WHERE EXISTS (SELECT 1 FROM %2 p WHERE p.id = asset.id AND (%3))")
                          .arg(assignments.join(QStringLiteral(", ")), previousTable,
                               differences.join(QStringLiteral(" OR "))),
                      error))
        return false;
    query.addBindValue(now);
    if (!Sql::exec(query, error))
        return false;
    if (touchesSearchDocument(ordered) && !AssetSearchIndex(m_database).refreshSelected(stagedIds, error))
        return false;
    return transaction.commit(error);
}
