#include "assets/assetquery.h"

#include "assets/assettablemodel.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"

#include <QDate>
#include <QSqlQuery>

namespace {

// The stored columns behind AssetTableModel::Column, in that order. Referenced
// names come from the denormalised sort columns, so a page needs no join.
const char *const storedColumns[AssetTableModel::ColumnCount] = {
    "a.inventory_no",  "a.category_sort",
    "a.manufacturer",  "a.model",
    "a.serial_no",     "a.status",
    "a.owner_sort",    "a.using_sort",
    "a.unit_sort",     "a.site_sort",
    "a.room_sort",     "a.person_sort",
    "a.purchase_date", "a.purchase_price_cents",
    "a.warranty_end",  "a.hostname",
    "a.mac",           "a.ip",
    "a.cost_centre",   "a.last_audited",
    "a.notes",
};

QString selectList()
{
    QStringList columns;
    for (const char *column : storedColumns)
        columns.append(QLatin1String(column));
    return columns.join(QStringLiteral(", "));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

AssetQuery::AssetQuery(const SqlDialect &dialect, const AssetFilter &filter, int sortColumn,
                       Qt::SortOrder order)
    : m_sortColumn(sortColumn >= 0 && sortColumn < AssetTableModel::ColumnCount
                       ? sortColumn
                       : AssetTableModel::InventoryNo)
    , m_order(order)
    , m_sortExpression(sortExpression(m_sortColumn))
    , m_dialect(&dialect)
    , m_expandedKeyCondition(!dialect.rangesRowValuesOnExpressions()
                             && m_sortExpression.startsWith(QLatin1String("COALESCE(")))
{
    const auto addIn = [this](const QString &column, const QList<qint64> &ids) {
        if (ids.isEmpty())
            return;
        m_conditions.append(QStringLiteral("%1 IN (%2)").arg(column, placeholders(ids.size())));
        for (qint64 id : ids)
            m_values.append(id);
    };
    addIn(QStringLiteral("a.owner_authority_id"), filter.ownerAuthorityIds);
    addIn(QStringLiteral("a.using_authority_id"), filter.usingAuthorityIds);
    if (!filter.anyAuthorityIds.isEmpty()) {
        const QString marks = placeholders(filter.anyAuthorityIds.size());
        m_conditions.append(
            QStringLiteral("(a.owner_authority_id IN (%1) OR a.using_authority_id IN (%1))").arg(marks));
        for (int pass = 0; pass < 2; ++pass) {
            for (qint64 id : filter.anyAuthorityIds)
                m_values.append(id);
        }
    }
    addIn(QStringLiteral("a.category_id"), filter.categoryIds);
    if (!filter.statuses.isEmpty()) {
        m_conditions.append(QStringLiteral("a.status IN (%1)").arg(placeholders(filter.statuses.size())));
        for (AssetStatus status : filter.statuses)
            m_values.append(AssetStatusText::code(status));
    }
    const auto addEqual = [this](const QString &column, qint64 id) {
        if (id == 0)
            return;
        m_conditions.append(QStringLiteral("%1 = ?").arg(column));
        m_values.append(id);
    };
    addEqual(QStringLiteral("a.site_id"), filter.siteId);
    addEqual(QStringLiteral("a.room_id"), filter.roomId);
    addEqual(QStringLiteral("a.unit_id"), filter.unitId);
    addEqual(QStringLiteral("a.person_id"), filter.personId);
    if (filter.warrantyEndingBefore.isValid()) {
        m_conditions.append(QStringLiteral("a.warranty_end < ?"));
        m_values.append(filter.warrantyEndingBefore.toString(Qt::ISODate));
    }
    if (filter.notAuditedSince.isValid()) {
        m_conditions.append(QStringLiteral("(a.last_audited IS NULL OR a.last_audited < ?)"));
        m_values.append(filter.notAuditedSince.toString(Qt::ISODate));
    }
    if (filter.purchasedFrom.isValid()) {
        m_conditions.append(QStringLiteral("a.purchase_date >= ?"));
        m_values.append(filter.purchasedFrom.toString(Qt::ISODate));
    }
    if (filter.purchasedTo.isValid()) {
        m_conditions.append(QStringLiteral("a.purchase_date <= ?"));
        m_values.append(filter.purchasedTo.toString(Qt::ISODate));
    }
    if (filter.purchaseDateUnknown)
        m_conditions.append(QStringLiteral("a.purchase_date IS NULL"));
    const QString expression = dialect.assetSearchExpression(filter.searchText);
    if (!expression.isEmpty()) {
        m_searchExpression = expression;
        m_searchCondition = m_conditions.size();
        m_conditions.append(dialect.assetSearchCondition(false));
        m_values.append(expression);
    }
}

void AssetQuery::setSearchMatchCount(qint64 matches)
{
    // Measured at 1,000,000 assets on PostgreSQL: reading and sorting the matches
    // costs ~13 µs each, walking the sort index ~5 µs per row passed; they cross near
    // 10,000 matches (docs/PERFORMANCE.md).
    if (m_searchCondition >= 0)
        m_conditions[m_searchCondition] = m_dialect->assetSearchCondition(matches <= FewSearchMatches);
}

bool AssetQuery::canSampleSearchMatches() const
{
    return m_searchCondition >= 0 && !m_dialect->assetSearchSampleSql().isEmpty();
}

bool AssetQuery::prepareSearchSample(QSqlQuery &query, double percent, QString *error) const
{
    if (!Sql::prepare(query, m_dialect->assetSearchSampleSql(), error))
        return false;
    query.addBindValue(m_searchExpression);
    query.addBindValue(percent);
    return true;
}

QString AssetQuery::sortExpression(int column)
{
    switch (column) {
    case AssetTableModel::PurchaseDate:
        return QStringLiteral("COALESCE(a.purchase_date, '0001-01-01')");
    case AssetTableModel::PurchasePrice:
        return QStringLiteral("COALESCE(a.purchase_price_cents, -1)");
    case AssetTableModel::WarrantyEnd:
        return QStringLiteral("COALESCE(a.warranty_end, '0001-01-01')");
    case AssetTableModel::LastAudited:
        return QStringLiteral("COALESCE(a.last_audited, '0001-01-01')");
    default:
        break;
    }
    if (column < 0 || column >= AssetTableModel::ColumnCount)
        column = AssetTableModel::InventoryNo;
    return QLatin1String(storedColumns[column]);
}

QVariant AssetQuery::rawValue(int column, const QVariant &stored)
{
    switch (column) {
    case AssetTableModel::PurchaseDate:
    case AssetTableModel::WarrantyEnd:
    case AssetTableModel::LastAudited:
        if (stored.isNull())
            return QVariant(QMetaType(QMetaType::QDate));
        return QDate::fromString(stored.toString().left(10), Qt::ISODate);
    case AssetTableModel::PurchasePrice:
        if (stored.isNull())
            return QVariant(QMetaType(QMetaType::LongLong));
        return stored.toLongLong();
    default:
        return stored.toString();
    }
}

int AssetQuery::idColumn()
{
    return AssetTableModel::ColumnCount;
}

int AssetQuery::keyColumn()
{
    return AssetTableModel::ColumnCount + 1;
}

QString AssetQuery::whereClause(const QString &extra) const
{
    QStringList conditions = m_conditions;
    if (!extra.isEmpty())
        conditions.append(extra);
    if (conditions.isEmpty())
        return QString();
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void AssetQuery::bindWhere(QSqlQuery &query) const
{
    for (const QVariant &value : m_values)
        query.addBindValue(value);
}

QString AssetQuery::orderBy(Direction direction) const
{
    const bool ascending = (m_order == Qt::AscendingOrder) == (direction == Direction::Forward);
    const QString way = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral(" ORDER BY %1 %2, a.id %2").arg(m_sortExpression, way);
}

QString AssetQuery::keyCondition(Direction direction, bool inclusive) const
{
    const bool ascending = (m_order == Qt::AscendingOrder) == (direction == Direction::Forward);
    const QString strict = ascending ? QStringLiteral(">") : QStringLiteral("<");
    const QString op = inclusive ? strict + QLatin1Char('=') : strict;
    if (m_expandedKeyCondition) {
        // The same rows, with a plain range on the key that the index serves.
        return QStringLiteral("(%1 %2= ? AND (%1 %2 ? OR a.id %3 ?))").arg(m_sortExpression, strict, op);
    }
    // A row value comparison: one index range on (key, id), portable to PostgreSQL.
    return QStringLiteral("(%1, a.id) %2 (?, ?)").arg(m_sortExpression, op);
}

void AssetQuery::bindKey(QSqlQuery &query, const Key &key) const
{
    query.addBindValue(key.value);
    if (m_expandedKeyCondition)
        query.addBindValue(key.value);
    query.addBindValue(key.id);
}

bool AssetQuery::preparePage(QSqlQuery &query, Direction direction, const Key *from, int limit, int offset,
                             QString *error) const
{
    const QString sql = QStringLiteral("SELECT %1, a.id, %2 FROM asset a").arg(selectList(), m_sortExpression)
        + whereClause(from ? keyCondition(direction, true) : QString()) + orderBy(direction)
        + QStringLiteral(" LIMIT ? OFFSET ?");
    if (!Sql::prepare(query, sql, error))
        return false;
    bindWhere(query);
    if (from)
        bindKey(query, *from);
    query.addBindValue(limit);
    query.addBindValue(offset);
    return true;
}

bool AssetQuery::prepareKeys(QSqlQuery &query, const Key *after, int limit, QString *error) const
{
    const QString sql = QStringLiteral("SELECT %1, a.id FROM asset a").arg(m_sortExpression)
        + whereClause(after ? keyCondition(Direction::Forward, false) : QString())
        + orderBy(Direction::Forward) + QStringLiteral(" LIMIT ?");
    if (!Sql::prepare(query, sql, error))
        return false;
    bindWhere(query);
    if (after)
        bindKey(query, *after);
    query.addBindValue(limit);
    return true;
}

bool AssetQuery::prepareKeyAt(QSqlQuery &query, Direction direction, const Key *from, int offset,
                              QString *error) const
{
    const QString sql = QStringLiteral("SELECT %1, a.id FROM asset a").arg(m_sortExpression)
        + whereClause(from ? keyCondition(direction, true) : QString()) + orderBy(direction)
        + QStringLiteral(" LIMIT 1 OFFSET ?");
    if (!Sql::prepare(query, sql, error))
        return false;
    bindWhere(query);
    if (from)
        bindKey(query, *from);
    query.addBindValue(offset);
    return true;
}

bool AssetQuery::prepareCount(QSqlQuery &query, QString *error) const
{
    // A search alone is counted in the search index: every asset has exactly one
    // entry there (`bestand check`), and the join to the assets cost more than the
    // count itself (PostgreSQL, 1M assets, 37,000 matches: 280 ms -> 150 ms).
    const bool searchOnly = m_conditions.size() == 1 && m_searchCondition == 0;
    const QString sql = searchOnly
        ? QStringLiteral("SELECT COUNT(*) FROM (%1) matches").arg(m_dialect->assetSearchIdsSql())
        : QStringLiteral("SELECT COUNT(*) FROM asset a") + whereClause(QString());
    if (!Sql::prepare(query, sql, error))
        return false;
    bindWhere(query);
    return true;
}

bool AssetQuery::prepareCountBefore(QSqlQuery &query, const Key &key, QString *error) const
{
    // Rows before `key` in the displayed order are the rows after it against that order.
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM asset a")
        + whereClause(keyCondition(Direction::Backward, false));
    if (!Sql::prepare(query, sql, error))
        return false;
    bindWhere(query);
    bindKey(query, key);
    return true;
}

bool AssetQuery::prepareKeyOf(QSqlQuery &query, qint64 assetId, QString *error) const
{
    const QString sql = QStringLiteral("SELECT %1, a.id FROM asset a").arg(m_sortExpression)
        + whereClause(QStringLiteral("a.id = ?"));
    if (!Sql::prepare(query, sql, error))
        return false;
    bindWhere(query);
    query.addBindValue(assetId);
    return true;
}
