#include "copydatabasecommand.h"

#include "schema/databasechecker.h"
#include "schema/databasecopy.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString CopyDatabaseCommand::summary() const
{
    return tr("Copy a whole inventory, history and import batches included, into a new, empty database "
              "(e.g. a SQLite file to the team's PostgreSQL server) in one transaction, then check both. "
              "The source is upgraded to the current schema first, as opening it would.");
}

int CopyDatabaseCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The inventory to copy: a file or a postgresql:// URL."), tr("SOURCE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The new database: a postgresql:// URL or a file."),
                                tr("TARGET"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({ from, to, json });
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    if (!parser.isSet(from) || !parser.isSet(to)) {
        err << tr("Name both --from and --to.") << Qt::endl;
        return UsageError;
    }
    if (DatabaseSettings::fromArgument(parser.value(from)).displayName()
        == DatabaseSettings::fromArgument(parser.value(to)).displayName()) {
        err << tr("Source and target are the same database.") << Qt::endl;
        return UsageError;
    }

    std::unique_ptr<Database> source = openDatabaseAt(parser.value(from), true, err);
    if (!source)
        return Failure;
    std::unique_ptr<Database> target = openDatabaseAt(parser.value(to), true, err);
    if (!target)
        return Failure;
    const bool quiet = parser.isSet(json);
    const DatabaseCopy::Result result =
        DatabaseCopy(*source, *target).run([&](const QString &table, qint64 rows) {
            if (!quiet)
                out << tr("%1: %2 rows").arg(table).arg(rows) << Qt::endl;
        });
    if (!result.ok) {
        err << result.error << Qt::endl << tr("Nothing was copied.") << Qt::endl;
        return Failure;
    }
    const DatabaseChecker::Report sourceCheck = DatabaseChecker(*source).run();
    const DatabaseChecker::Report targetCheck = DatabaseChecker(*target).run();
    if (quiet) {
        QJsonObject object;
        object.insert(QStringLiteral("ok"), sourceCheck.ok() && targetCheck.ok());
        object.insert(QStringLiteral("source"), source->settings().displayName());
        object.insert(QStringLiteral("target"), target->settings().displayName());
        object.insert(QStringLiteral("rows_copied"), result.rowsCopied);
        QJsonObject tables;
        for (const DatabaseCopy::TableCount &count : result.counts)
            tables.insert(count.table, count.target);
        object.insert(QStringLiteral("tables"), tables);
        object.insert(QStringLiteral("source_problems"), QJsonArray::fromStringList(sourceCheck.problems));
        object.insert(QStringLiteral("target_problems"), QJsonArray::fromStringList(targetCheck.problems));
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        out << tr("Copied %1 rows from %2 to %3; every table has the same count on both sides.")
                   .arg(result.rowsCopied)
                   .arg(source->settings().displayName(), target->settings().displayName())
            << Qt::endl;
        for (const QString &problem : sourceCheck.problems)
            err << tr("source: %1").arg(problem) << Qt::endl;
        for (const QString &problem : targetCheck.problems)
            err << tr("target: %1").arg(problem) << Qt::endl;
    }
    return sourceCheck.ok() && targetCheck.ok() ? Success : Failure;
}
