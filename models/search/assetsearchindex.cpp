#include "search/assetsearchindex.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

namespace {
const qint64 rebuildSlice = 20000;
} // namespace

AssetSearchIndex::AssetSearchIndex(Database &database)
    : m_database(database)
{ }

bool AssetSearchIndex::refresh(qint64 assetId, QString *error)
{
    if (m_refresh.empty()) {
        for (const QString &statement : m_database.dialect().assetSearchRefreshStatements()) {
            QSqlQuery query(m_database.connection());
            if (!Sql::prepare(query, statement, error)) {
                m_refresh.clear();
                return false;
            }
            m_refresh.push_back(std::move(query));
        }
    }
    for (QSqlQuery &query : m_refresh) {
        query.bindValue(QStringLiteral(":id"), assetId);
        if (!Sql::exec(query, error))
            return false;
    }
    return true;
}

bool AssetSearchIndex::refreshSelected(const QString &idsQuery, QString *error)
{
    for (const QString &statement : m_database.dialect().assetSearchRefreshSelectedStatements(idsQuery)) {
        if (!Sql::exec(m_database.connection(), statement, error))
            return false;
    }
    return true;
}

bool AssetSearchIndex::rebuild(QString *error)
{
    QSqlDatabase &db = m_database.connection();
    if (!m_database.dialect().clearAssetSearchIndex(db, error))
        return false;
    QSqlQuery range(db);
    if (!Sql::prepare(
            range, QStringLiteral("SELECT COALESCE(MIN(id), 1) - 1, COALESCE(MAX(id), 0) FROM asset"), error)
        || !Sql::exec(range, error) || !range.next())
        return false;
    const qint64 before = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();
    range.finish();
    QSqlQuery insert(db);
    return Sql::prepare(insert, m_database.dialect().assetSearchInsertRangeStatement(), error)
        && Sql::execInIdSlices(insert, before, last, rebuildSlice, error);
}
