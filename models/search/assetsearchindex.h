#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <vector>

class Database;

// Keeps the full-text search document of each asset up to date. The SQL comes
// from the dialect (FTS5 on SQLite).
class AssetSearchIndex
{
public:
    explicit AssetSearchIndex(Database &database);

    bool refresh(qint64 assetId, QString *error);
    // The documents of all assets idsQuery selects, in two statements (bulk changes).
    bool refreshSelected(const QString &idsQuery, QString *error);
    // Writes every asset's document anew (after a bulk load or an upgrade).
    bool rebuild(QString *error);

private:
    Database &m_database;
    std::vector<QSqlQuery> m_refresh;
};
