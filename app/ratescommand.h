#pragma once

#include "command.h"

// bestand rates [--db PATH] list [--json] | export FILE | import FILE [--dry-run] [--json]:
// the billing rates finance keeps, in and out as CSV (see BillingRateCsv).
class RatesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RatesCommand)

public:
    QString name() const override { return QStringLiteral("rates"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
