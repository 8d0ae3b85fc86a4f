#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class AssetRepository;
class Database;

// Writes or removes many assets in one go (an import, or the undo of one). Per
// row, the secondary indexes, the sort-key trigger and the search document cost
// far more than one sorted rebuild at the end, so begin() suspends them and
// finish() rebuilds them. The repository that writes the rows is switched to bulk
// mode meanwhile: it writes the sort keys in its insert and leaves the search
// index alone. Both steps run inside the caller's transaction: a rollback brings
// back the schema as it was.
class AssetBulkLoad
{
public:
    AssetBulkLoad(Database &database, AssetRepository &repository);

    // The assets stored now: what the rebuild at the end indexes again. A bulk load
    // pays when it writes or removes at least about as many.
    static std::optional<qint64> storedAssets(Database &database, QString *error);

    bool begin(QString *error);
    // Restores indexes and trigger, rebuilds the search index, ends bulk mode.
    bool finish(QString *error);
    bool isActive() const { return m_active; }

private:
    Database &m_database;
    AssetRepository &m_repository;
    QStringList m_restoreStatements;
    bool m_active = false;
};
