#pragma once

#include "command.h"

// bestand check [--db PATH] [--json] [--rebuild-search-index]: verifies the
// database and changes nothing, unless asked to write the search index anew.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static bool rebuildSearchIndex(Database &database, QTextStream &out, QTextStream &err);
};
