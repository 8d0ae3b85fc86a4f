#pragma once

#include "command.h"

struct ComplianceReport;

// bestand licences [--db PATH] compliance [--authority CODE] [--date YYYY-MM-DD] [--json]:
// prints licence compliance per licence and using authority. Never prints a licence key.
class LicencesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LicencesCommand)

public:
    QString name() const override { return QStringLiteral("licences"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static void printJson(const ComplianceReport &report, QTextStream &out);
    static void printTable(const ComplianceReport &report, QTextStream &out);
};
