#pragma once

#include "command.h"

#include "billing/replacementplanner.h"
#include "overview/overviewfigures.h"

// bestand report overview [--date YYYY-MM-DD] [--json],
// bestand report book-values [--date YYYY-MM-DD] [--authority CODE] [--json],
// bestand report replacements --period PERIOD [--authority CODE] [--json]:
// management figures for scripts.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static void printReplacements(const BillingPeriod &period, const QList<ReplacementPlanner::Group> &groups,
                                  bool json, QTextStream &out);
    static void printOverview(const OverviewFigures &figures, QTextStream &out);
};
