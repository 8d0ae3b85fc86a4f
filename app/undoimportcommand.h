#pragma once

#include "command.h"

// bestand undo-import [--db PATH] [--json] BATCH
class UndoImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UndoImportCommand)

public:
    QString name() const override { return QStringLiteral("undo-import"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
