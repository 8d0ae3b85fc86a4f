#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <Qt>

#include "assets/assetfilter.h"

class QSqlQuery;
class SqlDialect;

// The SQL of the asset table for one filter and sort: the WHERE clause (bound values
// only), the index-backed sort key and keyset-paged SELECTs. Shared by the table
// model's worker and the CSV export so both list exactly the same rows.
class AssetQuery
{
public:
    // The position of one row in the sort order: its sort key and id.
    struct Key
    {
        QVariant value;
        qint64 id = 0;
    };
    enum class Direction { Forward, Backward }; // in the displayed order, or against it

    AssetQuery(const SqlDialect &dialect, const AssetFilter &filter, int sortColumn, Qt::SortOrder order);

    // The indexed expression a column sorts by (see migration 4).
    static QString sortExpression(int column);
    // The raw value of column `column` from a row of pageSql() (dates as QDate, price as qint64).
    static QVariant rawValue(int column, const QVariant &stored);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // Rows in `direction`, starting at `from` (inclusive) or at the first row when
    // from is null; with LIMIT and OFFSET. Columns: the table columns in
    // AssetTableModel::Column order, then the id, then the sort key.
    bool preparePage(QSqlQuery &query, Direction direction, const Key *from, int limit, int offset,
                     QString *error) const;
    // Only sort key and id, for building anchors: rows strictly after `after`.
    bool prepareKeys(QSqlQuery &query, const Key *after, int limit, QString *error) const;
    // Only sort key and id of the row `offset` rows from `from` (inclusive) in `direction`:
    // reads just the (key, id) index when the filter allows, so a far jump is cheap.
    bool prepareKeyAt(QSqlQuery &query, Direction direction, const Key *from, int offset,
                      QString *error) const;
    bool prepareCount(QSqlQuery &query, QString *error) const;
    // How many rows come before `key` in the displayed order.
    bool prepareCountBefore(QSqlQuery &query, const Key &key, QString *error) const;
    // The key of one asset, no row when the filter excludes it.
    bool prepareKeyOf(QSqlQuery &query, qint64 assetId, QString *error) const;

    static int idColumn();
    static int keyColumn();

    // Up to this many matches of a search, the page query reads the matches first and
    // sorts them; with more it walks the sort index and tests each row.
    static constexpr qint64 FewSearchMatches = 10000;
    // Once the worker has counted or estimated the matches of a search: chooses
    // between those two plans (SqlDialect::assetSearchCondition).
    void setSearchMatchCount(qint64 matches);
    // Whether the engine can estimate a search's matches from a sample of the search
    // index (SqlDialect::assetSearchSampleSql): only when the filter has a search.
    bool canSampleSearchMatches() const;
    // Matches of the search alone and entries read in a sample of `percent` of the
    // search index: columns (matches, sampled).
    bool prepareSearchSample(QSqlQuery &query, double percent, QString *error) const;

private:
    QString whereClause(const QString &extra) const;
    void bindWhere(QSqlQuery &query) const;
    QString orderBy(Direction direction) const;
    // "(key, id) > (?, ?)" for rows after, or at with inclusive, in `direction`.
    QString keyCondition(Direction direction, bool inclusive) const;
    // Binds a key for keyCondition's placeholders.
    void bindKey(QSqlQuery &query, const Key &key) const;

    int m_sortColumn;
    Qt::SortOrder m_order;
    QString m_sortExpression;
    QStringList m_conditions;
    QVariantList m_values;
    const SqlDialect *m_dialect = nullptr;
    // SQLite uses no index on an expression for a row value range: the condition
    // is spelt out (SqlDialect::rangesRowValuesOnExpressions).
    bool m_expandedKeyCondition = false;
    qsizetype m_searchCondition = -1; // index into m_conditions
    QString m_searchExpression;
};
