#include "assetsearchindex.h"

#include "database.h"
#include "sqlhelpers.h"

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

bool AssetSearchIndex::rebuild(QString *error)
{
    for (const QString &statement : m_database.dialect().assetSearchRebuildStatements()) {
        if (!Sql::exec(m_database.connection(), statement, error))
            return false;
    }
    return true;
}
