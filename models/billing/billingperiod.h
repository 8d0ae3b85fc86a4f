#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// The days a billing run covers, first and last included: a quarter ("2026-Q3"),
// a month ("2026-09"), a year ("2026") or any range ("2026-07-01..2026-08-15").
struct BillingPeriod
{
    Q_DECLARE_TR_FUNCTIONS(BillingPeriod)

public:
    QDate first;
    QDate last;

    static std::optional<BillingPeriod> parse(const QString &text, QString *error);
    // The form parse() reads back: "2026-Q3" for a quarter, "2026-09" for a month …
    QString code() const;
    // For a statement's heading: "Q3 2026", "September 2026", "01.07.2026 – 15.08.2026".
    QString title() const;
    qint64 dayCount() const { return first.daysTo(last) + 1; }
    bool operator==(const BillingPeriod &other) const = default;
};
