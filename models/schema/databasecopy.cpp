#include "schema/databasecopy.h"

#include "schema/schemamigrator.h"
#include "search/assetsearchindex.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
// Kept by the engine or rebuilt on the target: the schema version the target's own
// migrations wrote, and the search index, whose form differs per engine.
bool isDerived(const QString &table)
{
    return table == QLatin1String("schema_version") || table == QLatin1String("asset_search")
        || table.startsWith(QLatin1String("asset_search_")) || table.startsWith(QLatin1String("sqlite_"));
}

// What a user's inventory consists of: a target with any of these is not empty. The
// master data tables hold the founding authorities a new schema starts with.
const QStringList inventoryTables = { QStringLiteral("asset"), QStringLiteral("licence"),
                                      QStringLiteral("history"), QStringLiteral("import_batch"),
                                      QStringLiteral("audit") };

std::optional<qint64> rowCount(Database &database, const QString &table, QString *error)
{
    QSqlQuery query(database.connection());
    // The table name comes from tablesInOrder(), never from user input.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next()) {
        if (error)
            *error = Sql::errorText(query);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}
} // namespace

DatabaseCopy::DatabaseCopy(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{ }

const QStringList &DatabaseCopy::tablesInOrder()
{
    static const QStringList tables = {
        QStringLiteral("authority"),
        QStringLiteral("category"),
        QStringLiteral("site"),
        QStringLiteral("room"),
        QStringLiteral("org_unit"),
        QStringLiteral("person"),
        QStringLiteral("import_batch"),
        QStringLiteral("import_reject"),
        QStringLiteral("asset"),
        QStringLiteral("legacy_identifier"),
        QStringLiteral("licence"),
        QStringLiteral("licence_allocation"),
        QStringLiteral("licence_assignment"),
        QStringLiteral("history"),
        QStringLiteral("audit"),
        QStringLiteral("audit_scope"),
        QStringLiteral("audit_item"),
        QStringLiteral("audit_unexpected"),
        QStringLiteral("audit_scan"),
        QStringLiteral("import_batch_master_data"),
        QStringLiteral("authority_viewer"),
        QStringLiteral("billing_rate"),
        QStringLiteral("billing_run"),
        QStringLiteral("billing_run_total"),
        QStringLiteral("app_setting"),
        QStringLiteral("handover"),
        QStringLiteral("handover_item"),
    };
    return tables;
}

bool DatabaseCopy::targetIsEmpty(QString *error)
{
    for (const QString &table : inventoryTables) {
        const std::optional<qint64> rows = rowCount(m_target, table, error);
        if (!rows)
            return false;
        if (*rows > 0) {
            if (error)
                *error =
                    tr("The target %1 already holds an inventory (%2 rows in %3); a copy goes only into a "
                       "new, empty database.")
                        .arg(m_target.settings().displayName())
                        .arg(*rows)
                        .arg(table);
            return false;
        }
    }
    return true;
}

bool DatabaseCopy::copyTable(const QString &table, qint64 *rows, QString *error)
{
    // The target's columns: both schemas are at the same version, so they are the same.
    const QSqlRecord record = m_target.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    if (columns.isEmpty()) {
        if (error)
            *error = tr("The target has no table %1.").arg(table);
        return false;
    }
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true); // streamed: a table may have millions of rows
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table))) {
        if (error)
            *error = Sql::errorText(read);
        return false;
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery write(m_target.connection());
    if (!Sql::prepare(
            write,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
            error))
        return false;
    // A closed billing run refuses new totals: runs arrive open and are closed
    // again once their totals are in (closeCopiedBillingRuns).
    const int frozenStatus =
        table == QLatin1String("billing_run") ? int(columns.indexOf(QStringLiteral("status"))) : -1;
    const int idColumn = int(columns.indexOf(QStringLiteral("id")));
    qint64 copied = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (frozenStatus >= 0 && read.value(frozenStatus).toString() == QLatin1String("closed")) {
            write.bindValue(frozenStatus, QStringLiteral("open"));
            m_closedBillingRuns.append(read.value(idColumn).toLongLong());
        }
        if (!write.exec()) {
            if (error)
                *error = tr("Row %1 of table %2: %3").arg(copied + 1).arg(table, Sql::errorText(write));
            return false;
        }
        ++copied;
    }
    *rows = copied;
    return true;
}

