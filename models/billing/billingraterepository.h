#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "billing/billingrate.h"
#include "history/changecontext.h"
#include "history/historyrecorder.h"

class Database;

// The one way billing rates are written: each change with its history rows
// (entity 'billing_rate') in the same transaction. A rate that would change what a
// closed billing run billed is refused: its days are closed.
class BillingRateRepository
{
    Q_DECLARE_TR_FUNCTIONS(BillingRateRepository)

public:
    BillingRateRepository(Database &database, const ChangeContext &context);

    // Every rate, by subject, authority and start day.
    std::optional<QList<BillingRate>> all(QString *error);
    // Sets rate.id and rate.rowVersion.
    bool insert(BillingRate &rate, QString *error);
    // Refused when the stored row is no longer rate.rowVersion (someone else saved).
    bool update(BillingRate &rate, QString *error);
    bool remove(qint64 id, QString *error);

private:
    std::optional<BillingRate> find(qint64 id, QString *error);
    bool validate(const BillingRate &rate, QString *error);
    // Refuses a rate starting on `from` when a closed run billed a day on or after it.
    bool checkNotClosed(const QDate &from, QString *error);

    Database &m_database;
    ChangeContext m_context;
    HistoryRecorder m_history;
};
