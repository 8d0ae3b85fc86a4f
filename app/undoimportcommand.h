#pragma once

#include "command.h"

class Database;

// bestand undo-import [--db PATH] [--json] BATCH
// bestand undo-import [--db PATH] [--json] --list
class UndoImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UndoImportCommand)

public:
    QString name() const override { return QStringLiteral("undo-import"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static int listBatches(Database &database, bool json, QTextStream &out, QTextStream &err);
};
