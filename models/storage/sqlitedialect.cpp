#include "storage/sqlitedialect.h"

#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <utility>

namespace {
// SQLite answers the journal mode it got, which may not be the one asked for.
std::optional<QString> switchJournalMode(QSqlDatabase &db, const QString &mode, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=") + mode) || !query.next()) {
        if (!error)
            return std::nullopt;
        // SQLITE_BUSY: another connection holds the file, typically a bulk import
        // that has it to itself (see beginExclusiveBulkWrite).
        if (query.lastError().nativeErrorCode() == QLatin1String("5"))
            *error =
                QCoreApplication::translate("Database",
                                            "%1 is in use by another program that has it to itself (a "
                                            "large import, for example). Try again when it has finished.")
                    .arg(db.databaseName());
        else
            *error = Sql::errorText(query);
        return std::nullopt;
    }
    return query.value(0).toString().toLower();
}

QString refusedWalMessage(const QString &mode)
{
    return QCoreApplication::translate("Database", "SQLite refused write-ahead logging (journal mode is %1)")
        .arg(mode);
}
} // namespace

QString SqliteDialect::qtDriverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::primaryKeyType() const
{
    // INTEGER PRIMARY KEY is the rowid itself: no extra index, 64-bit.
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QString SqliteDialect::timestampType() const
{
    return QStringLiteral("TEXT");
}

QString SqliteDialect::dateType() const
{
    return QStringLiteral("TEXT");
}

bool SqliteDialect::configureConnection(QSqlDatabase &db, QString *error) const
{
    // WAL lets the GUI read while an import writes.
    const std::optional<QString> mode = switchJournalMode(db, QStringLiteral("WAL"), error);
    if (!mode)
        return false;
    if (*mode != QLatin1String("wal") && *mode != QLatin1String("memory")) {
        if (error)
            *error = refusedWalMessage(*mode);
        return false;
    }
    QSqlQuery query(db);
    // secure_delete: Debian builds SQLite to overwrite every page it frees with zeros.
    // Taking back a large import drops and recreates the search index; that wrote
    // (and, inside the transaction, kept in memory) ~400 MB of zeros for a million
    // assets. FAST still clears deleted rows inside the pages written anyway; the
    // history keeps every deleted item on purpose, so there is nothing to hide.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys=ON"),    QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-32000"),  QStringLiteral("PRAGMA secure_delete=FAST"),
    };
    for (const QString &pragma : pragmas) {
        if (!Sql::exec(db, pragma, error))
            return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next() || query.value(0).toInt() != 1) {
        if (error)
            *error = QCoreApplication::translate("Database", "SQLite did not enable foreign keys");
        return false;
    }
    return true;
}

bool SqliteDialect::refreshPlannerStatistics(QSqlDatabase &db, QString *error) const
{
    // Only a database that keeps statistics: there an index created by a migration
    // has none beside its neighbours' and looks like the most selective. Migration
    // 14's overview index then served the owner + category filter and sorted 14,723
    // rows (1M assets: 43 ms, 2.2 s cold) instead of reading them in order. Without
    // any statistics SQLite's defaults choose well. ANALYZE at 1M assets: ~3 s.
    QSqlQuery query(db);
    if (!Sql::prepare(query, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"), error)
        || !Sql::exec(query, error))
        return false;
    if (!query.next())
        return true;
    query.finish();
    return Sql::exec(db, QStringLiteral("ANALYZE"), error);
}

bool SqliteDialect::isEmpty(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next()) {
        if (error)
            *error = Sql::errorText(query);
        return false;
    }
    return query.value(0).toInt() == 0;
}

bool SqliteDialect::supportsFileBackup() const
{
    return true;
}

bool SqliteDialect::backupTo(QSqlDatabase &db, const QString &filePath, QString *error) const
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        if (error)
            *error = Sql::errorText(query);
        return false;
    }
    query.addBindValue(filePath);
    return Sql::exec(query, error);
}

QStringList SqliteDialect::appendOnlyGuard(const QString &table) const
{
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
            .arg(table),
    };
}

