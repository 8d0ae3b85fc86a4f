#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

#include "billing/billingperiod.h"

class Database;

// What must be replaced in a period: devices whose useful life ends in it (the
// last month the category's useful life depreciates them, as BookValueCalculator
// counts it) or whose warranty ends in it, per owning authority and category,
// with their count and original value. Retired devices are left out; a device
// for both reasons is counted once in the group and once under each reason.
class ReplacementPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ReplacementPlanner)

public:
    struct Group
    {
        qint64 authorityId = 0;
        QString authorityCode;
        QString category;
        qint64 count = 0;
        qint64 endOfLife = 0;
        qint64 endOfWarranty = 0;
        qint64 originalCents = 0; // purchase prices of those with one
    };

    explicit ReplacementPlanner(Database &database);
    std::optional<QList<Group>> run(const BillingPeriod &period, qint64 authorityId, QString *error);

    // The last day of the last month a device bought on `purchased` is written off in.
    static QDate endOfUsefulLife(const QDate &purchased, int lifeMonths);

private:
    Database &m_database;
};
