#pragma once

#include "command.h"

// bestand report book-values [--date YYYY-MM-DD] [--authority CODE] [--json]:
// management figures for scripts (more reports join here, e.g. the overview).
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
