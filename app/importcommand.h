#pragma once

#include "command.h"

// bestand import [--db PATH] --profile NAME|FILE.json [--dry-run] [--update|--skip-existing]
//                [--lenient] [--encoding ENC] [--separator C] [--rejects FILE] [--json] FILE
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
