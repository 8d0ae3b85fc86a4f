#include "billing/billingrunstore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace {
const QString entityName = QStringLiteral("billing_run");

QString summaryText(const BillingResult &result)
{
    return QStringLiteral("period=%1; authority=%2; lines=%3; unrated=%4; total_cents=%5")
        .arg(result.period.code())
        .arg(result.authorityId)
        .arg(result.lineCount)
        .arg(result.unratedLines)
        .arg(result.totalCents);
}
} // namespace

BillingRunStore::BillingRunStore(Database &database, const ChangeContext &context)
    : m_database(database)
    , m_context(context.resolved(database))
    , m_history(database)
{ }

std::optional<std::optional<StoredBillingRun>>
BillingRunStore::load(const QString &condition, const QVariantList &values, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT id, period_start, period_end, authority_id, status, run_by, run_at,"
                           " closed_by, closed_at, line_count, unrated_count, total_cents"
                           " FROM billing_run WHERE %1 ORDER BY id LIMIT 1")
                .arg(condition),
            error))
        return std::nullopt;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Sql::exec(query, error))
        return std::nullopt;
    if (!query.next())
        return std::optional<StoredBillingRun>();
    StoredBillingRun run;
    run.id = query.value(0).toLongLong();
    run.period = { Sql::toDate(query.value(1)), Sql::toDate(query.value(2)) };
    run.authorityId = query.value(3).toLongLong();
    run.closed = query.value(4).toString() == QLatin1String("closed");
    run.runBy = query.value(5).toString();
    run.runAt = query.value(6).toString();
    run.closedBy = query.value(7).toString();
    run.closedAt = query.value(8).toString();
    run.lineCount = query.value(9).toLongLong();
    run.unratedLines = query.value(10).toLongLong();
    run.totalCents = query.value(11).toLongLong();
    query.finish();

    QSqlQuery totals(m_database.connection());
    if (!Sql::prepare(totals,
                      QStringLiteral("SELECT t.authority_id, t.kind, t.subject, t.rate_cents, t.line_count,"
                                     " t.unit_days, t.amount_cents FROM billing_run_total t"
                                     " JOIN authority a ON a.id = t.authority_id WHERE t.run_id = ?"
                                     " ORDER BY a.code, t.kind, t.subject, COALESCE(t.rate_cents, -1)"),
                      error))
        return std::nullopt;
    totals.addBindValue(run.id);
    if (!Sql::exec(totals, error))
        return std::nullopt;
    while (totals.next()) {
        BillingTotal total;
        total.authorityId = totals.value(0).toLongLong();
        total.kind = totals.value(1).toString() == QLatin1String("licence") ? BillingKind::Licence
                                                                            : BillingKind::Device;
        total.subject = totals.value(2).toString();
        if (!totals.value(3).isNull())
            total.rateCents = totals.value(3).toLongLong();
        total.lineCount = totals.value(4).toLongLong();
        total.unitDays = totals.value(5).toLongLong();
        total.amountCents = totals.value(6).toLongLong();
        run.totals.append(total);
    }
    return std::optional<StoredBillingRun>(run);
}

std::optional<std::optional<StoredBillingRun>> BillingRunStore::find(const BillingPeriod &period,
                                                                     qint64 authorityId, QString *error)
{
    return load(QStringLiteral("period_start = ? AND period_end = ? AND COALESCE(authority_id, 0) = ?"),
                { Sql::dateText(period.first), Sql::dateText(period.last), authorityId }, error);
}

std::optional<std::optional<StoredBillingRun>>
BillingRunStore::closedOverlap(const BillingPeriod &period, qint64 authorityId, QString *error)
{
    return load(
        QStringLiteral("status = 'closed' AND period_start <= ? AND period_end >= ?"
                       " AND (authority_id IS NULL OR ? = 0 OR authority_id = ?)"
                       " AND NOT (period_start = ? AND period_end = ? AND COALESCE(authority_id, 0) = ?)"),
        { Sql::dateText(period.last), Sql::dateText(period.first), authorityId, authorityId,
          Sql::dateText(period.first), Sql::dateText(period.last), authorityId },
        error);
}

