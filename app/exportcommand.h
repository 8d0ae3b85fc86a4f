#pragma once

#include "command.h"

// bestand export [--db PATH] assets [--authority CODE] [--format excel|plain] [--out FILE]
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
