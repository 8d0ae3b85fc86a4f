#pragma once

#include "command.h"

// bestand person show ID [--json]: what a person holds now and their records;
// bestand person overdue [--json]: loans past their due day;
// bestand person anonymise ID: removes the name (DSGVO), keeps the records.
class PersonCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommand)

public:
    QString name() const override { return QStringLiteral("person"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
