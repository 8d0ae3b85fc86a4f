#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class Database;

// A headless subcommand of `bestand` (check, import, export …). Runs on
// QCoreApplication: it must never need a display.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    // Exit codes shared by all commands.
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments excludes the program and the command name.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
    // True when this invocation renders with Qt Gui (fonts for a PDF): main() then runs it
    // on an offscreen QGuiApplication instead of QCoreApplication; it still needs no display.
    virtual bool needsGuiApplication(const QStringList &arguments) const
    {
        Q_UNUSED(arguments);
        return false;
    }

protected:
    // What the user typed to reach this command, as its help shows it: "bestand check".
    virtual QString invocation() const { return QStringLiteral("bestand %1").arg(name()); }
    // Whether the arguments set an option (--name VALUE or --name=VALUE), before parsing.
    static bool hasOption(const QStringList &arguments, const QString &name);
    // --db PATH, shared by every command.
    static void addDatabaseOption(QCommandLineParser &parser);
    // Parses; on an error or --help prints and returns false with *exitCode set.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err,
               int *exitCode) const;
    // Opens the database named by --db (or the default); upgrades it when migrate is true.
    static std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, bool migrate,
                                                  QTextStream &err);
    // The same for what a user passes as --db: a file, or a postgresql:// URL; empty is the default file.
    static std::unique_ptr<Database> openDatabaseAt(const QString &argument, bool migrate, QTextStream &err);
    // The authority an option names by its code: 0 when the option is not given,
    // nullopt (the reason printed) when there is no such authority.
    static std::optional<qint64> authorityOption(Database &database, const QCommandLineParser &parser,
                                                 const QCommandLineOption &option, QTextStream &err);
    // The date an option gives (YYYY-MM-DD), `fallback` when not given; nullopt (the
    // reason printed) when it is not a date.
    static std::optional<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                           const QDate &fallback, QTextStream &err);
};
