#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "billing/billingcalculator.h"
#include "billing/billingresult.h"
#include "billing/billingrunstore.h"
#include "history/changecontext.h"

class Database;

// One billing of a period, as the command line and the billing window do it: days
// already billed by a closed run are refused; a closed period gives its kept run (and
// is refused when the inventory would now bill it differently); otherwise the result
// is kept as the period's open run, with what changed since the run kept before;
// on request the run is closed.
class BillingRunner
{
    Q_DECLARE_TR_FUNCTIONS(BillingRunner)

public:
    struct Outcome
    {
        BillingResult result; // for a closed period: the kept run's totals
        StoredBillingRun run;
        QList<BillingTotalChange> changes; // against the open run kept before
        bool replacedOpenRun = false;
        bool wasClosed = false; // the period had been closed before this billing
    };

    BillingRunner(Database &database, const ChangeContext &context);

    // sink receives every line as it is worked out (for a CSV or a PDF with lines).
    std::optional<Outcome> run(const BillingPeriod &period, qint64 authorityId, bool close,
                               const BillingCalculator::LineSink &sink, QString *error);

private:
    Database &m_database;
    ChangeContext m_context;
};
