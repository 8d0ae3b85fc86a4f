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
