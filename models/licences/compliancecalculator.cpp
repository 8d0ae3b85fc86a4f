#include "licences/compliancecalculator.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace {
QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

bool within(const QDate &date, const QDate &from, const QDate &to)
{
    return date.isValid() && date >= from && date <= to;
}

struct Counts
{
    int allocated = 0;
    bool hasAllocation = false;
    int assigned = 0;
    int reclaimable = 0;
};

// Key of a (licence, authority) pair in the merge tables.
using PairKey = QPair<qint64, qint64>;
} // namespace

ComplianceCalculator::ComplianceCalculator(Database &database)
    : m_database(database)
{ }

QString ComplianceCalculator::rulesText()
{
    return tr(
        "A licence without allocations serves its owner with all its seats. Over-deployed: an authority "
        "uses more seats than allocated to it, or a licence more seats than owned; site licences are "
        "unlimited. Reclaimable: seats held by retired or missing devices. Ending soon: valid until or "
        "maintenance end within 90 days. Yearly cost: for Subscription licences the price per seat is the "
        "yearly rent, and an authority pays its assigned seats times that price; all other licence types "
        "are perpetual, bought once, and add no yearly cost.");
}

std::optional<ComplianceReport> ComplianceCalculator::calculate(QString *error)
{
    ComplianceReport report;
    report.referenceDate = m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
    report.warningDays = m_warningDays;
    const QDate warnUntil = report.referenceDate.addDays(m_warningDays);
    QSqlDatabase &db = m_database.connection();

    QHash<qint64, AuthorityTotals> totals;
    QMap<QString, qint64> authorityByCode;
    {
        QSqlQuery query(db);
        if (!Sql::prepare(query, QStringLiteral("SELECT id, code, name FROM authority"), error)
            || !Sql::exec(query, error))
            return std::nullopt;
        while (query.next()) {
            AuthorityTotals entry;
            entry.authorityId = query.value(0).toLongLong();
            entry.code = query.value(1).toString();
            entry.name = query.value(2).toString();
            totals.insert(entry.authorityId, entry);
            authorityByCode.insert(entry.code, entry.authorityId);
        }
    }

    // (licence, authority) → counts, filled from three grouped queries.
    QHash<PairKey, Counts> counts;
    QHash<qint64, bool> hasAllocation;
    {
        QSqlQuery query(db);
        if (!Sql::prepare(query,
                          QStringLiteral("SELECT licence_id, authority_id, seats FROM licence_allocation"),
                          error)
            || !Sql::exec(query, error))
            return std::nullopt;
        while (query.next()) {
            Counts &entry = counts[{ query.value(0).toLongLong(), query.value(1).toLongLong() }];
            entry.allocated = query.value(2).toInt();
            entry.hasAllocation = true;
            hasAllocation.insert(query.value(0).toLongLong(), true);
        }
    }
    {
        QSqlQuery query(db);
        if (!Sql::prepare(
                query,
                QStringLiteral("SELECT licence_id, using_authority_id, COUNT(*) FROM licence_assignment "
                               "GROUP BY licence_id, using_authority_id"),
                error)
            || !Sql::exec(query, error))
            return std::nullopt;
        while (query.next())
            counts[{ query.value(0).toLongLong(), query.value(1).toLongLong() }].assigned =
                query.value(2).toInt();
    }
    {
        // Starts from the few retired or missing devices, not from every assignment:
        // An ordered join keeps SQLite's planner from scanning all assignments instead.
        QSqlQuery query(db);
        if (!Sql::prepare(query,
                          QStringLiteral("SELECT la.licence_id, la.using_authority_id, COUNT(*) FROM asset s "
                                         "%1 licence_assignment la ON la.asset_id = s.id "
                                         "WHERE s.status IN ('retired', 'missing') "
                                         "GROUP BY la.licence_id, la.using_authority_id")
                              .arg(m_database.dialect().orderedJoin()),
                          error)
            || !Sql::exec(query, error))
            return std::nullopt;
        while (query.next())
            counts[{ query.value(0).toLongLong(), query.value(1).toLongLong() }].reclaimable =
                query.value(2).toInt();
    }

    // Shares per licence, gathered once so the licence loop below stays linear.
    QHash<qint64, QList<QPair<qint64, Counts>>> sharesByLicence;
    sharesByLicence.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sharesByLicence[it.key().first].append({ it.key().second, it.value() });

    QSqlQuery query(db);
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT l.id, l.product, l.vendor, l.edition, l.licence_type, l.metric, "
                           "l.quantity, l.valid_until, l.maintenance_end, l.price_per_seat_cents, "
                           "l.owner_authority_id, au.code FROM licence l "
                           "JOIN authority au ON au.id = l.owner_authority_id ORDER BY l.product, l.id"),
            error)
        || !Sql::exec(query, error))
        return std::nullopt;
    while (query.next()) {
        LicenceCompliance licence;
        licence.licenceId = query.value(0).toLongLong();
        licence.product = query.value(1).toString();
        licence.vendor = query.value(2).toString();
        licence.edition = query.value(3).toString();
        licence.type = LicenceTypeText::fromCode(query.value(4).toString()).value_or(LicenceType::Volume);
        licence.metric =
            LicenceMetricText::fromCode(query.value(5).toString()).value_or(LicenceMetric::Device);
        licence.owned = query.value(6).toInt();
        licence.validUntil = toDate(query.value(7));
        licence.maintenanceEnd = toDate(query.value(8));
        const qint64 price = query.value(9).toLongLong();
        licence.ownerAuthorityId = query.value(10).toLongLong();
        licence.ownerCode = query.value(11).toString();
        licence.unlimited = licence.metric == LicenceMetric::Site;
        licence.servesOwner = !hasAllocation.value(licence.licenceId);
        licence.expired = licence.validUntil.isValid() && licence.validUntil < report.referenceDate;
        licence.endsSoon = within(licence.validUntil, report.referenceDate, warnUntil);
        licence.maintenanceEndsSoon = within(licence.maintenanceEnd, report.referenceDate, warnUntil);
        const bool yearly = licence.type == LicenceType::Subscription;

        QList<QPair<qint64, Counts>> raw = sharesByLicence.value(licence.licenceId);
        if (licence.servesOwner) {
            auto owner = std::find_if(raw.begin(), raw.end(), [&](const auto &entry) {
                return entry.first == licence.ownerAuthorityId;
            });
            if (owner == raw.end()) {
                raw.append({ licence.ownerAuthorityId, Counts() });
                owner = raw.end() - 1;
            }
            owner->second.allocated = licence.owned;
        }
        bool keep = m_authorityFilter == 0;
        for (const auto &[authorityId, entry] : raw) {
            if (m_authorityFilter != 0 && authorityId != m_authorityFilter)
                continue;
            keep = true;
            AuthorityShare share;
            share.authorityId = authorityId;
            share.code = totals.value(authorityId).code;
            share.allocated = entry.allocated;
            share.assigned = entry.assigned;
            share.free = std::max(0, entry.allocated - entry.assigned);
            share.overDeployed = licence.unlimited ? 0 : std::max(0, entry.assigned - entry.allocated);
            share.reclaimable = entry.reclaimable;
            share.yearlyCostCents = yearly ? qint64(entry.assigned) * price : 0;
            licence.shares.append(share);
        }
        for (const auto &[authorityId, entry] : raw) {
            licence.allocated += entry.allocated;
            licence.assigned += entry.assigned;
            licence.reclaimable += entry.reclaimable;
            if (yearly)
                licence.yearlyCostCents += qint64(entry.assigned) * price;
        }
        if (!keep)
            continue;
        std::sort(licence.shares.begin(), licence.shares.end(),
                  [](const AuthorityShare &a, const AuthorityShare &b) { return a.code < b.code; });
        licence.free = licence.unlimited ? 0 : std::max(0, licence.owned - licence.assigned);
        licence.overDeployed = licence.unlimited ? 0 : std::max(0, licence.assigned - licence.owned);
        licence.overAllocated = licence.unlimited ? 0 : std::max(0, licence.allocated - licence.owned);
        for (const AuthorityShare &share : licence.shares) {
            AuthorityTotals &total = totals[share.authorityId];
            total.seatsAllocated += share.allocated;
            total.seatsAssigned += share.assigned;
            total.overDeployed += share.overDeployed;
            total.reclaimable += share.reclaimable;
            total.yearlyCostCents += share.yearlyCostCents;
        }
        report.licences.append(std::move(licence));
    }

    for (auto it = authorityByCode.cbegin(); it != authorityByCode.cend(); ++it) {
        if (m_authorityFilter == 0 || it.value() == m_authorityFilter)
            report.authorities.append(totals.value(it.value()));
    }
    return report;
}
