#include "storage/sqldialect.h"

#include "storage/postgresdialect.h"
#include "storage/sqlitedialect.h"

std::unique_ptr<SqlDialect> SqlDialect::create(DatabaseSettings::Backend backend)
{
    switch (backend) {
    case DatabaseSettings::Backend::Sqlite:
        return std::make_unique<SqliteDialect>();
    case DatabaseSettings::Backend::Postgres:
        return std::make_unique<PostgresDialect>();
    }
    return nullptr;
}

QString SqlDialect::assetSearchDocumentText(const QString &aggregate)
{
    return QStringLiteral(
               "a.inventory_no || ' ' || "
               "COALESCE((SELECT %1 FROM legacy_identifier l WHERE l.asset_id = a.id), '') "
               "|| ' ' || "
               "a.serial_no || ' ' || a.manufacturer || ' ' || a.model || ' ' || a.hostname || ' ' || "
               "a.mac || ' ' || replace(a.mac, ':', '') || ' ' || "
               "COALESCE((SELECT p.name FROM person p WHERE p.id = a.person_id), '') || ' ' || "
               "COALESCE((SELECT s.name FROM site s WHERE s.id = a.site_id), '') || ' ' || "
               "COALESCE((SELECT r.name FROM room r WHERE r.id = a.room_id), '') || ' ' || "
               "a.notes")
        .arg(aggregate.arg(QStringLiteral("l.value")));
}

bool SqlDialect::setAutomaticCheckpoints(QSqlDatabase &, bool, QString *) const
{
    return true;
}

bool SqlDialect::beginExclusiveBulkWrite(QSqlDatabase &) const
{
    return false;
}

bool SqlDialect::endExclusiveBulkWrite(QSqlDatabase &, QString *) const
{
    return true;
}

bool SqlDialect::checkpointPassive(QSqlDatabase &, int *logPages, int *copiedPages, QString *) const
{
    if (logPages)
        *logPages = -1;
    if (copiedPages)
        *copiedPages = -1;
    return true;
}

bool SqlDialect::configureInteractiveConnection(QSqlDatabase &, QString *) const
{
    return true;
}

QString SqlDialect::assetSearchSampleSql() const
{
    return QString();
}

QString SqlDialect::assetSearchCondition(bool fewMatches) const
{
    Q_UNUSED(fewMatches);
    return QStringLiteral("a.id IN (%1)").arg(assetSearchIdsSql());
}

bool SqlDialect::lockForMigration(QSqlDatabase &, QString *) const
{
    return true;
}

void SqlDialect::unlockAfterMigration(QSqlDatabase &) const
{ }
