#pragma once

#include "command.h"

// bestand copy-database --from SOURCE --to TARGET [--json]: moves an inventory (a
// SQLite file) to a new database (the team's PostgreSQL server), all or nothing.
class CopyDatabaseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CopyDatabaseCommand)

public:
    QString name() const override { return QStringLiteral("copy-database"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
