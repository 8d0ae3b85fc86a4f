#include "billing/replacementplanner.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

#include <map>
#include <tuple>

ReplacementPlanner::ReplacementPlanner(Database &database)
    : m_database(database)
{ }

QDate ReplacementPlanner::endOfUsefulLife(const QDate &purchased, int lifeMonths)
{
    const QDate lastMonth = QDate(purchased.year(), purchased.month(), 1).addMonths(lifeMonths - 1);
    return QDate(lastMonth.year(), lastMonth.month(), lastMonth.daysInMonth());
}

std::optional<QList<ReplacementPlanner::Group>> ReplacementPlanner::run(const BillingPeriod &period,
                                                                        qint64 authorityId, QString *error)
{
    QString sql = QStringLiteral(
        "SELECT a.owner_authority_id, au.code, c.name, c.useful_life_months, a.purchase_date,"
        " a.purchase_price_cents, a.warranty_end FROM asset a JOIN category c ON c.id = a.category_id"
        " JOIN authority au ON au.id = a.owner_authority_id WHERE a.status <> 'retired'"
        " AND (a.purchase_date IS NOT NULL OR a.warranty_end BETWEEN ? AND ?)");
    if (authorityId)
        sql += QStringLiteral(" AND a.owner_authority_id = ?");
    QSqlQuery assets(m_database.connection());
    if (!Sql::prepare(assets, sql, error))
        return std::nullopt;
    assets.addBindValue(Sql::dateText(period.first));
    assets.addBindValue(Sql::dateText(period.last));
    if (authorityId)
        assets.addBindValue(authorityId);
    if (!Sql::exec(assets, error))
        return std::nullopt;
    std::map<std::tuple<QString, QString>, Group> groups;
    const auto within = [&period](const QDate &day) {
        return day.isValid() && day >= period.first && day <= period.last;
    };
    while (assets.next()) {
        const QDate purchased = Sql::toDate(assets.value(4));
        const bool lifeEnds =
            purchased.isValid() && within(endOfUsefulLife(purchased, assets.value(3).toInt()));
        const bool warrantyEnds = within(Sql::toDate(assets.value(6)));
        if (!lifeEnds && !warrantyEnds)
            continue;
        Group &group = groups[std::make_tuple(assets.value(1).toString(), assets.value(2).toString())];
        group.authorityId = assets.value(0).toLongLong();
        group.authorityCode = assets.value(1).toString();
        group.category = assets.value(2).toString();
        ++group.count;
        group.endOfLife += lifeEnds;
        group.endOfWarranty += warrantyEnds;
        group.originalCents += assets.value(5).toLongLong();
    }
    QList<Group> result;
    for (const auto &[key, group] : groups)
        result.append(group);
    return result;
}
