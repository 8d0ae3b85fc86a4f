#pragma once

#include "command.h"

// bestand labels [--authority CODE] [--site NAME] [--ids FILE] [--layout NAME]
//               [--skip N] [--legacy] [--no-barcode] --out FILE.pdf,
// bestand labels --list-layouts:
// asset labels with QR code and barcode as a PDF, for a sheet or a label roll.
class LabelsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LabelsCommand)

public:
    QString name() const override { return QStringLiteral("labels"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
    bool needsGuiApplication(const QStringList &arguments) const override;

private:
    // The assets a file lists, one per line: an asset id, an inventory number or a
    // legacy number. nullopt (every unknown line printed) when a line names none.
    static std::optional<QList<qint64>> readIds(Database &database, const QString &path, QTextStream &err);
};