std::optional<StoredBillingRun> BillingRunStore::saveOpen(const BillingResult &result, QString *error)
{
    Sql::Transaction transaction(m_database.connection());
    const std::optional<std::optional<StoredBillingRun>> kept =
        find(result.period, result.authorityId, error);
    if (!kept)
        return std::nullopt;
    if (*kept && (*kept)->closed) {
        if (error)
            *error = tr("The billing of %1 is closed and stays as it was.").arg(result.period.code());
        return std::nullopt;
    }
    const QString now = Sql::nowText();
    StoredBillingRun run;
    run.period = result.period;
    run.authorityId = result.authorityId;
    run.runBy = m_context.user;
    run.runAt = now;
    run.lineCount = result.lineCount;
    run.unratedLines = result.unratedLines;
    run.totalCents = result.totalCents;
    run.totals = result.totals;
    QSqlQuery write(m_database.connection());
    if (*kept) {
        run.id = (*kept)->id;
        QSqlQuery clear(m_database.connection());
        if (!Sql::prepare(clear, QStringLiteral("DELETE FROM billing_run_total WHERE run_id = ?"), error))
            return std::nullopt;
        clear.addBindValue(run.id);
        if (!Sql::exec(clear, error)
            || !Sql::prepare(write,
                             QStringLiteral("UPDATE billing_run SET run_by = ?, run_at = ?, line_count = ?,"
                                            " unrated_count = ?, total_cents = ? WHERE id = ?"),
                             error))
            return std::nullopt;
        for (const QVariant &value :
             { QVariant(run.runBy), QVariant(now), QVariant(run.lineCount), QVariant(run.unratedLines),
               QVariant(run.totalCents), QVariant(run.id) })
            write.addBindValue(value);
        if (!Sql::exec(write, error))
            return std::nullopt;
    } else {
        if (!Sql::prepare(
                write,
                QStringLiteral("INSERT INTO billing_run (period_start, period_end, authority_id, run_by,"
                               " run_at, line_count, unrated_count, total_cents)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                error))
            return std::nullopt;
        for (const QVariant &value :
             { QVariant(Sql::dateText(run.period.first)), QVariant(Sql::dateText(run.period.last)),
               Sql::idOrNull(run.authorityId), QVariant(run.runBy), QVariant(now), QVariant(run.lineCount),
               QVariant(run.unratedLines), QVariant(run.totalCents) })
            write.addBindValue(value);
        if (!Sql::exec(write, error) || !write.next())
            return std::nullopt;
        run.id = write.value(0).toLongLong();
        write.finish();
    }
    QSqlQuery insertTotal(m_database.connection());
    if (!Sql::prepare(
            insertTotal,
            QStringLiteral("INSERT INTO billing_run_total (run_id, authority_id, kind, subject, rate_cents,"
                           " line_count, unit_days, amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            error))
        return std::nullopt;
    for (const BillingTotal &total : result.totals) {
        insertTotal.bindValue(0, run.id);
        insertTotal.bindValue(1, total.authorityId);
        insertTotal.bindValue(2, BillingResult::kindCode(total.kind));
        insertTotal.bindValue(3, total.subject);
        insertTotal.bindValue(
            4, total.rateCents ? QVariant(*total.rateCents) : QVariant(QMetaType::fromType<qint64>()));
        insertTotal.bindValue(5, total.lineCount);
        insertTotal.bindValue(6, total.unitDays);
        insertTotal.bindValue(7, total.amountCents);
        if (!Sql::exec(insertTotal, error))
            return std::nullopt;
    }
    ChangeContext stamped = m_context;
    stamped.at = now;
    if (!m_history.record(
            entityName, run.id, *kept ? HistoryRecorder::Action::Update : HistoryRecorder::Action::Insert,
            *kept ? QStringLiteral("total_cents") : QString(),
            *kept ? QVariant((*kept)->totalCents) : QVariant(), summaryText(result), stamped, error)
        || !transaction.commit(error))
        return std::nullopt;
    return run;
}

bool BillingRunStore::close(qint64 runId, QString *error)
{
    Sql::Transaction transaction(m_database.connection());
    const QString now = Sql::nowText();
    QSqlQuery close(m_database.connection());
    if (!Sql::prepare(close,
                      QStringLiteral("UPDATE billing_run SET status = 'closed', closed_by = ?, closed_at = ?"
                                     " WHERE id = ? AND status = 'open'"),
                      error))
        return false;
    close.addBindValue(m_context.user);
    close.addBindValue(now);
    close.addBindValue(runId);
    if (!Sql::exec(close, error))
        return false;
    if (close.numRowsAffected() != 1) {
        if (error)
            *error = tr("The billing run %1 is not open (any more).").arg(runId);
        return false;
    }
    ChangeContext stamped = m_context;
    stamped.at = now;
    return m_history.record(entityName, runId, HistoryRecorder::Action::Update, QStringLiteral("status"),
                            QStringLiteral("open"), QStringLiteral("closed"), stamped, error)
        && transaction.commit(error);
}

QList<BillingTotalChange> BillingRunStore::changes(const QList<BillingTotal> &before,
                                                   const QList<BillingTotal> &after)
{
    QList<BillingTotalChange> result;
    const auto same = [](const BillingTotal &a, const BillingTotal &b) {
        return a.lineCount == b.lineCount && a.unitDays == b.unitDays && a.amountCents == b.amountCents;
    };
    for (const BillingTotal &old : before) {
        const auto match = std::find_if(after.cbegin(), after.cend(),
                                        [&old](const BillingTotal &total) { return total.sameKey(old); });
        if (match == after.cend()) {
            BillingTotal gone = old;
            gone.lineCount = gone.unitDays = gone.amountCents = 0;
            result.append({ old, gone });
        } else if (!same(old, *match)) {
            result.append({ old, *match });
        }
    }
    for (const BillingTotal &total : after) {
        if (std::none_of(before.cbegin(), before.cend(),
                         [&total](const BillingTotal &old) { return old.sameKey(total); })) {
            BillingTotal none = total;
            none.lineCount = none.unitDays = none.amountCents = 0;
            result.append({ none, total });
        }
    }
    return result;
}
