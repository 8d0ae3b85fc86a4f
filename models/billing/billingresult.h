#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

#include "billing/billingperiod.h"

enum class BillingKind { Device, Licence };

// One item billed to one authority at one rate: a device for the days it was in
// use by that authority, or a licence's seats allotted to it. The amount is
// rounded once, here: rate × days / days of the month, summed over the months,
// to whole cents half up. Statement totals are sums of these amounts.
struct BillingLine
{
    qint64 authorityId = 0;
    QString authorityCode;
    BillingKind kind = BillingKind::Device;
    qint64 itemId = 0;
    QString itemLabel; // inventory number, or product and contract
    QString serialNo; // devices
    QString subject; // category name, or licence product
    std::optional<qint64> rateCents; // per month and device or seat; none: no rate found
    QDate firstDay;
    QDate lastDay;
    int days = 0; // days billed
    qint64 unitDays = 0; // device-days or seat-days
    qint64 amountCents = 0;
};

// The lines of one authority, subject and rate added up.
struct BillingTotal
{
    qint64 authorityId = 0;
    BillingKind kind = BillingKind::Device;
    QString subject;
    std::optional<qint64> rateCents;
    qint64 lineCount = 0;
    qint64 unitDays = 0;
    qint64 amountCents = 0;

    bool sameKey(const BillingTotal &other) const
    {
        return authorityId == other.authorityId && kind == other.kind && subject == other.subject
            && rateCents == other.rateCents;
    }
};

struct BillingAuthority
{
    qint64 id = 0;
    QString code;
    QString name;
};

struct BillingResult
{
    BillingPeriod period;
    qint64 authorityId = 0; // 0: all authorities
    // By authority code, kind, subject and rate.
    QList<BillingTotal> totals;
    QHash<qint64, BillingAuthority> authorities; // every authority, by id
    qint64 lineCount = 0;
    qint64 unratedLines = 0; // billable, but no rate for its subject and day
    qint64 totalCents = 0;

    qint64 totalCentsOf(qint64 authorityId) const;
    // The authorities that have lines, by code.
    QList<qint64> billedAuthorities() const;
    static QString kindCode(BillingKind kind);
};
