#include "reportcommand.h"

#include "billing/billingcsvwriter.h"
#include "billing/bookvaluecalculator.h"
#include "billing/replacementplanner.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonArray groupsJson(const QList<BookValueCalculator::Group> &groups)
{
    QJsonArray array;
    for (const BookValueCalculator::Group &group : groups) {
        array.append(QJsonObject {
            { QStringLiteral("authority"), group.authorityCode },
            { QStringLiteral("category"), group.category },
            { QStringLiteral("count"), group.count },
            { QStringLiteral("acquisition_cents"), group.acquisitionCents },
            { QStringLiteral("depreciation_cents"), group.depreciationCents },
            { QStringLiteral("book_value_cents"), group.bookCents },
        });
    }
    return array;
}
} // namespace

QString ReportCommand::summary() const
{
    return tr(
        "Management figures: `report book-values [--date D]` prints book values per authority and "
        "category, low-value assets apart; `report replacements --period P` what reaches the end of its "
        "useful life or warranty.");
}

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("report"), tr("The report: book-values or replacements."),
                                 QStringLiteral("REPORT"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("replacements: the period (2027, 2027-Q1, 2027-03 or FIRST..LAST)."),
                                    QStringLiteral("PERIOD"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The reporting date (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption authority(QStringLiteral("authority"), tr("Only the authority CODE."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({ date, period, authority, json });
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const bool replacements = positional == QStringList { QStringLiteral("replacements") };
    if (positional != QStringList { QStringLiteral("book-values") }
        && !(replacements && parser.isSet(period))) {
        err << tr("Usage: bestand report book-values [--date YYYY-MM-DD] [--authority CODE] [--json]\n"
                  "       bestand report replacements --period PERIOD [--authority CODE] [--json]")
            << Qt::endl;
        return UsageError;
    }
    const std::optional<QDate> reportDate = dateOption(parser, date, QDate::currentDate(), err);
    if (!reportDate)
        return UsageError;
    // A report must not change what it reports on: no migration here.
    std::unique_ptr<Database> database = openDatabase(parser, false, err);
    if (!database)
        return Failure;
    const std::optional<qint64> authorityId = authorityOption(*database, parser, authority, err);
    if (!authorityId)
        return UsageError;
    QString error;
    if (replacements) {
        const std::optional<BillingPeriod> planned = BillingPeriod::parse(parser.value(period), &error);
        const std::optional<QList<ReplacementPlanner::Group>> groups =
            planned ? ReplacementPlanner(*database).run(*planned, *authorityId, &error) : std::nullopt;
        if (!groups) {
            err << error << Qt::endl;
            return planned ? Failure : UsageError;
        }
        printReplacements(*planned, *groups, parser.isSet(json), out);
        return Success;
    }
    const std::optional<BookValueCalculator::Report> report =
        BookValueCalculator(*database).run(*reportDate, *authorityId, &error);
    if (!report) {
        err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json)) {
        out << QJsonDocument(
                   QJsonObject {
                       { QStringLiteral("date"), reportDate->toString(Qt::ISODate) },
                       { QStringLiteral("low_value_threshold_cents"), report->lowValueThresholdCents },
                       { QStringLiteral("depreciated"), groupsJson(report->depreciated) },
                       { QStringLiteral("low_value"), groupsJson(report->lowValue) },
                       { QStringLiteral("without_value"), report->withoutValue },
                       { QStringLiteral("acquisition_cents"), report->acquisitionCents },
                       { QStringLiteral("book_value_cents"), report->bookCents },
                   })
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    out << tr("Book values at %1 (linear by month, the month of purchase in full; low-value assets up to %2 "
              "EUR "
              "written off at purchase)")
               .arg(reportDate->toString(Qt::ISODate),
                    BillingCsvWriter::euros(report->lowValueThresholdCents))
        << Qt::endl;
    const auto print = [&out](const QList<BookValueCalculator::Group> &groups) {
        for (const BookValueCalculator::Group &group : groups) {
            out << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                       .arg(group.authorityCode.leftJustified(5), group.category.left(24).leftJustified(24),
                            QString::number(group.count).rightJustified(8),
                            BillingCsvWriter::euros(group.acquisitionCents).rightJustified(14),
                            BillingCsvWriter::euros(group.depreciationCents).rightJustified(14),
                            BillingCsvWriter::euros(group.bookCents).rightJustified(14))
                << Qt::endl;
        }
    };
    out << tr("Depreciated: authority, category, count, acquisition, written off, book value (EUR)")
        << Qt::endl;
    print(report->depreciated);
    out << tr("Low-value assets:") << Qt::endl;
    print(report->lowValue);
    out << tr("Book value %1 EUR of %2 EUR acquired; %3 devices without a price or purchase date.")
               .arg(BillingCsvWriter::euros(report->bookCents),
                    BillingCsvWriter::euros(report->acquisitionCents))
               .arg(report->withoutValue)
        << Qt::endl;
    return Success;
}

void ReportCommand::printReplacements(const BillingPeriod &period,
                                      const QList<ReplacementPlanner::Group> &groups, bool json,
                                      QTextStream &out)
{
    if (json) {
        QJsonArray array;
        for (const ReplacementPlanner::Group &group : groups) {
            array.append(QJsonObject {
                { QStringLiteral("authority"), group.authorityCode },
                { QStringLiteral("category"), group.category },
                { QStringLiteral("count"), group.count },
                { QStringLiteral("end_of_useful_life"), group.endOfLife },
                { QStringLiteral("end_of_warranty"), group.endOfWarranty },
                { QStringLiteral("original_cents"), group.originalCents },
            });
        }
        out << QJsonDocument(QJsonObject { { QStringLiteral("period"), period.code() },
                                           { QStringLiteral("groups"), array } })
                   .toJson(QJsonDocument::Indented);
        return;
    }
    out << tr("To replace in %1: authority, category, devices, of which useful life ends, warranty ends, "
              "original value (EUR)")
               .arg(period.code())
        << Qt::endl;
    for (const ReplacementPlanner::Group &group : groups) {
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                   .arg(group.authorityCode.leftJustified(5), group.category.left(24).leftJustified(24),
                        QString::number(group.count).rightJustified(8),
                        QString::number(group.endOfLife).rightJustified(8),
                        QString::number(group.endOfWarranty).rightJustified(8),
                        BillingCsvWriter::euros(group.originalCents).rightJustified(14))
            << Qt::endl;
    }
}
