#include "labels/labelitemquery.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString selectItems = QStringLiteral(
    "SELECT a.id, a.inventory_no, a.serial_no, c.name, o.code, o.name,"
    " (SELECT MIN(l.value) FROM legacy_identifier l WHERE l.asset_id = a.id)"
    " FROM asset a JOIN category c ON c.id = a.category_id JOIN authority o ON o.id = a.owner_authority_id");

LabelItem itemFrom(const QSqlQuery &query)
{
    LabelItem item;
    item.assetId = query.value(0).toLongLong();
    item.inventoryNo = query.value(1).toString();
    item.serialNo = query.value(2).toString();
    item.category = query.value(3).toString();
    item.ownerCode = query.value(4).toString();
    item.ownerName = query.value(5).toString();
    item.legacyNo = query.value(6).toString();
    return item;
}

bool byInventoryNo(const LabelItem &left, const LabelItem &right)
{
    return left.inventoryNo < right.inventoryNo;
}

} // namespace

LabelItemQuery::LabelItemQuery(Database &database)
    : m_database(database)
{ }

std::optional<QList<LabelItem>> LabelItemQuery::forAssets(const QList<qint64> &assetIds, QString *error,
                                                          QList<qint64> *missing)
{
    // One statement per slice of 500 ids keeps every statement within both engines'
    // limits on bound values; the slice statement is prepared once.
    constexpr int slice = 500;
    QList<LabelItem> items;
    QSet<qint64> found;
    QSqlQuery query(m_database.connection());
    int prepared = -1;
    for (qsizetype start = 0; start < assetIds.size(); start += slice) {
        const QList<qint64> ids = assetIds.mid(start, slice);
        if (prepared != int(ids.size())) {
            QStringList marks;
            for (int i = 0; i < ids.size(); ++i)
                marks.append(QStringLiteral("?"));
            if (!Sql::prepare(query,
                              selectItems
                                  + QStringLiteral(" WHERE a.id IN (%1)").arg(marks.join(QLatin1Char(','))),
                              error))
                return std::nullopt;
            prepared = int(ids.size());
        }
        for (int i = 0; i < ids.size(); ++i)
            query.bindValue(i, ids.at(i));
        if (!Sql::exec(query, error))
            return std::nullopt;
        while (query.next()) {
            LabelItem item = itemFrom(query);
            if (!found.contains(item.assetId)) {
                found.insert(item.assetId);
                items.append(std::move(item));
            }
        }
        query.finish();
    }
    if (missing) {
        missing->clear();
        for (const qint64 id : assetIds) {
            if (!found.contains(id) && !missing->contains(id))
                missing->append(id);
        }
    }
    std::sort(items.begin(), items.end(), byInventoryNo);
    return items;
}

std::optional<QList<LabelItem>> LabelItemQuery::forSelection(qint64 authorityId, qint64 siteId,
                                                             QString *error)
{
    QString sql = selectItems + QStringLiteral(" WHERE a.status <> 'retired'");
    QVariantList values;
    if (authorityId) {
        sql += QStringLiteral(" AND (a.owner_authority_id = ? OR a.using_authority_id = ?)");
        values << authorityId << authorityId;
    }
    if (siteId) {
        sql += QStringLiteral(" AND a.site_id = ?");
        values << siteId;
    }
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, sql, error))
        return std::nullopt;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!Sql::exec(query, error))
        return std::nullopt;
    QList<LabelItem> items;
    while (query.next())
        items.append(itemFrom(query));
    // Sorted here, not by the engine, so both engines give the same order.
    std::sort(items.begin(), items.end(), byInventoryNo);
    return items;
}
