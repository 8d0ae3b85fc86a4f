#pragma once

#include "command.h"

struct BillingResult;
struct StoredBillingRun;
struct BillingTotalChange;

// bestand billing --period 2026-Q3 [--authority CODE] [--csv FILE] [--pdf FILE]
//                 [--lines] [--json] [--close]:
// bills a period from the inventory's history and the rates, keeps the result as
// the period's open run (showing what changed since the run kept before), and
// closes it on request. A closed period prints its kept run and is never billed again.
class BillingCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BillingCommand)

public:
    QString name() const override { return QStringLiteral("billing"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
    bool needsGuiApplication(const QStringList &arguments) const override;

private:
    static void printJson(const BillingResult &result, const StoredBillingRun &run,
                          const QList<BillingTotalChange> &changes, QTextStream &out);
    static void printText(const BillingResult &result, const StoredBillingRun &run,
                          const QList<BillingTotalChange> &changes, bool hadEarlierRun, QTextStream &out);
};