bool SqliteDialect::widenColumnCheck(QSqlDatabase &db, const QString &table, const QString &column,
                                     const QString &oldCheck, const QString &newCheck, QString *error) const
{
    Q_UNUSED(column);
    // SQLite cannot alter a constraint. Its documented way for a change that every
    // stored row already meets is to edit the table's definition in sqlite_schema
    // and bump the schema version (https://sqlite.org/lang_altertable.html, "making
    // other kinds of table schema changes"); the 12-step copy would rewrite a history
    // of millions of rows for a longer list of words.
    QSqlQuery query(db);
    if (!Sql::prepare(
            query, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"), error))
        return false;
    query.addBindValue(table);
    if (!Sql::exec(query, error))
        return false;
    const QString definition = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (!definition.contains(oldCheck)) {
        if (error)
            *error = QStringLiteral("The table %1 has no constraint %2.").arg(table, oldCheck);
        return false;
    }
    QString widened = definition;
    widened.replace(oldCheck, newCheck);
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA schema_version")) || !version.next()) {
        if (error)
            *error = Sql::errorText(version);
        return false;
    }
    const qint64 schemaVersion = version.value(0).toLongLong();
    version.finish();
    QSqlQuery update(db);
    if (!Sql::exec(db, QStringLiteral("PRAGMA writable_schema = ON"), error))
        return false;
    const bool updated =
        Sql::prepare(update,
                     QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"),
                     error)
        && (update.addBindValue(widened), update.addBindValue(table), Sql::exec(update, error));
    const bool bumped =
        updated && Sql::exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1), error);
    QString resetError;
    const bool reset = Sql::exec(db, QStringLiteral("PRAGMA writable_schema = OFF"), &resetError);
    if (bumped && !reset && error)
        *error = resetError;
    return bumped && reset;
}

QStringList SqliteDialect::frozenRowGuard(const QString &table, const QString &condition) const
{
    QStringList statements;
    const QString oldRow = QString(condition).replace(QLatin1String("ROW."), QLatin1String("OLD."));
    const QString newRow = QString(condition).replace(QLatin1String("ROW."), QLatin1String("NEW."));
    for (const auto &[event, when] :
         { std::pair { QStringLiteral("UPDATE"), oldRow }, std::pair { QStringLiteral("DELETE"), oldRow },
           std::pair { QStringLiteral("INSERT"), newRow } }) {
        statements.append(
            QStringLiteral("CREATE TRIGGER %1_frozen_%2 BEFORE %3 ON %1 WHEN %4 "
                           "BEGIN SELECT RAISE(ABORT, '%1: a closed billing run cannot change'); END")
                .arg(table, event.toLower(), event, when));
    }
    return statements;
}

bool SqliteDialect::checkIntegrity(QSqlDatabase &db, QStringList *problems, QString *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        if (error)
            *error = Sql::errorText(query);
        return false;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems->append(QStringLiteral("integrity: %1").arg(line));
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        if (error)
            *error = Sql::errorText(query);
        return false;
    }
    while (query.next()) {
        problems->append(
            QStringLiteral("foreign key: %1 row %2 refers to a missing %3 row")
                .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    }
    return true;
}

QString SqliteDialect::orderedJoin() const
{
    return QStringLiteral("CROSS JOIN");
}

QString SqliteDialect::caseInsensitiveLike() const
{
    return QStringLiteral("LIKE");
}

QStringList SqliteDialect::continueIdsAfterCopy(const QString &table) const
{
    Q_UNUSED(table);
    return {};
}

QString SqliteDialect::changeNotificationChannel() const
{
    return {};
}

QStringList SqliteDialect::changeNotificationStatements(const QStringList &tables) const
{
    Q_UNUSED(tables);
    return {};
}

QString SqliteDialect::changeCounterStatement() const
{
    return QStringLiteral("PRAGMA data_version");
}

bool SqliteDialect::bulkLoadLocksOutReaders() const
{
    return false;
}

QStringList SqliteDialect::createAssetSearchIndex() const
{
    // One document per asset (rowid = asset id), maintained by AssetSearchIndex.
    // '-', ':', '.', '/' stay inside tokens so "SIS-2009-0000" and "8C:B4" match as typed.
    return {
        QStringLiteral("CREATE VIRTUAL TABLE asset_search USING fts5("
                       "document, tokenize = \"unicode61 remove_diacritics 2 tokenchars '-:./_'\", "
                       "prefix = '2 3 4')"),
    };
}

