#include "billing/billingresult.h"

#include <QSet>

qint64 BillingResult::totalCentsOf(qint64 id) const
{
    qint64 sum = 0;
    for (const BillingTotal &total : totals) {
        if (total.authorityId == id)
            sum += total.amountCents;
    }
    return sum;
}

QList<qint64> BillingResult::billedAuthorities() const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const BillingTotal &total : totals) {
        if (!seen.contains(total.authorityId)) {
            seen.insert(total.authorityId);
            ids.append(total.authorityId);
        }
    }
    return ids;
}

QString BillingResult::kindCode(BillingKind kind)
{
    return kind == BillingKind::Device ? QStringLiteral("device") : QStringLiteral("licence");
}
