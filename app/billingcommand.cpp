#include "billingcommand.h"

#include "billing/billingcalculator.h"
#include "billing/billingcsvwriter.h"
#include "billing/billingrunner.h"
#include "billing/billingrunstore.h"
#include "billing/billingstatementpdfwriter.h"
#include "storage/database.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonValue rateValue(const std::optional<qint64> &rate)
{
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString BillingCommand::summary() const
{
    return tr("Leistungsverrechnung: `billing --period 2026-Q3` bills each authority for its devices and "
              "licence seats, as a statement (PDF) and a CSV for the finance system.");
}

bool BillingCommand::needsGuiApplication(const QStringList &arguments) const
{
    return hasOption(arguments, QStringLiteral("pdf"));
}

int BillingCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("The period: a quarter (2026-Q3), a month (2026-09), a year (2026) or "
                                       "FIRST..LAST (2026-07-01..2026-08-15)."),
                                    QStringLiteral("PERIOD"));
    const QCommandLineOption authority(QStringLiteral("authority"), tr("Only the authority CODE."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Write the billing as CSV for the finance system to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write the statements as PDF to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption lines(QStringLiteral("lines"),
                                   tr("A line per item in the CSV and the PDF, not only the totals."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    const QCommandLineOption close(
        QStringLiteral("close"), tr("Close the period: the run becomes final and cannot change afterwards."));
    parser.addOptions({ period, authority, csv, pdf, lines, json, close });
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    if (!parser.isSet(period)) {
        err << tr(
            "Usage: bestand billing --period PERIOD [--authority CODE] [--csv FILE] [--pdf FILE] [--lines] "
            "[--json] [--close]")
            << Qt::endl;
        return UsageError;
    }
    QString error;
    const std::optional<BillingPeriod> billed = BillingPeriod::parse(parser.value(period), &error);
    if (!billed) {
        err << error << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(pdf) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << tr("Writing a PDF needs the Qt GUI libraries.") << Qt::endl;
        return Failure;
    }
    std::unique_ptr<Database> database = openDatabase(parser, true, err);
    if (!database)
        return Failure;
    const std::optional<qint64> chosenAuthority = authorityOption(*database, parser, authority, err);
    if (!chosenAuthority)
        return UsageError;
    const qint64 authorityId = *chosenAuthority;

    // Lines go to the CSV as they come, and are kept per authority only for a PDF.
    const bool wantLines = parser.isSet(lines);
    std::unique_ptr<BillingCsvWriter> csvWriter;
    if (parser.isSet(csv)) {
        csvWriter = std::make_unique<BillingCsvWriter>(
            parser.value(csv), wantLines ? BillingCsvWriter::Rows::Lines : BillingCsvWriter::Rows::Totals);
        if (!csvWriter->open(&error)) {
            err << error << Qt::endl;
            return Failure;
        }
    }
    QHash<qint64, QList<BillingLine>> linesByAuthority;
    const bool pdfLines = wantLines && parser.isSet(pdf);
    BillingCalculator::LineSink sink;
    if (csvWriter || pdfLines) {
        sink = [&](const BillingLine &line) {
            if (csvWriter)
                csvWriter->writeLine(line, *billed);
            if (pdfLines)
                linesByAuthority[line.authorityId].append(line);
        };
    }
    // The CSV is written in place only when it is finished: a refused run leaves no file.
    const std::optional<BillingRunner::Outcome> outcome =
        BillingRunner(*database, {}).run(*billed, authorityId, parser.isSet(close), sink, &error);
    if (!outcome) {
        err << error << Qt::endl;
        return Failure;
    }
    const BillingResult &result = outcome->result;
    const StoredBillingRun &run = outcome->run;
    const QList<BillingTotalChange> &changes = outcome->changes;
    if (csvWriter && !csvWriter->finish(result, &error)) {
        err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(pdf)
        && !BillingStatementPdfWriter::write(result, run, linesByAuthority, parser.value(pdf), &error)) {
        err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json))
        printJson(result, run, changes, out);
    else
        printText(result, run, changes, outcome->replacedOpenRun, out);
    return Success;
}

void BillingCommand::printJson(const BillingResult &result, const StoredBillingRun &run,
                               const QList<BillingTotalChange> &changes, QTextStream &out)
{
    QJsonArray authorities;
    for (const qint64 id : result.billedAuthorities()) {
        QJsonArray totals;
        for (const BillingTotal &total : result.totals) {
            if (total.authorityId != id)
                continue;
            totals.append(QJsonObject {
                { QStringLiteral("kind"), BillingResult::kindCode(total.kind) },
                { QStringLiteral("subject"), total.subject },
                { QStringLiteral("rate_cents"), rateValue(total.rateCents) },
                { QStringLiteral("lines"), total.lineCount },
                { QStringLiteral("unit_days"), total.unitDays },
                { QStringLiteral("amount_cents"), total.amountCents },
            });
        }
        const BillingAuthority authority = result.authorities.value(id);
        authorities.append(QJsonObject {
            { QStringLiteral("code"), authority.code },
            { QStringLiteral("name"), authority.name },
            { QStringLiteral("total_cents"), result.totalCentsOf(id) },
            { QStringLiteral("totals"), totals },
        });
    }
    QJsonArray changed;
    for (const BillingTotalChange &change : changes) {
        const BillingTotal &key = change.after.lineCount ? change.after : change.before;
        changed.append(QJsonObject {
            { QStringLiteral("authority"), result.authorities.value(key.authorityId).code },
            { QStringLiteral("kind"), BillingResult::kindCode(key.kind) },
            { QStringLiteral("subject"), key.subject },
            { QStringLiteral("rate_cents"), rateValue(key.rateCents) },
            { QStringLiteral("before_cents"), change.before.amountCents },
            { QStringLiteral("after_cents"), change.after.amountCents },
        });
    }
    const QJsonObject object {
        { QStringLiteral("period"), result.period.code() },
        { QStringLiteral("first_day"), result.period.first.toString(Qt::ISODate) },
        { QStringLiteral("last_day"), result.period.last.toString(Qt::ISODate) },
        { QStringLiteral("authority"),
          result.authorityId ? QJsonValue(result.authorities.value(result.authorityId).code)
                             : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("run_id"), run.id },
        { QStringLiteral("status"), run.closed ? QStringLiteral("closed") : QStringLiteral("open") },
        { QStringLiteral("run_by"), run.runBy },
        { QStringLiteral("run_at"), run.runAt },
        { QStringLiteral("closed_by"), run.closedBy },
        { QStringLiteral("closed_at"), run.closedAt },
        { QStringLiteral("total_cents"), result.totalCents },
        { QStringLiteral("lines"), result.lineCount },
        { QStringLiteral("unrated_lines"), result.unratedLines },
        { QStringLiteral("authorities"), authorities },
        { QStringLiteral("changes"), changed },
    };
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void BillingCommand::printText(const BillingResult &result, const StoredBillingRun &run,
                               const QList<BillingTotalChange> &changes, bool hadEarlierRun, QTextStream &out)
{
    out << tr("Billing %1 (%2 to %3), run %4 by %5: %6")
               .arg(result.period.code(), result.period.first.toString(Qt::ISODate),
                    result.period.last.toString(Qt::ISODate))
               .arg(run.id)
               .arg(run.runBy, run.closed ? tr("closed by %1").arg(run.closedBy) : tr("open"))
        << Qt::endl;
    for (const qint64 id : result.billedAuthorities()) {
        const BillingAuthority authority = result.authorities.value(id);
        out << Qt::endl
            << QStringLiteral("%1  %2  %3 EUR")
                   .arg(authority.code.leftJustified(5), authority.name.leftJustified(40),
                        BillingCsvWriter::euros(result.totalCentsOf(id)).rightJustified(12))
            << Qt::endl;
        for (const BillingTotal &total : result.totals) {
            if (total.authorityId != id)
                continue;
            out << QStringLiteral("    %1 %2 %3 %4 %5 %6")
                       .arg(BillingResult::kindCode(total.kind).leftJustified(8),
                            total.subject.left(28).leftJustified(28),
                            (total.rateCents ? BillingCsvWriter::euros(*total.rateCents) : tr("no rate"))
                                .rightJustified(9),
                            tr("%n item(s)", nullptr, int(total.lineCount)).rightJustified(10),
                            tr("%1 days").arg(total.unitDays).rightJustified(11),
                            BillingCsvWriter::euros(total.amountCents).rightJustified(12))
                << Qt::endl;
        }
    }
    out << Qt::endl
        << tr("Total %1 EUR in %2 lines.")
               .arg(BillingCsvWriter::euros(result.totalCents))
               .arg(result.lineCount)
        << Qt::endl;
    if (result.unratedLines > 0)
        out << tr("%1 lines have no rate for their subject and days; they are listed with 0,00 EUR.")
                   .arg(result.unratedLines)
            << Qt::endl;
    if (hadEarlierRun) {
        if (changes.isEmpty())
            out << tr("No change since the run kept before.") << Qt::endl;
        for (const BillingTotalChange &change : changes) {
            const BillingTotal &key = change.after.lineCount ? change.after : change.before;
            out << tr("Changed: %1 %2 %3: %4 → %5 EUR")
                       .arg(result.authorities.value(key.authorityId).code, key.subject,
                            key.rateCents ? BillingCsvWriter::euros(*key.rateCents) : tr("no rate"),
                            BillingCsvWriter::euros(change.before.amountCents),
                            BillingCsvWriter::euros(change.after.amountCents))
                << Qt::endl;
        }
    }
}