QString SqliteDialect::assetSearchExpression(const QString &userText) const
{
    // Every word the user typed must match as a prefix. Each word is quoted as an
    // FTS5 string, so operators and punctuation in user text cannot change the query.
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList terms;
    const QStringList words = userText.split(whitespace, Qt::SkipEmptyParts);
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString SqliteDialect::assetSearchIdsSql() const
{
    return QStringLiteral("SELECT rowid FROM asset_search WHERE asset_search MATCH ?");
}

QString SqliteDialect::assetSearchCondition(bool fewMatches) const
{
    // SQLite reads each match by its id and sorts them all, whatever their number.
    // With many, "+" keeps it from using the id: it walks the sort index instead and
    // tests each entry's id against the matches, read once (1M assets, 67,053
    // matches: 80 ms -> 19 ms for the first page).
    const QString condition = SqlDialect::assetSearchCondition(fewMatches);
    return fewMatches ? condition : QLatin1Char('+') + condition;
}

QString SqliteDialect::assetSearchEntriesSql() const
{
    // FTS5 keeps one size row per indexed document, keyed by its rowid.
    return QStringLiteral("SELECT id FROM asset_search_docsize");
}

QString SqliteDialect::documentSelect()
{
    return QStringLiteral("SELECT a.id, ") + assetSearchDocumentText(QStringLiteral("group_concat(%1, ' ')"))
        + QStringLiteral(" FROM asset a");
}

QStringList SqliteDialect::assetSearchRefreshStatements() const
{
    return {
        QStringLiteral("DELETE FROM asset_search WHERE rowid = :id"),
        QStringLiteral("INSERT INTO asset_search (rowid, document) ") + documentSelect()
            + QStringLiteral(" WHERE a.id = :id"),
    };
}

QStringList SqliteDialect::assetSearchRefreshSelectedStatements(const QString &idsQuery) const
{
    return {
        QStringLiteral("DELETE FROM asset_search WHERE rowid IN (") + idsQuery + QLatin1Char(')'),
        QStringLiteral("INSERT INTO asset_search (rowid, document) ") + documentSelect()
            + QStringLiteral(" WHERE a.id IN (") + idsQuery + QLatin1Char(')'),
    };
}

bool SqliteDialect::clearAssetSearchIndex(QSqlDatabase &db, QString *error) const
{
    // DELETE on an FTS5 table takes each document out token by token: minutes for
    // a million assets. Dropping the table and creating it again as the schema
    // defines it costs little; inside the caller's transaction a rollback brings
    // the old index back.
    QSqlQuery query(db);
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'asset_search'"),
            error)
        || !Sql::exec(query, error))
        return false;
    if (!query.next()) {
        *error = QStringLiteral("The search index asset_search is missing.");
        return false;
    }
    const QString create = query.value(0).toString();
    query.finish();
    return Sql::exec(db, QStringLiteral("DROP TABLE asset_search"), error) && Sql::exec(db, create, error);
}

QString SqliteDialect::assetSearchInsertRangeStatement() const
{
    return QStringLiteral("INSERT INTO asset_search (rowid, document) ") + documentSelect()
        + QStringLiteral(" WHERE a.id > ? AND a.id <= ?");
}

namespace {
const QString sortKeyInsertTrigger = QStringLiteral("asset_sort_keys_insert");
} // namespace

QStringList SqliteDialect::assetSortKeyTriggers(const QList<SqlDerivedColumn> &sortKeys) const
{
    // The sort keys are copies of referenced names so that one index per column
    // gives name order at any table size (see AssetTableModel). Recursive triggers
    // are off in SQLite, so the UPDATE inside does not fire the asset trigger again.
    QStringList assignments;
    for (const SqlDerivedColumn &key : sortKeys)
        assignments.append(key.column + QStringLiteral(" = ") + key.valueSql);
    const QString setKeys = QStringLiteral("UPDATE asset SET ") + assignments.join(QStringLiteral(", "))
        + QStringLiteral(" WHERE id = NEW.id;");
    return {
        QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON asset BEGIN ").arg(sortKeyInsertTrigger) + setKeys
            + QStringLiteral(" END"),
        QStringLiteral(
            "CREATE TRIGGER asset_sort_keys_update AFTER UPDATE OF category_id, owner_authority_id,"
            " using_authority_id, unit_id, site_id, room_id, person_id ON asset BEGIN ")
            + setKeys + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER category_sort_key AFTER UPDATE OF name ON category BEGIN"
                       " UPDATE asset SET category_sort = NEW.name WHERE category_id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER authority_sort_key AFTER UPDATE OF code ON authority BEGIN"
                       " UPDATE asset SET owner_sort = NEW.code WHERE owner_authority_id = NEW.id;"
                       " UPDATE asset SET using_sort = NEW.code WHERE using_authority_id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER org_unit_sort_key AFTER UPDATE OF name ON org_unit BEGIN"
                       " UPDATE asset SET unit_sort = NEW.name WHERE unit_id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER site_sort_key AFTER UPDATE OF name ON site BEGIN"
                       " UPDATE asset SET site_sort = NEW.name WHERE site_id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER room_sort_key AFTER UPDATE OF name ON room BEGIN"
                       " UPDATE asset SET room_sort = NEW.name WHERE room_id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER person_sort_key AFTER UPDATE OF name ON person BEGIN"
                       " UPDATE asset SET person_sort = NEW.name WHERE person_id = NEW.id; END"),
    };
}

