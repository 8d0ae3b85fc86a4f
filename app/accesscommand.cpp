#include "accesscommand.h"

#include "access/accessroles.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString AccessCommand::summary() const
{
    QStringList roles;
    for (AccessRoles::Role role : AccessRoles::all())
        roles.append(QStringLiteral("%1 (%2)").arg(AccessRoles::code(role), AccessRoles::description(role)));
    return tr("Who may do what on a PostgreSQL server: \"list\" shows the logins and their roles; "
              "\"grant LOGIN ROLE\" and \"revoke LOGIN ROLE\" change them. A viewer is granted per authority "
              "with --authority CODE. Roles: %1.")
        .arg(roles.join(QStringLiteral("; ")));
}

int AccessCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       tr("The authority (code) a viewer sees; once per authority."),
                                       tr("CODE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print the logins as JSON."));
    parser.addOptions({ authority, json });
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, grant or revoke"));
    parser.addPositionalArgument(QStringLiteral("login"), tr("grant, revoke: the server login"),
                                 tr("[LOGIN]"));
    parser.addPositionalArgument(QStringLiteral("role"), tr("grant, revoke: the role"), tr("[ROLE]"));
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool changes = action == QLatin1String("grant") || action == QLatin1String("revoke");
    if (!(action == QLatin1String("list") && positional.size() == 1)
        && !(changes && positional.size() == 3)) {
        err << tr("Usage: %1 list | grant LOGIN ROLE | revoke LOGIN ROLE").arg(invocation()) << Qt::endl;
        return UsageError;
    }
    std::optional<AccessRoles::Role> role;
    if (changes) {
        role = AccessRoles::fromCode(positional.at(2));
        if (!role) {
            QStringList codes;
            for (AccessRoles::Role known : AccessRoles::all())
                codes.append(AccessRoles::code(known));
            err << tr("Unknown role \"%1\"; the roles are: %2.")
                       .arg(positional.at(2), codes.join(QStringLiteral(", ")))
                << Qt::endl;
            return UsageError;
        }
    }

    std::unique_ptr<Database> database = openDatabase(parser, true, err);
    if (!database)
        return Failure;
    QString error;
    if (changes) {
        const QString login = positional.at(1);
        // Without --authority one call; a viewer may be granted several authorities at once.
        QStringList authorities = parser.values(authority);
        if (authorities.isEmpty())
            authorities.append(QString());
        for (const QString &code : std::as_const(authorities)) {
            const bool done = action == QLatin1String("grant")
                ? AccessRoles::grant(*database, login, *role, code, &error)
                : AccessRoles::revoke(*database, login, *role, code, &error);
            if (!done) {
                err << error << Qt::endl;
                return Failure;
            }
        }
        out << (action == QLatin1String("grant")
                    ? tr("%1 is now %2.").arg(login, AccessRoles::code(*role))
                    : tr("%1 is no longer %2.").arg(login, AccessRoles::code(*role)))
            << Qt::endl;
        return Success;
    }

    const std::optional<QList<AccessRoles::Member>> members = AccessRoles::members(*database, &error);
    if (!members) {
        err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AccessRoles::Member &member : *members) {
            QJsonObject object;
            object.insert(QStringLiteral("login"), member.login);
            object.insert(QStringLiteral("roles"), QJsonArray::fromStringList(member.roles));
            object.insert(QStringLiteral("authorities"), QJsonArray::fromStringList(member.authorities));
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (members->isEmpty())
        out << tr("No login has a Bestand role yet.") << Qt::endl;
    for (const AccessRoles::Member &member : *members) {
        out << member.login << QStringLiteral(": ") << member.roles.join(QStringLiteral(", "));
        if (!member.authorities.isEmpty())
            out << QStringLiteral(" (") << member.authorities.join(QStringLiteral(", "))
                << QStringLiteral(")");
        out << Qt::endl;
    }
    return Success;
}
