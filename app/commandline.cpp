#include "commandline.h"

#include "accesscommand.h"
#include "auditcommand.h"
#include "billingcommand.h"
#include "checkcommand.h"
#include "command.h"
#include "copydatabasecommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "labelscommand.h"
#include "licencescommand.h"
#include "personcommand.h"
#include "ratescommand.h"
#include "reportcommand.h"
#include "undoimportcommand.h"

#include <QTextStream>

#include <cstdio>

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<CopyDatabaseCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<UndoImportCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<LicencesCommand>());
    m_commands.push_back(std::make_unique<BillingCommand>());
    m_commands.push_back(std::make_unique<RatesCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<LabelsCommand>());
    m_commands.push_back(std::make_unique<PersonCommand>());
    m_commands.push_back(std::make_unique<AccessCommand>());
}

CommandLine::~CommandLine() = default;

Command *CommandLine::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

bool CommandLine::isHeadless(const QStringList &arguments) const
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    // Anything that is not an option names a command; an unknown one is a usage error, not a GUI start.
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("--help")
        || first == QLatin1String("-h") || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("help");
}

bool CommandLine::needsGuiApplication(const QStringList &arguments) const
{
    const Command *command = find(arguments.value(1));
    return command && command->needsGuiApplication(arguments.mid(2));
}

QString CommandLine::usage() const
{
    QString text = tr("Usage: bestand [--db PATH]            open the inventory window\n"
                      "       bestand COMMAND [OPTIONS]      run a command without a window\n\n"
                      "Commands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -14).arg(command->summary());
    text += tr("\n`bestand COMMAND --help` describes a command's options.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("bestand %1").arg(QStringLiteral(BESTAND_VERSION)) << Qt::endl;
        return Command::Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << usage();
        return Command::Success;
    }
    Command *command = find(first);
    if (!command) {
        err << tr("Unknown command: %1").arg(first) << Qt::endl << usage();
        return Command::UsageError;
    }
    return command->run(arguments.mid(2), out, err);
}
