#pragma once

#include "command.h"

// bestand access [--db URL] list | grant LOGIN ROLE [--authority CODE] | revoke …:
// which server logins may read, edit, import or audit, and which authorities a
// viewer sees. The server enforces it (AccessRoles).
class AccessCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AccessCommand)

public:
    QString name() const override { return QStringLiteral("access"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
