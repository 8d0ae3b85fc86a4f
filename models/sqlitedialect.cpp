#include "sqlitedialect.h"

#include "sqlhelpers.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

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
    QSqlQuery query(db);
    // WAL lets the GUI read while an import writes; the pragma answers the mode it got.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        if (error)
            *error = Sql::errorText(query);
        return false;
    }
    const QString mode = query.value(0).toString().toLower();
    if (mode != QLatin1String("wal") && mode != QLatin1String("memory")) {
        if (error)
            *error = QStringLiteral("SQLite refused write-ahead logging (journal mode is %1)").arg(mode);
        return false;
    }
    query.finish();
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-32000"),
    };
    for (const QString &pragma : pragmas) {
        if (!Sql::exec(db, pragma, error))
            return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next() || query.value(0).toInt() != 1) {
        if (error)
            *error = QStringLiteral("SQLite did not enable foreign keys");
        return false;
    }
    return true;
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
        problems->append(QStringLiteral("foreign key: %1 row %2 refers to a missing %3 row")
                             .arg(query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString()));
    }
    return true;
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

namespace {
// The text one asset is found by: current and legacy numbers, serial, make and
// model, host name, MAC (with and without colons, so any notation matches as a
// prefix), person, site and room, notes.
QString assetSearchDocumentSelect()
{
    return QStringLiteral(
        "SELECT a.id, "
        "a.inventory_no || ' ' || "
        "COALESCE((SELECT group_concat(l.value, ' ') FROM legacy_identifier l WHERE l.asset_id = a.id), '') || ' ' || "
        "a.serial_no || ' ' || a.manufacturer || ' ' || a.model || ' ' || a.hostname || ' ' || "
        "a.mac || ' ' || replace(a.mac, ':', '') || ' ' || "
        "COALESCE((SELECT p.name FROM person p WHERE p.id = a.person_id), '') || ' ' || "
        "COALESCE((SELECT s.name FROM site s WHERE s.id = a.site_id), '') || ' ' || "
        "COALESCE((SELECT r.name FROM room r WHERE r.id = a.room_id), '') || ' ' || "
        "a.notes "
        "FROM asset a");
}
} // namespace

QStringList SqliteDialect::assetSearchRefreshStatements() const
{
    return {
        QStringLiteral("DELETE FROM asset_search WHERE rowid = :id"),
        QStringLiteral("INSERT INTO asset_search (rowid, document) ") + assetSearchDocumentSelect()
            + QStringLiteral(" WHERE a.id = :id"),
    };
}

QStringList SqliteDialect::assetSearchRebuildStatements() const
{
    return {
        QStringLiteral("DELETE FROM asset_search"),
        QStringLiteral("INSERT INTO asset_search (rowid, document) ") + assetSearchDocumentSelect(),
    };
}
