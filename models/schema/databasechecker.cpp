#include "schema/databasechecker.h"

#include "schema/schemamigrator.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

DatabaseChecker::DatabaseChecker(Database &database)
    : m_database(database)
{ }

DatabaseChecker::Report DatabaseChecker::run()
{
    Report report;
    report.expectedSchemaVersion = SchemaMigrator::latestVersion();
    QString error;

    SchemaMigrator migrator(m_database);
    report.schemaVersion = migrator.currentVersion(&error);
    report.checksRun.append(tr("schema version"));
    if (report.schemaVersion < 0) {
        report.problems.append(error.isEmpty() ? tr("This is not a Bestand database.") : error);
        return report;
    }
    if (report.schemaVersion == 0) {
        report.problems.append(tr("The database is empty: it has no Bestand schema."));
        return report;
    }
    if (report.schemaVersion > report.expectedSchemaVersion) {
        report.problems.append(tr("Schema version %1 is newer than this program knows (%2).")
                                   .arg(report.schemaVersion)
                                   .arg(report.expectedSchemaVersion));
        return report;
    }
    if (report.schemaVersion < report.expectedSchemaVersion) {
        report.problems.append(
            tr("Schema version %1 is older than %2: open the database with Bestand to upgrade it.")
                .arg(report.schemaVersion)
                .arg(report.expectedSchemaVersion));
    }

    report.checksRun.append(tr("storage integrity and foreign keys"));
    QStringList storageProblems;
    if (!m_database.dialect().checkIntegrity(m_database.connection(), &storageProblems, &error))
        report.problems.append(tr("The integrity check could not run: %1").arg(error));
    report.problems.append(storageProblems);

    checkInvariant(
        report, tr("every asset has an owner authority"),
        QStringLiteral(
            "SELECT a.inventory_no FROM asset a LEFT JOIN authority o ON o.id = a.owner_authority_id "
            "WHERE o.id IS NULL"),
        tr("Asset %1 has no owner authority."));
    checkInvariant(report, tr("inventory numbers are unique"),
                   QStringLiteral("SELECT inventory_no FROM asset GROUP BY inventory_no HAVING COUNT(*) > 1"),
                   tr("Inventory number %1 is used more than once."));
    checkInvariant(report, tr("inventory numbers are present"),
                   QStringLiteral("SELECT CAST(id AS TEXT) FROM asset WHERE TRIM(inventory_no) = ''"),
                   tr("Asset with id %1 has no inventory number."));
    checkInvariant(report, tr("serial numbers are unique"),
                   QStringLiteral("SELECT serial_no FROM asset WHERE serial_no <> '' GROUP BY serial_no "
                                  "HAVING COUNT(*) > 1"),
                   tr("Serial number %1 is recorded for more than one asset."));
    checkInvariant(
        report, tr("serial numbers are normalised"),
        QStringLiteral("SELECT serial_no FROM asset WHERE serial_no <> UPPER(REPLACE(serial_no, ' ', ''))"),
        tr("Serial number %1 is not in normalised form."));
    checkInvariant(
        report, tr("MAC addresses are normalised"),
        QStringLiteral("SELECT mac FROM asset WHERE mac <> '' AND (LENGTH(mac) <> 17 OR mac <> UPPER(mac) "
                       "OR SUBSTR(mac, 3, 1) <> ':')"),
        tr("MAC address %1 is not in normalised form."));
    checkInvariant(
        report, tr("every asset has its creation in the history"),
        QStringLiteral("SELECT a.inventory_no FROM asset a WHERE NOT EXISTS (SELECT 1 FROM history h "
                       "WHERE h.entity = 'asset' AND h.entity_id = a.id AND h.action = 'insert')"),
        tr("Asset %1 has no history of its creation."));
    checkInvariant(
        report, tr("every licence has an owner authority"),
        QStringLiteral("SELECT l.product FROM licence l LEFT JOIN authority o ON o.id = l.owner_authority_id "
                       "WHERE o.id IS NULL"),
        tr("Licence %1 has no owner authority."));
    // The table counts a search's matches in the search index alone (AssetQuery).
    const QString searchEntries = m_database.dialect().assetSearchEntriesSql();
    checkInvariant(report, tr("every asset is in the search index"),
                   QStringLiteral("SELECT a.inventory_no FROM asset a WHERE NOT EXISTS "
                                  "(SELECT 1 FROM (%1) s WHERE s.id = a.id)")
                       .arg(searchEntries),
                   tr("Asset %1 cannot be found by a search (bestand check --rebuild-search-index)."));
    checkInvariant(
        report, tr("the search index holds only existing assets"),
        QStringLiteral("SELECT CAST(s.id AS TEXT) FROM (%1) s WHERE NOT EXISTS "
                       "(SELECT 1 FROM asset a WHERE a.id = s.id)")
            .arg(searchEntries),
        tr("The search index holds the removed asset with id %1 (bestand check --rebuild-search-index)."));
    return report;
}

void DatabaseChecker::checkInvariant(Report &report, const QString &name, const QString &sql,
                                     const QString &problemTemplate)
{
    report.checksRun.append(name);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        report.problems.append(tr("Check \"%1\" could not run: %2").arg(name, Sql::errorText(query)));
        return;
    }
    // A corrupted database can have many offenders; name the first few and count the rest.
    constexpr int shown = 20;
    int count = 0;
    while (query.next()) {
        if (count < shown)
            report.problems.append(problemTemplate.arg(query.value(0).toString()));
        ++count;
    }
    if (count > shown)
        report.problems.append(tr("… and %1 more for \"%2\".").arg(count - shown).arg(name));
}
