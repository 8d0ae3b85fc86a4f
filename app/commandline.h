#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class Command;

// Dispatches `bestand COMMAND …` to the headless commands.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    // True when the arguments ask for a command, --help or --version (no GUI then).
    bool isHeadless(const QStringList &arguments) const;
    // True when the command needs an (offscreen) QGuiApplication, e.g. to write a PDF.
    bool needsGuiApplication(const QStringList &arguments) const;
    // arguments includes the program name.
    int run(const QStringList &arguments);

private:
    Command *find(const QString &name) const;
    QString usage() const;

    std::vector<std::unique_ptr<Command>> m_commands;
};
