#include "reportcommand.h"

#include "billing/billingcsvwriter.h"
#include "billing/bookvaluecalculator.h"
#include "billing/replacementplanner.h"
#include "overview/overviewjson.h"
#include "overview/overviewquery.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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
        "useful life or warranty; `report overview` the dashboard's figures.");
}

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("report"),
                                 tr("The report: overview, book-values or replacements."),
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
    const bool overview = positional == QStringList { QStringLiteral("overview") };
    if (positional != QStringList { QStringLiteral("book-values") } && !(replacements && parser.isSet(period))
        && !(overview && !parser.isSet(authority))) {
        err << tr("Usage: bestand report overview [--date YYYY-MM-DD] [--json]\n"
                  "       bestand report book-values [--date YYYY-MM-DD] [--authority CODE] [--json]\n"
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
    if (overview) {
        const std::optional<OverviewFigures> figures = OverviewQuery(*database).run(*reportDate, &error);
        if (!figures) {
            err << error << Qt::endl;
            return Failure;
        }
        if (parser.isSet(json))
            out << QJsonDocument(OverviewJson::toJson(*figures)).toJson(QJsonDocument::Indented);
        else
            printOverview(*figures, out);
        return Success;
    }
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

void ReportCommand::printOverview(const OverviewFigures &figures, QTextStream &out)
{
    const QLocale locale;
    out << tr("Overview at %1: %2 assets, %3 of them in the inventory (not retired)")
               .arg(figures.date.toString(Qt::ISODate), locale.toString(figures.totalAssets),
                    locale.toString(figures.inInventory))
        << Qt::endl;
    out << tr("Devices per owner:") << Qt::endl;
    for (const OverviewFigures::AuthorityDevices &authority : figures.authorities)
        out << QStringLiteral("  %1 %2").arg(authority.code.leftJustified(8),
                                             locale.toString(authority.count).rightJustified(12))
            << Qt::endl;
    out << tr("Status:") << Qt::endl;
    for (const OverviewFigures::StatusCount &status : figures.statuses)
        out << QStringLiteral("  %1 %2").arg(AssetStatusText::displayName(status.status).leftJustified(16),
                                             locale.toString(status.count).rightJustified(12))
            << Qt::endl;
    out << tr("Age (from the purchase date):") << Qt::endl;
    for (const OverviewFigures::AgeCount &age : figures.ages)
        out << QStringLiteral("  %1 %2").arg(OverviewQuery::ageBandName(age.band).leftJustified(24),
                                             locale.toString(age.count).rightJustified(12))
            << Qt::endl;
    out << tr("Licences: %1, %2 compliant, %3 over-deployed, %4 expired but in use, %5 ending soon")
               .arg(figures.licences)
               .arg(figures.licencesCompliant)
               .arg(figures.overDeployed.size())
               .arg(figures.licencesExpiredInUse)
               .arg(figures.licencesEndingSoon)
        << Qt::endl;
    for (const OverviewFigures::LicenceProblem &licence : figures.overDeployed)
        out << tr("  %1: %2 seats over").arg(licence.product).arg(licence.overDeployed) << Qt::endl;
    out << tr("Audits: %1 assets due for counting, %2 audits overdue, %3 due within %4 days")
               .arg(locale.toString(figures.assetsDueForCount))
               .arg(figures.auditsOverdue.size())
               .arg(figures.auditsDueSoon.size())
               .arg(OverviewFigures::dueSoonDays)
        << Qt::endl;
    out << tr("Last imports:") << Qt::endl;
    for (const OverviewFigures::ImportSummary &batch : figures.lastImports)
        out << tr("  #%1 %2 %3 (%4): %5 created, %6 updated, %7 unchanged, %8 rejected")
                   .arg(batch.batchId)
                   .arg(batch.startedAt.left(10), batch.fileName, batch.status)
                   .arg(batch.created)
                   .arg(batch.updated)
                   .arg(batch.unchanged)
                   .arg(batch.rejected)
            << Qt::endl;
}