bool SqliteDialect::suspendAssetIndexes(QSqlDatabase &db, QStringList *restoreStatements,
                                        QString *error) const
{
    // Read from the schema itself, so indexes added by later migrations are covered
    // and each comes back exactly as it was created. Automatic (constraint) indexes
    // have no SQL and cannot be dropped anyway.
    QSqlQuery query(db);
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE (tbl_name = 'asset'"
                           " AND ((type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%')"
                           " OR (type = 'trigger' AND name = ?))) OR (type = 'index' AND name = ?)"
                           " ORDER BY type, name"),
            error))
        return false;
    query.addBindValue(sortKeyInsertTrigger);
    // Only the scanner's look-up by any identifier reads it; the importer matches
    // legacy numbers through the unique (source, value) index.
    query.addBindValue(QStringLiteral("legacy_identifier_value"));
    if (!Sql::exec(query, error))
        return false;
    QStringList drops;
    QStringList restores;
    while (query.next()) {
        const QString type = query.value(0).toString();
        // Names come from the schema, not from a user; quoted all the same.
        const QString name = QLatin1Char('"') + query.value(1).toString() + QLatin1Char('"');
        drops.append(type == QLatin1String("index") ? QStringLiteral("DROP INDEX ") + name
                                                    : QStringLiteral("DROP TRIGGER ") + name);
        restores.append(query.value(2).toString());
    }
    query.finish();
    for (const QString &drop : std::as_const(drops)) {
        if (!Sql::exec(db, drop, error))
            return false;
    }
    *restoreStatements = restores;
    return true;
}

bool SqliteDialect::setAutomaticCheckpoints(QSqlDatabase &db, bool enabled, QString *error) const
{
    // 1000 pages is SQLite's default limit.
    return Sql::exec(db,
                     enabled ? QStringLiteral("PRAGMA wal_autocheckpoint=1000")
                             : QStringLiteral("PRAGMA wal_autocheckpoint=0"),
                     error);
}

bool SqliteDialect::checkpointPassive(QSqlDatabase &db, int *logPages, int *copiedPages, QString *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
        if (error)
            *error = Sql::errorText(query);
        return false;
    }
    // Columns: busy, pages in the log, pages checkpointed (-1 when not in WAL mode).
    if (logPages)
        *logPages = query.value(1).toInt();
    if (copiedPages)
        *copiedPages = query.value(2).toInt();
    return true;
}

bool SqliteDialect::beginExclusiveBulkWrite(QSqlDatabase &db) const
{
    // Leaving WAL needs the database to itself: while any other connection has it
    // open (the window's, another process's) SQLite refuses at once, and the load
    // goes through the log as always.
    if (switchJournalMode(db, QStringLiteral("DELETE"), nullptr) != QLatin1String("delete"))
        return false;
    // With a rollback journal, synchronous=NORMAL risks a corrupt file on a power
    // cut (in WAL it only risks the last commits); FULL does not.
    if (!Sql::exec(db, QStringLiteral("PRAGMA synchronous=FULL"), nullptr)) {
        endExclusiveBulkWrite(db, nullptr);
        return false;
    }
    return true;
}

bool SqliteDialect::endExclusiveBulkWrite(QSqlDatabase &db, QString *error) const
{
    const std::optional<QString> mode = switchJournalMode(db, QStringLiteral("WAL"), error);
    if (!mode)
        return false;
    if (*mode != QLatin1String("wal")) {
        if (error)
            *error = refusedWalMessage(*mode);
        return false;
    }
    return Sql::exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error);
}
