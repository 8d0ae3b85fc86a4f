#include "schema/schemamigrator.h"

#include "schema/migrations.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

namespace {
const QString versionTable = QStringLiteral("schema_version");
}

SchemaMigrator::SchemaMigrator(Database &database)
    : m_database(database)
{ }

int SchemaMigrator::latestVersion()
{
    return allMigrations().back().version;
}

int SchemaMigrator::currentVersion(QString *error) const
{
    QSqlDatabase &db = m_database.connection();
    if (!db.tables().contains(versionTable)) {
        const bool empty = m_database.dialect().isEmpty(db, error);
        return empty ? 0 : -1;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        if (error)
            *error = Sql::errorText(query);
        return -1;
    }
    return query.value(0).toInt();
}

SchemaMigrator::Result SchemaMigrator::migrateTo(int targetVersion)
{
    // The usual start: nothing to do, and no lock to wait for.
    QString error;
    const int current = currentVersion(&error);
    if (current >= 0 && current <= latestVersion() && current >= targetVersion) {
        Result result;
        result.outcome = Outcome::AlreadyCurrent;
        result.fromVersion = result.toVersion = current;
        return result;
    }
    QSqlDatabase &db = m_database.connection();
    if (!m_database.dialect().lockForMigration(db, &error)) {
        Result result;
        result.message = error;
        return result;
    }
    // Another workstation may have upgraded while this one waited: read the version again.
    const Result result = migrateLocked(targetVersion);
    m_database.dialect().unlockAfterMigration(db);
    return result;
}

SchemaMigrator::Result SchemaMigrator::migrateLocked(int targetVersion)
{
    Result result;
    QString error;
    const int current = currentVersion(&error);
    result.fromVersion = current;
    result.toVersion = current;
    if (current < 0) {
        result.message = error.isEmpty()
            ? tr("%1 is not a Bestand database.").arg(m_database.settings().displayName())
            : error;
        return result;
    }
    if (current > latestVersion()) {
        result.outcome = Outcome::TooNew;
        result.message = tr("The database was written by a newer version of Bestand (schema %1; this program "
                            "knows up to %2). Nothing was changed. Please update Bestand.")
                             .arg(current)
                             .arg(latestVersion());
        return result;
    }
    if (current >= targetVersion) {
        result.outcome = Outcome::AlreadyCurrent;
        return result;
    }
    if (current > 0 && !writeBackup(current, &result))
        return result;

    QSqlDatabase &db = m_database.connection();
    if (current == 0
        && !Sql::exec(db, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"), &error)) {
        result.message = error;
        return result;
    }
    for (const Migration &migration : allMigrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        Sql::Transaction transaction(db);
        QSqlQuery setVersion(db);
        const bool applied = transaction.isActive() && migration.apply(m_database, &error)
            && Sql::prepare(setVersion, QStringLiteral("DELETE FROM schema_version"), &error)
            && Sql::exec(setVersion, &error)
            && Sql::prepare(setVersion, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"),
                            &error)
            && (setVersion.addBindValue(migration.version), Sql::exec(setVersion, &error));
        setVersion.finish();
        if (!applied || !transaction.commit(&error)) {
            result.message = tr("Schema migration %1 (%2) failed: %3")
                                 .arg(migration.version)
                                 .arg(QString::fromUtf8(migration.description), error);
            return result;
        }
        result.toVersion = migration.version;
    }
    result.outcome = current == 0 ? Outcome::Created : Outcome::Upgraded;
    if (current > 0 && !m_database.dialect().refreshPlannerStatistics(db, &error)) {
        // The schema is current and complete: only some queries may be slower.
        result.message = tr("The query statistics could not be refreshed: %1").arg(error);
    }
    return result;
}

bool SchemaMigrator::writeBackup(int fromVersion, Result *result)
{
    const SqlDialect &dialect = m_database.dialect();
    if (!dialect.supportsFileBackup())
        return true; // a server is backed up by its administrators' own tooling
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QStringLiteral("%1.schema%2-%3.bak")
                       .arg(m_database.settings().sqlitePath)
                       .arg(fromVersion)
                       .arg(stamp);
    for (int n = 2; QFile::exists(path); ++n)
        path = QStringLiteral("%1.schema%2-%3-%4.bak")
                   .arg(m_database.settings().sqlitePath)
                   .arg(fromVersion)
                   .arg(stamp)
                   .arg(n);
    QString error;
    if (!dialect.backupTo(m_database.connection(), path, &error)) {
        result->message =
            tr("Could not write the backup %1 before upgrading, so nothing was changed: %2").arg(path, error);
        return false;
    }
    result->backupPath = path;
    return true;
}
