#include "ratescommand.h"

#include "billing/billingcsvwriter.h"
#include "billing/billingratecsv.h"
#include "billing/billingraterepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString RatesCommand::summary() const
{
    return tr("Billing rates: `rates list`, `rates export FILE`, `rates import FILE [--dry-run]` (CSV with "
              "the "
              "columns %1).")
        .arg(BillingRateCsv::columns().join(QStringLiteral(";")));
}

int RatesCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, export or import"),
                                 QStringLiteral("ACTION"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("export, import: the CSV file"),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("import: check and count, change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({ dryRun, json });
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!((action == QLatin1String("list") && positional.size() == 1)
          || ((action == QLatin1String("export") || action == QLatin1String("import"))
              && positional.size() == 2))) {
        err << tr("Usage: bestand rates list | export FILE | import FILE [--dry-run]") << Qt::endl;
        return UsageError;
    }
    std::unique_ptr<Database> database = openDatabase(parser, action != QLatin1String("list"), err);
    if (!database)
        return Failure;
    QString error;
    if (action == QLatin1String("export")) {
        if (!BillingRateCsv::exportTo(*database, positional.at(1), &error)) {
            err << error << Qt::endl;
            return Failure;
        }
        out << tr("Rates written to %1.").arg(positional.at(1)) << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("import")) {
        const BillingRateCsv::ImportResult result =
            BillingRateCsv::importFrom(*database, positional.at(1), {}, parser.isSet(dryRun));
        if (!result.ok) {
            err << result.error << Qt::endl << tr("Nothing was changed.") << Qt::endl;
            return Failure;
        }
        if (parser.isSet(json)) {
            QJsonArray rejected;
            for (const BillingRateCsv::Rejected &row : result.rejected)
                rejected.append(QJsonObject { { QStringLiteral("line"), row.line },
                                              { QStringLiteral("column"), row.column },
                                              { QStringLiteral("reason"), row.reason } });
            out << QJsonDocument(QJsonObject { { QStringLiteral("rows"), result.rows },
                                               { QStringLiteral("created"), result.created },
                                               { QStringLiteral("updated"), result.updated },
                                               { QStringLiteral("unchanged"), result.unchanged },
                                               { QStringLiteral("rejected"), rejected },
                                               { QStringLiteral("dry_run"), parser.isSet(dryRun) } })
                       .toJson(QJsonDocument::Indented);
        } else {
            out << tr("%1 rows: %2 created, %3 updated, %4 unchanged, %5 rejected%6.")
                       .arg(result.rows)
                       .arg(result.created)
                       .arg(result.updated)
                       .arg(result.unchanged)
                       .arg(result.rejected.size())
                       .arg(parser.isSet(dryRun) ? tr(" (dry run: nothing was changed)") : QString())
                << Qt::endl;
            for (const BillingRateCsv::Rejected &row : result.rejected)
                out << tr("line %1, %2: %3").arg(row.line).arg(row.column, row.reason) << Qt::endl;
        }
        return result.rejected.isEmpty() ? Success : Failure;
    }
    const std::optional<QList<BillingRate>> rates = BillingRateRepository(*database, {}).all(&error);
    if (!rates) {
        err << error << Qt::endl;
        return Failure;
    }
    QJsonArray list;
    for (const BillingRate &rate : *rates) {
        const QString &subject = rate.subjectName;
        const QString &authority = rate.authorityCode;
        if (parser.isSet(json)) {
            list.append(QJsonObject {
                { QStringLiteral("id"), rate.id },
                { QStringLiteral("kind"),
                  rate.categoryId ? QStringLiteral("device") : QStringLiteral("licence") },
                { QStringLiteral("subject"), subject },
                { QStringLiteral("authority"),
                  authority.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(authority) },
                { QStringLiteral("valid_from"), rate.validFrom.toString(Qt::ISODate) },
                { QStringLiteral("monthly_cents"), rate.monthlyCents },
            });
        } else {
            out << QStringLiteral("%1  %2  %3  %4 EUR")
                       .arg(subject.left(30).leftJustified(30), authority.leftJustified(5),
                            rate.validFrom.toString(Qt::ISODate),
                            BillingCsvWriter::euros(rate.monthlyCents).rightJustified(10))
                << Qt::endl;
        }
    }
    if (parser.isSet(json))
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return Success;
}
