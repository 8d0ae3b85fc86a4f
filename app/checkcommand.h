#pragma once

#include "command.h"

// bestand check [--db PATH] [--json]: verifies the database, changes nothing.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
