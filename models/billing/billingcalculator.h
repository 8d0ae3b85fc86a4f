#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

#include "billing/billingresult.h"

class Database;

// Leistungsverrechnung: what each authority pays for a period, worked out from the
// inventory and its history.
//
// A device is billed to its using authority (its owner when none) for every day it
// was in use or in repair; from the day its status turned to in stock, retired or
// missing it is not. A change counts from its own day (the state at the end of a
// day is that day's state): a device that moved from the city to the district on
// 15 September is billed to the city for 1–14 and to the district for 15–30
// September. Where it was is read back from the history: the current row, with
// every later change taken back. Devices removed by undoing their import are not
// billed. A licence bills its allotted seats to each authority (all its seats to
// its owner when none are allotted) for the days of its validity.
//
// A line's amount is Σ over the months of rate × units × days / days of that month,
// rounded once, per line, to whole cents half up. Every total is a sum of lines.
class BillingCalculator
{
    Q_DECLARE_TR_FUNCTIONS(BillingCalculator)

public:
    using LineSink = std::function<void(const BillingLine &)>;

    explicit BillingCalculator(Database &database);

    // authorityId 0: all authorities. `lines`, if set, receives each line of the
    // authorities billed, item by item (a million devices are not kept in memory).
    std::optional<BillingResult> run(const BillingPeriod &period, qint64 authorityId, const LineSink &lines,
                                     QString *error);
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }

    // round(numerator / denominator), halves away from zero; both ≥ 0.
    static qint64 roundHalfUp(qint64 numerator, qint64 denominator);

private:
    Database &m_database;
    const std::atomic_bool *m_cancelled = nullptr;
};
