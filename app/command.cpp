#include "command.h"

#include "masterdata/masterdatalookup.h"
#include "schema/schemamigrator.h"
#include "storage/database.h"

#include <QFileInfo>

#include <algorithm>

void Command::addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("db"),
        tr("Use the inventory database at PATH (default: %1).").arg(DatabaseSettings::defaultSqlitePath()),
        QStringLiteral("PATH")));
}

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    QTextStream &err, int *exitCode) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    QStringList withProgram = arguments;
    withProgram.prepend(invocation());
    if (!parser.parse(withProgram)) {
        err << parser.errorText() << Qt::endl;
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's usage line names the binary's path (arguments().first()); the user typed
        // a command, so its help names that: "Usage: bestand check [options]".
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && (lineEnd < 0 || at < lineEnd))
            text.replace(at, program.size(), invocation());
        out << text;
        *exitCode = Success;
        return false;
    }
    return true;
}

std::unique_ptr<Database> Command::openDatabase(const QCommandLineParser &parser, bool migrate,
                                                QTextStream &err)
{
    return openDatabaseAt(parser.value(QStringLiteral("db")), migrate, err);
}

std::unique_ptr<Database> Command::openDatabaseAt(const QString &argument, bool migrate, QTextStream &err)
{
    DatabaseSettings settings = argument.isEmpty()
        ? DatabaseSettings::sqliteFile(DatabaseSettings::defaultSqlitePath())
        : DatabaseSettings::fromArgument(argument);
    if (!migrate && settings.backend == DatabaseSettings::Backend::Sqlite
        && !QFileInfo::exists(settings.sqlitePath)) {
        err << tr("The database %1 does not exist.").arg(settings.displayName()) << Qt::endl;
        return nullptr;
    }
    auto database = std::make_unique<Database>(settings);
    QString error;
    if (!database->open(&error)) {
        err << error << Qt::endl;
        return nullptr;
    }
    if (migrate) {
        const SchemaMigrator::Result result = SchemaMigrator(*database).migrate();
        if (!result.ok()) {
            err << result.message << Qt::endl;
            return nullptr;
        }
    }
    return database;
}

std::optional<qint64> Command::authorityOption(Database &database, const QCommandLineParser &parser,
                                               const QCommandLineOption &option, QTextStream &err)
{
    if (!parser.isSet(option))
        return 0;
    QString error;
    const std::optional<qint64> id =
        MasterDataLookup(database).authorityByCode(parser.value(option).trimmed(), &error);
    if (!id)
        err << error << Qt::endl;
    return id;
}

std::optional<QDate> Command::dateOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                         const QDate &fallback, QTextStream &err)
{
    if (!parser.isSet(option))
        return fallback;
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid()) {
        err << tr("Not a date: %1 (expected YYYY-MM-DD).").arg(parser.value(option)) << Qt::endl;
        return std::nullopt;
    }
    return date;
}

bool Command::hasOption(const QStringList &arguments, const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    return std::any_of(arguments.cbegin(), arguments.cend(), [&option](const QString &argument) {
        return argument == option || argument.startsWith(option + QLatin1Char('='));
    });
}
