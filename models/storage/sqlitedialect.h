#pragma once

#include "storage/sqldialect.h"

class SqliteDialect final : public SqlDialect
{
public:
    QString qtDriverName() const override;
    QString primaryKeyType() const override;
    QString timestampType() const override;
    QString dateType() const override;
    bool configureConnection(QSqlDatabase &db, QString *error) const override;
    bool refreshPlannerStatistics(QSqlDatabase &db, QString *error) const override;
    // 1M assets, a jump to the middle under the price sort: 40–46 ms -> ~15 ms.
    bool rangesRowValuesOnExpressions() const override { return false; }
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
    QStringList createAssetSearchIndex() const override;
    QString assetSearchExpression(const QString &userText) const override;
    QString assetSearchIdsSql() const override;
    QString assetSearchEntriesSql() const override;
    QString assetSearchCondition(bool fewMatches) const override;
    QStringList assetSearchRefreshStatements() const override;
    QStringList assetSearchRefreshSelectedStatements(const QString &idsQuery) const override;
    bool clearAssetSearchIndex(QSqlDatabase &db, QString *error) const override;
    QString assetSearchInsertRangeStatement() const override;
    QStringList assetSortKeyTriggers(const QList<SqlDerivedColumn> &sortKeys) const override;
    bool suspendAssetIndexes(QSqlDatabase &db, QStringList *restoreStatements, QString *error) const override;
    bool setAutomaticCheckpoints(QSqlDatabase &db, bool enabled, QString *error) const override;
    bool checkpointPassive(QSqlDatabase &db, int *logPages, int *copiedPages, QString *error) const override;
    bool beginExclusiveBulkWrite(QSqlDatabase &db) const override;
    bool endExclusiveBulkWrite(QSqlDatabase &db, QString *error) const override;

private:
    static QString documentSelect();
};
