#include "billing/bookvaluecalculator.h"

#include "billing/billingcalculator.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

#include <map>
#include <tuple>

BookValueCalculator::BookValueCalculator(Database &database)
    : m_database(database)
{ }

int BookValueCalculator::monthsDepreciated(const QDate &purchased, const QDate &date, int lifeMonths)
{
    if (!purchased.isValid() || date < purchased)
        return 0;
    const int months = (date.year() - purchased.year()) * 12 + date.month() - purchased.month() + 1;
    return std::min(months, lifeMonths);
}

qint64 BookValueCalculator::accumulatedDepreciation(qint64 priceCents, const QDate &purchased,
                                                    const QDate &date, int lifeMonths)
{
    return BillingCalculator::roundHalfUp(priceCents * monthsDepreciated(purchased, date, lifeMonths),
                                          lifeMonths);
}

std::optional<BookValueCalculator::Report> BookValueCalculator::run(const QDate &date, qint64 authorityId,
                                                                    QString *error)
{
    Report report;
    report.date = date;
    QSqlQuery setting(m_database.connection());
    if (!Sql::prepare(
            setting, QStringLiteral("SELECT value FROM app_setting WHERE name = 'low_value_threshold_cents'"),
            error)
        || !Sql::exec(setting, error))
        return std::nullopt;
    report.lowValueThresholdCents = setting.next() ? setting.value(0).toLongLong() : 0;

    QSqlQuery assets(m_database.connection());
    QString sql =
        QStringLiteral("SELECT a.owner_authority_id, au.code, c.name, c.useful_life_months, a.purchase_date, "
                       "a.purchase_price_cents"
                       " FROM asset a JOIN category c ON c.id = a.category_id JOIN authority au ON au.id = "
                       "a.owner_authority_id"
                       " WHERE a.status <> 'retired' AND (a.purchase_date IS NULL OR a.purchase_date <= ?)");
    if (authorityId)
        sql += QStringLiteral(" AND a.owner_authority_id = ?");
    if (!Sql::prepare(assets, sql, error))
        return std::nullopt;
    assets.addBindValue(Sql::dateText(date));
    if (authorityId)
        assets.addBindValue(authorityId);
    if (!Sql::exec(assets, error))
        return std::nullopt;
    std::map<std::tuple<QString, QString>, Group> depreciated;
    std::map<std::tuple<QString, QString>, Group> lowValue;
    while (assets.next()) {
        const QDate purchased = Sql::toDate(assets.value(4));
        if (!purchased.isValid() || assets.value(5).isNull()) {
            ++report.withoutValue;
            continue;
        }
        const qint64 price = assets.value(5).toLongLong();
        const bool low = price <= report.lowValueThresholdCents;
        const auto key = std::make_tuple(assets.value(1).toString(), assets.value(2).toString());
        Group &group = (low ? lowValue : depreciated)[key];
        group.authorityId = assets.value(0).toLongLong();
        group.authorityCode = std::get<0>(key);
        group.category = std::get<1>(key);
        ++group.count;
        group.acquisitionCents += price;
        const qint64 written =
            low ? price : accumulatedDepreciation(price, purchased, date, assets.value(3).toInt());
        group.depreciationCents += written;
        group.bookCents += price - written;
        report.bookCents += price - written;
        report.acquisitionCents += price;
    }
    for (const auto &[key, group] : depreciated)
        report.depreciated.append(group);
    for (const auto &[key, group] : lowValue)
        report.lowValue.append(group);
    return report;
}
