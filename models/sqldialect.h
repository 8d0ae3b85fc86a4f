#pragma once

#include <QString>
#include <QStringList>

#include <memory>

#include "databasesettings.h"

class QSqlDatabase;

// Everything that differs between SQLite and PostgreSQL lives behind this
// interface, so the rest of models/ writes portable SQL only.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> create(DatabaseSettings::Backend backend);

    virtual QString qtDriverName() const = 0;

    // Column type spellings used by migrations.
    virtual QString primaryKeyType() const = 0; // an auto-assigned 64-bit key
    virtual QString timestampType() const = 0;
    virtual QString dateType() const = 0;

    // Session settings after open: journal mode, foreign keys, timeouts.
    virtual bool configureConnection(QSqlDatabase &db, QString *error) const = 0;
    // True when the database holds no tables at all (a file created just now).
    virtual bool isEmpty(QSqlDatabase &db, QString *error) const = 0;
    // A consistent copy of the whole database next to it, before an upgrade.
    virtual bool supportsFileBackup() const = 0;
    virtual bool backupTo(QSqlDatabase &db, const QString &filePath, QString *error) const = 0;
    // Statements that make a table refuse UPDATE and DELETE (history is append-only).
    virtual QStringList appendOnlyGuard(const QString &table) const = 0;
    // Low-level integrity: page checks, dangling foreign keys. Each problem as one line.
    virtual bool checkIntegrity(QSqlDatabase &db, QStringList *problems, QString *error) const = 0;

    // Full-text search index over assets (FTS5 on SQLite).
    virtual QStringList createAssetSearchIndex() const = 0;
    // Turns what a user typed into the engine's prefix query; empty when nothing is searchable.
    virtual QString assetSearchExpression(const QString &userText) const = 0;
    // SQL fragment selecting matching asset ids for a bound search expression (one placeholder).
    virtual QString assetSearchIdsSql() const = 0;
    // Rewrites the search document of the asset bound as :id (delete, then insert).
    virtual QStringList assetSearchRefreshStatements() const = 0;
    // Rebuilds the whole search index from the asset table (after a bulk import or an upgrade).
    virtual QStringList assetSearchRebuildStatements() const = 0;

    // Triggers keeping the asset's denormalised sort keys (category_sort, owner_sort, …)
    // equal to the referenced names, on asset writes and on renames of master data.
    virtual QStringList assetSortKeyTriggers() const = 0;
};
