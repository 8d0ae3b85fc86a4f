#include "billing/billingrunner.h"

#include "billing/billingcsvwriter.h"
#include "storage/database.h"

namespace {
// The result a kept run stands for: its totals, without recomputing anything.
BillingResult resultOf(const StoredBillingRun &run, const BillingResult &names)
{
    BillingResult result;
    result.period = run.period;
    result.authorityId = run.authorityId;
    result.totals = run.totals;
    result.authorities = names.authorities;
    result.lineCount = run.lineCount;
    result.unratedLines = run.unratedLines;
    result.totalCents = run.totalCents;
    return result;
}

bool sameTotals(const BillingResult &result, const StoredBillingRun &run)
{
    return result.totalCents == run.totalCents && result.lineCount == run.lineCount
        && BillingRunStore::changes(run.totals, result.totals).isEmpty();
}

} // namespace

BillingRunner::BillingRunner(Database &database, const ChangeContext &context)
    : m_database(database)
    , m_context(context)
{ }

std::optional<BillingRunner::Outcome> BillingRunner::run(const BillingPeriod &period, qint64 authorityId,
                                                         bool close, const BillingCalculator::LineSink &sink,
                                                         QString *error)
{
    BillingRunStore store(m_database, m_context);
    const std::optional<std::optional<StoredBillingRun>> kept = store.find(period, authorityId, error);
    const std::optional<std::optional<StoredBillingRun>> overlap =
        kept ? store.closedOverlap(period, authorityId, error) : std::nullopt;
    if (!kept || !overlap)
        return std::nullopt;
    if (*overlap) {
        *error = tr("The days of %1 were billed in the closed run %2 (%3); they are not billed twice.")
                     .arg(period.code())
                     .arg((*overlap)->id)
                     .arg((*overlap)->period.code());
        return std::nullopt;
    }
    const std::optional<BillingResult> computed =
        BillingCalculator(m_database).run(period, authorityId, sink, error);
    if (!computed)
        return std::nullopt;

    Outcome outcome;
    outcome.wasClosed = *kept && (*kept)->closed;
    outcome.result = *computed;
    if (outcome.wasClosed) {
        outcome.run = **kept;
        // A closed run stays as closed; its items are worked out again and must give the same totals.
        if (!sameTotals(*computed, outcome.run)) {
            *error =
                tr("The run %1 of %2 was closed with %3 in %4 lines; the inventory now gives %5 in %6 "
                   "lines (an import taken back, or a changed history). The closed run stands; no file was "
                   "written.")
                    .arg(outcome.run.id)
                    .arg(period.code(), BillingCsvWriter::euros(outcome.run.totalCents))
                    .arg(outcome.run.lineCount)
                    .arg(BillingCsvWriter::euros(computed->totalCents))
                    .arg(computed->lineCount);
            return std::nullopt;
        }
        outcome.result = resultOf(outcome.run, *computed);
    } else {
        if (*kept) {
            outcome.changes = BillingRunStore::changes((*kept)->totals, computed->totals);
            outcome.replacedOpenRun = true;
        }
        const std::optional<StoredBillingRun> saved = store.saveOpen(*computed, error);
        if (!saved)
            return std::nullopt;
        outcome.run = *saved;
    }
    if (close && !outcome.run.closed) {
        if (!store.close(outcome.run.id, error))
            return std::nullopt;
        const std::optional<std::optional<StoredBillingRun>> closedRun =
            store.find(period, authorityId, error);
        if (!closedRun || !*closedRun)
            return std::nullopt;
        outcome.run = **closedRun;
    }
    return outcome;
}
