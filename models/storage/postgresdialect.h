#pragma once

#include "storage/sqldialect.h"

// PostgreSQL through Qt's QPSQL driver: the shared inventory of a team. Search uses
// a tsvector per asset with a GIN index; its words are cut and folded exactly as
// SQLite's FTS5 index cuts them (see searchWords()), so both engines find the same
// assets for the same text.
class PostgresDialect final : public SqlDialect
{
public:
    QString qtDriverName() const override;
    QString primaryKeyType() const override;
    QString timestampType() const override;
    QString dateType() const override;
    bool configureConnection(QSqlDatabase &db, QString *error) const override;
    bool configureInteractiveConnection(QSqlDatabase &db, QString *error) const override;
    bool refreshPlannerStatistics(QSqlDatabase &db, QString *error) const override;
    bool isEmpty(QSqlDatabase &db, QString *error) const override;
    bool supportsFileBackup() const override;
    bool backupTo(QSqlDatabase &db, const QString &filePath, QString *error) const override;
    QStringList appendOnlyGuard(const QString &table) const override;
    bool widenColumnCheck(QSqlDatabase &db, const QString &table, const QString &column,
                          const QString &oldCheck, const QString &newCheck, QString *error) const override;
    QStringList frozenRowGuard(const QString &table, const QString &condition) const override;
    bool checkIntegrity(QSqlDatabase &db, QStringList *problems, QString *error) const override;
    QString orderedJoin() const override;
    QString caseInsensitiveLike() const override;
    QStringList continueIdsAfterCopy(const QString &table) const override;
    QString changeNotificationChannel() const override;
    QStringList changeNotificationStatements(const QStringList &tables) const override;
    QString changeCounterStatement() const override;
    bool bulkLoadLocksOutReaders() const override;
    bool lockForMigration(QSqlDatabase &db, QString *error) const override;
    void unlockAfterMigration(QSqlDatabase &db) const override;
    QStringList createAssetSearchIndex() const override;
    QString assetSearchExpression(const QString &userText) const override;
    QString assetSearchIdsSql() const override;
    QString assetSearchEntriesSql() const override;
    QString assetSearchSampleSql() const override;
    QString assetSearchCondition(bool fewMatches) const override;
    QStringList assetSearchRefreshStatements() const override;
    QStringList assetSearchRefreshSelectedStatements(const QString &idsQuery) const override;
    bool clearAssetSearchIndex(QSqlDatabase &db, QString *error) const override;
    QString assetSearchInsertRangeStatement() const override;
    QStringList assetSortKeyTriggers(const QList<SqlDerivedColumn> &sortKeys) const override;
    bool suspendAssetIndexes(QSqlDatabase &db, QStringList *restoreStatements, QString *error) const override;

    // The words of a text as the search index keeps them: cut at everything but
    // letters, digits and - : . / _ (FTS5's unicode61 with those token characters),
    // lower case, common Latin diacritics removed (remove_diacritics).
    static QStringList searchWords(const QString &text);

private:
    static QString documentSelect();
};
