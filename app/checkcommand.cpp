#include "checkcommand.h"

#include "schema/databasechecker.h"
#include "search/assetsearchindex.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString CheckCommand::summary() const
{
    return tr("Verify the inventory database: integrity, foreign keys, schema version and the rules of the "
              "inventory. Exits 0 when all hold.");
}

int CheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOption(json);
    const QCommandLineOption rebuildSearch(
        QStringLiteral("rebuild-search-index"),
        tr("Write every asset's search entry anew, then check (when a check names the search index)."));
    parser.addOption(rebuildSearch);
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;

    // Checking must not change what it checks: no migration here.
    std::unique_ptr<Database> database = openDatabase(parser, false, err);
    if (!database)
        return Failure;
    if (parser.isSet(rebuildSearch) && !rebuildSearchIndex(*database, out, err))
        return Failure;
    const DatabaseChecker::Report report = DatabaseChecker(*database).run();

    if (parser.isSet(json)) {
        QJsonObject object;
        object.insert(QStringLiteral("ok"), report.ok());
        object.insert(QStringLiteral("database"), database->settings().displayName());
        object.insert(QStringLiteral("schema_version"), report.schemaVersion);
        object.insert(QStringLiteral("expected_schema_version"), report.expectedSchemaVersion);
        object.insert(QStringLiteral("checks"), QJsonArray::fromStringList(report.checksRun));
        object.insert(QStringLiteral("problems"), QJsonArray::fromStringList(report.problems));
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        out << tr("Database: %1").arg(database->settings().displayName()) << Qt::endl;
        out << tr("Schema version: %1").arg(report.schemaVersion) << Qt::endl;
        for (const QString &check : report.checksRun)
            out << tr("checked: %1").arg(check) << Qt::endl;
        if (report.ok()) {
            out << tr("All checks passed.") << Qt::endl;
        } else {
            err << tr("%n problem(s) found:", nullptr, int(report.problems.size())) << Qt::endl;
            for (const QString &problem : report.problems)
                err << QStringLiteral("  - ") << problem << Qt::endl;
        }
    }
    return report.ok() ? Success : Failure;
}

bool CheckCommand::rebuildSearchIndex(Database &database, QTextStream &out, QTextStream &err)
{
    // One transaction: searches of colleagues see the old index until it is whole.
    QString error;
    Sql::Transaction transaction(database.connection());
    AssetSearchIndex index(database);
    if (!transaction.isActive() || !index.rebuild(&error) || !transaction.commit(&error)) {
        err << tr("The search index could not be rebuilt: %1").arg(error) << Qt::endl;
        return false;
    }
    out << tr("Search index rebuilt.") << Qt::endl;
    return true;
}
