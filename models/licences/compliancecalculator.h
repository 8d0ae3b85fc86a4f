#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

#include "licences/compliancereport.h"

class Database;

// Computes licence compliance for every licence and using authority from a
// handful of aggregate queries (GROUP BY over assignments), merged in memory:
// the cost does not grow with per-licence queries.
//
// Rules:
// - A licence without allocations serves its owner: all its seats are allocated to the owner.
//   With allocations, only the allocated seats may be used, by the authorities named.
// - Over-deployed per authority: assigned beyond its allocation; per licence: assigned beyond
//   the seats owned. Site licences are unlimited and never over-deployed.
// - Reclaimable: seats held by devices whose status is retired or missing.
// - Ending soon: valid until or maintenance end within warningDays (90) from the reference date.
//   Expired: valid until before the reference date.
// - Yearly cost (billing): for Subscription licences price_per_seat_cents is the yearly rent of
//   one seat, and an authority pays assigned seats × that price. Every other type is perpetual,
//   bought once: its price is a purchase price and adds nothing to the yearly cost.
class ComplianceCalculator
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceCalculator)

public:
    explicit ComplianceCalculator(Database &database);

    // The day "today" is for expiry and the warning window (default: the current date).
    void setReferenceDate(const QDate &date) { m_referenceDate = date; }
    void setWarningDays(int days) { m_warningDays = days; }
    // Only licences in which this authority has a share (it is allocated seats, uses
    // seats, or owns an unallocated licence), with that share only, and only its
    // totals; the licence-wide figures stay those of the whole licence. 0 = all.
    void setAuthorityFilter(qint64 authorityId) { m_authorityFilter = authorityId; }

    std::optional<ComplianceReport> calculate(QString *error);

    // The rules above in one translated paragraph, for --help and the compliance view.
    static QString rulesText();

private:
    Database &m_database;
    QDate m_referenceDate;
    int m_warningDays = 90;
    qint64 m_authorityFilter = 0;
};