bool DatabaseCopy::closeCopiedBillingRuns(QString *error)
{
    QSqlQuery close(m_target.connection());
    if (!Sql::prepare(close, QStringLiteral("UPDATE billing_run SET status = 'closed' WHERE id = ?"), error))
        return false;
    for (const qint64 id : std::as_const(m_closedBillingRuns)) {
        close.bindValue(0, id);
        if (!Sql::exec(close, error))
            return false;
    }
    return true;
}

DatabaseCopy::Result DatabaseCopy::run(const Progress &progress)
{
    Result result;
    QString error;
    const int sourceVersion = SchemaMigrator(m_source).currentVersion(&error);
    const int targetVersion = SchemaMigrator(m_target).currentVersion(&error);
    if (sourceVersion != SchemaMigrator::latestVersion()
        || targetVersion != SchemaMigrator::latestVersion()) {
        result.error = tr("Both databases must be at schema version %1 (source: %2, target: %3).")
                           .arg(SchemaMigrator::latestVersion())
                           .arg(sourceVersion)
                           .arg(targetVersion);
        return result;
    }
    for (const QString &table : m_target.connection().tables()) {
        if (!isDerived(table) && !tablesInOrder().contains(table)) {
            result.error = tr("The table %1 is not known to the copy; nothing was copied.").arg(table);
            return result;
        }
    }
    if (!targetIsEmpty(&result.error))
        return result;

    Sql::Transaction transaction(m_target.connection());
    if (!transaction.isActive()) {
        result.error = tr("Cannot start a transaction on the target.");
        return result;
    }
    // A new schema starts with the founding authorities and categories: the source's
    // rows replace them, ids included, so every reference stays as it was.
    const QStringList &tables = tablesInOrder();
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (inventoryTables.contains(*table))
            continue; // empty, checked above; history refuses deletes
        if (!Sql::exec(m_target.connection(), QStringLiteral("DELETE FROM %1").arg(*table), &result.error))
            return result;
    }
    // The target is new and empty, and nobody reads it before the commit: one
    // sorted build of each index at the end costs far less than keeping some thirty
    // indexes of the assets in order row by row. The copied rows bring their sort
    // keys, so the sort-key trigger is not needed meanwhile either.
    QStringList restoreIndexes;
    if (!m_target.dialect().suspendAssetIndexes(m_target.connection(), &restoreIndexes, &result.error))
        return result;
    for (const QString &table : tables) {
        qint64 rows = 0;
        if (!copyTable(table, &rows, &result.error))
            return result;
        result.rowsCopied += rows;
        if (progress)
            progress(table, rows);
    }
    for (const QString &statement : std::as_const(restoreIndexes)) {
        if (!Sql::exec(m_target.connection(), statement, &result.error))
            return result;
    }
    if (!closeCopiedBillingRuns(&result.error))
        return result;
    for (const QString &table : tables) {
        if (!m_target.connection().record(table).contains(QStringLiteral("id")))
            continue;
        for (const QString &statement : m_target.dialect().continueIdsAfterCopy(table)) {
            if (!Sql::exec(m_target.connection(), statement, &result.error))
                return result;
        }
    }
    if (!AssetSearchIndex(m_target).rebuild(&result.error))
        return result;
    if (!transaction.commit(&result.error))
        return result;

    for (const QString &table : tables) {
        TableCount count;
        count.table = table;
        const std::optional<qint64> source = rowCount(m_source, table, &result.error);
        const std::optional<qint64> target = rowCount(m_target, table, &result.error);
        if (!source || !target)
            return result;
        count.source = *source;
        count.target = *target;
        result.counts.append(count);
        if (count.source != count.target) {
            result.error = tr("Table %1 has %2 rows in the source but %3 in the target.")
                               .arg(table)
                               .arg(count.source)
                               .arg(count.target);
            return result;
        }
    }
    result.ok = true;
    return result;
}
