#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "billing/billingresult.h"
#include "history/changecontext.h"
#include "history/historyrecorder.h"

class Database;

// A billing run as kept: who ran it and when, its totals per authority, subject
// and rate. A period is billed as an open run, which billing it again replaces
// (showing what changed); closing it makes it final: the database refuses any
// change to a closed run, and no other run may bill its days again.
struct StoredBillingRun
{
    qint64 id = 0;
    BillingPeriod period;
    qint64 authorityId = 0; // 0: all authorities
    bool closed = false;
    QString runBy;
    QString runAt; // UTC, as stored
    QString closedBy;
    QString closedAt;
    qint64 lineCount = 0;
    qint64 unratedLines = 0;
    qint64 totalCents = 0;
    QList<BillingTotal> totals;
};

// One total that differs between the kept run and the new one.
struct BillingTotalChange
{
    BillingTotal before; // lineCount 0 when new
    BillingTotal after; // lineCount 0 when gone
};

class BillingRunStore
{
    Q_DECLARE_TR_FUNCTIONS(BillingRunStore)

public:
    BillingRunStore(Database &database, const ChangeContext &context);

    // The run kept for exactly this period and authority (0: all), if any.
    std::optional<std::optional<StoredBillingRun>> find(const BillingPeriod &period, qint64 authorityId,
                                                        QString *error);
    // A closed run that bills some of these days for this authority (or for all),
    // other than one for exactly this period and authority. Billing such days again
    // would bill them twice.
    std::optional<std::optional<StoredBillingRun>> closedOverlap(const BillingPeriod &period,
                                                                 qint64 authorityId, QString *error);
    // Keeps the result as the open run of its period, replacing the one kept before.
    std::optional<StoredBillingRun> saveOpen(const BillingResult &result, QString *error);
    bool close(qint64 runId, QString *error);

    static QList<BillingTotalChange> changes(const QList<BillingTotal> &before,
                                             const QList<BillingTotal> &after);

private:
    std::optional<std::optional<StoredBillingRun>> load(const QString &condition, const QVariantList &values,
                                                        QString *error);

    Database &m_database;
    ChangeContext m_context;
    HistoryRecorder m_history;
};
