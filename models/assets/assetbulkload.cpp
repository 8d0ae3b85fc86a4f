#include "assets/assetbulkload.h"

#include "assets/assetrepository.h"
#include "search/assetsearchindex.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

AssetBulkLoad::AssetBulkLoad(Database &database, AssetRepository &repository)
    : m_database(database)
    , m_repository(repository)
{ }

std::optional<qint64> AssetBulkLoad::storedAssets(Database &database, QString *error)
{
    QSqlQuery count(database.connection());
    if (!Sql::prepare(count, QStringLiteral("SELECT COUNT(*) FROM asset"), error) || !Sql::exec(count, error)
        || !count.next())
        return std::nullopt;
    return count.value(0).toLongLong();
}

bool AssetBulkLoad::begin(QString *error)
{
    if (!m_database.dialect().suspendAssetIndexes(m_database.connection(), &m_restoreStatements, error))
        return false;
    m_repository.beginBulkLoad();
    m_active = true;
    return true;
}

bool AssetBulkLoad::finish(QString *error)
{
    if (!m_active)
        return true;
    m_active = false;
    if (!m_repository.endBulkLoad(error))
        return false;
    for (const QString &statement : std::as_const(m_restoreStatements)) {
        if (!Sql::exec(m_database.connection(), statement, error))
            return false;
    }
    // Updated rows lost their documents' freshness too, so all are written anew.
    return AssetSearchIndex(m_database).rebuild(error);
}
