#include "audits/auditduequery.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

#include <algorithm>

AuditDueQuery::AuditDueQuery(Database &database)
    : m_database(database)
{ }

bool AuditDueQuery::loadCategories(QList<CategoryInterval> *categories, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, QStringLiteral("SELECT id, name, audit_interval_months FROM category"), error)
        || !Sql::exec(query, error))
        return false;
    while (query.next())
        categories->append(
            { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() });
    return true;
}

// Date arithmetic differs per engine, so each category's cutoff is computed here
// and the query stays portable (and uses the (category_id, last_audited) index).
QList<DueAsset> AuditDueQuery::dueAssets(const QDate &today, int limit, QString *error)
{
    QList<DueAsset> result;
    QList<CategoryInterval> categories;
    if (!loadCategories(&categories, error))
        return result;
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT id, inventory_no, last_audited FROM asset WHERE category_id = ? "
                                     "AND status <> 'retired' AND (last_audited IS NULL OR last_audited < ?) "
                                     "ORDER BY inventory_no%1")
                          .arg(limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()),
                      error))
        return result;
    for (const CategoryInterval &category : categories) {
        const QDate cutoff = today.addMonths(-category.months);
        query.bindValue(0, category.id);
        query.bindValue(1, cutoff.toString(Qt::ISODate));
        if (!Sql::exec(query, error))
            return {};
        while (query.next()) {
            DueAsset asset;
            asset.assetId = query.value(0).toLongLong();
            asset.inventoryNo = query.value(1).toString();
            asset.category = category.name;
            asset.lastAudited = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            if (asset.lastAudited.isValid())
                asset.dueSince = asset.lastAudited.addMonths(category.months);
            result.append(asset);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const DueAsset &a, const DueAsset &b) { return a.inventoryNo < b.inventoryNo; });
    if (limit > 0 && result.size() > limit)
        result.resize(limit);
    return result;
}

int AuditDueQuery::dueCount(const QDate &today, QString *error)
{
    QList<CategoryInterval> categories;
    if (!loadCategories(&categories, error))
        return -1;
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT COUNT(*) FROM asset WHERE category_id = ? AND status <> 'retired' "
                           "AND (last_audited IS NULL OR last_audited < ?)"),
            error))
        return -1;
    int count = 0;
    for (const CategoryInterval &category : categories) {
        query.bindValue(0, category.id);
        query.bindValue(1, today.addMonths(-category.months).toString(Qt::ISODate));
        if (!Sql::exec(query, error) || !query.next())
            return -1;
        count += query.value(0).toInt();
        query.finish();
    }
    return count;
}
