#pragma once

#include <QString>
#include <QStringList>

#include <memory>

#include "storage/databasesettings.h"

class QSqlDatabase;

// A column a trigger keeps equal to an SQL expression over the new row
// ("COALESCE((SELECT name FROM category WHERE id = NEW.category_id), '')").
struct SqlDerivedColumn
{
    QString column;
    QString valueSql;
};

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
    // Whether "(expression, id) >= (?, ?)" is read as a range of an index on
    // (expression, id). SQLite scans such an index from its start instead.
    virtual bool rangesRowValuesOnExpressions() const { return true; }
    // After an upgrade: the planner's statistics describe the indexes as they are now.
    virtual bool refreshPlannerStatistics(QSqlDatabase &db, QString *error) const = 0;
    // For a connection that only answers a window's short reads (the asset table).
    virtual bool configureInteractiveConnection(QSqlDatabase &db, QString *error) const;
    // True when the database holds no tables at all (a file created just now).
    virtual bool isEmpty(QSqlDatabase &db, QString *error) const = 0;
    // A consistent copy of the whole database next to it, before an upgrade.
    virtual bool supportsFileBackup() const = 0;
    virtual bool backupTo(QSqlDatabase &db, const QString &filePath, QString *error) const = 0;
    // Statements that make a table refuse UPDATE and DELETE (history is append-only).
    virtual QStringList appendOnlyGuard(const QString &table) const = 0;
    // Replaces a column's CHECK by a looser one that every stored row meets (a longer
    // list of allowed values), without copying the table.
    virtual bool widenColumnCheck(QSqlDatabase &db, const QString &table, const QString &column,
                                  const QString &oldCheck, const QString &newCheck, QString *error) const = 0;
    // Statements that refuse any change to a row of `table` whose `condition` holds
    // for the stored row (OLD) or, on insert, for the new one (NEW): a closed billing
    // run and its totals stay as they were closed.
    virtual QStringList frozenRowGuard(const QString &table, const QString &condition) const = 0;
    // Low-level integrity: page checks, dangling foreign keys. Each problem as one line.
    virtual bool checkIntegrity(QSqlDatabase &db, QStringList *problems, QString *error) const = 0;

    // "a JOIN b ON …" evaluated in the written order, where the planner would pick
    // a worse one (SQLite: CROSS JOIN; PostgreSQL plans an inner join well).
    virtual QString orderedJoin() const = 0;

    // LIKE that ignores letter case (SQLite's LIKE already does for ASCII;
    // PostgreSQL's LIKE does not, its ILIKE does).
    virtual QString caseInsensitiveLike() const = 0;

    // After rows were written with their ids given (a copy from another database):
    // what makes the next id of a table with an "id" key follow the highest one.
    // SQLite's INTEGER PRIMARY KEY does so by itself.
    virtual QStringList continueIdsAfterCopy(const QString &table) const = 0;

    // Telling open windows of other connections' commits (DatabaseChangeWatcher):
    // PostgreSQL notifies a channel from statement triggers on the given tables;
    // SQLite has no notification, its counter of other connections' commits is polled.
    virtual QString changeNotificationChannel() const = 0; // empty: poll
    virtual QStringList changeNotificationStatements(const QStringList &tables) const = 0;
    virtual QString changeCounterStatement() const = 0;

    // Whether suspending the asset indexes for a bulk load (suspendAssetIndexes,
    // clearAssetSearchIndex) keeps other connections from reading the table until
    // the load commits. PostgreSQL: yes, DROP INDEX and TRUNCATE lock the table
    // exclusively; SQLite's readers keep reading their snapshot of the log.
    virtual bool bulkLoadLocksOutReaders() const = 0;

    // Held while the schema is upgraded, so that two workstations starting a new
    // version at once migrate one after the other (PostgreSQL: an advisory lock of
    // this database). SQLite: a file has one user at a time in practice; nothing.
    virtual bool lockForMigration(QSqlDatabase &db, QString *error) const;
    virtual void unlockAfterMigration(QSqlDatabase &db) const;

    // Full-text search index over assets (FTS5 on SQLite).
    virtual QStringList createAssetSearchIndex() const = 0;
    // Turns what a user typed into the engine's prefix query; empty when nothing is searchable.
    virtual QString assetSearchExpression(const QString &userText) const = 0;
    // SQL fragment selecting matching asset ids for a bound search expression (one placeholder).
    virtual QString assetSearchIdsSql() const = 0;
    // The ids of the assets the search index holds (column "id"), one row per entry.
    virtual QString assetSearchEntriesSql() const = 0;
    // Matches of a search expression (first value) among a random sample of the
    // search index's entries (second value: percent), as (matches, sampled); empty
    // when the engine counts a search's matches fast enough to need no estimate.
    virtual QString assetSearchSampleSql() const;
    // The asset filter condition for a search; fewMatches when the count is known to
    // be small (AssetQuery::setSearchMatchCount). PostgreSQL's planner cannot tell a
    // prefix search's matches in advance and guesses 0.5 %: for a rare word it walks
    // the whole sort index (seconds), for a common one that walk is what is fast.
    virtual QString assetSearchCondition(bool fewMatches) const;
    // Rewrites the search document of the asset bound as :id (delete, then insert).
    virtual QStringList assetSearchRefreshStatements() const = 0;
    // Rewrites the search documents of the assets that idsQuery selects (a query the
    // caller builds from constants, never from user text).
    virtual QStringList assetSearchRefreshSelectedStatements(const QString &idsQuery) const = 0;
    // Empties the search index (the first step of a rebuild, see AssetSearchIndex::rebuild)
    // inside the caller's transaction.
    virtual bool clearAssetSearchIndex(QSqlDatabase &db, QString *error) const = 0;
    // Writes the search documents of the assets with lower < id <= upper (two placeholders).
    virtual QString assetSearchInsertRangeStatement() const = 0;

    // Triggers keeping the asset's denormalised sort keys (category_sort, owner_sort, …)
    // equal to the referenced names, on asset writes and on renames of master data.
    // The keys come from AssetSortKeys, so the dialect needs no knowledge of assets.
    virtual QStringList assetSortKeyTriggers(const QList<SqlDerivedColumn> &sortKeys) const = 0;

    // A bulk load into the asset table pays for every secondary index and the
    // sort-key insert trigger per row (and the legacy numbers' value index); one
    // sorted rebuild at the end costs a fraction of that. Drops them inside the caller's transaction (so a
    // failed load brings them back with the rollback) and hands back the statements that restore them, in
    // order. Unique indexes stay: the load relies on them.
    virtual bool suspendAssetIndexes(QSqlDatabase &db, QStringList *restoreStatements,
                                     QString *error) const = 0;

    // Write-ahead log housekeeping. SQLite copies the log into the database file (a
    // checkpoint, with fsync) inside whichever commit crosses a size limit: 20-50 ms
    // on a scan. A connection that must answer fast turns that off and
    // WalCheckpointer checkpoints on its own connection instead. No-ops by default.
    virtual bool setAutomaticCheckpoints(QSqlDatabase &db, bool enabled, QString *error) const;
    // A checkpoint that never waits for readers or writers. logPages: pages in the
    // log, copiedPages: of those now in the database file (-1 where not known).
    virtual bool checkpointPassive(QSqlDatabase &db, int *logPages, int *copiedPages, QString *error) const;

    // A bulk load that nobody else reads meanwhile may write more cheaply: SQLite
    // then uses a rollback journal instead of the write-ahead log, so the new pages
    // (~2 GB for a million assets) go into the file once instead of into the log
    // and again into the file at the checkpoint. Call outside a transaction.
    // False, with nothing changed, when another connection has the database open
    // or the database has no such mode (the default).
    virtual bool beginExclusiveBulkWrite(QSqlDatabase &db) const;
    // Back to the shared mode, after the bulk load's commit or rollback.
    virtual bool endExclusiveBulkWrite(QSqlDatabase &db, QString *error) const;

protected:
    // The text one asset is found by, as an SQL expression over asset a: current and
    // legacy numbers, serial, make and model, host name, MAC (with and without
    // colons, so any notation matches as a prefix), person, site and room, notes.
    // Each engine names its string aggregate, e.g. "group_concat(%1, ' ')".
    static QString assetSearchDocumentText(const QString &aggregate);
};
