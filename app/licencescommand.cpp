#include "licencescommand.h"

#include "licences/compliancecalculator.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString money(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString cell(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

QString number(int value, int width)
{
    return QString::number(value).rightJustified(width);
}
} // namespace

QString LicencesCommand::summary() const
{
    return tr("Software licences: `licences compliance` prints owned, allocated, assigned, free and "
              "over-deployed seats per licence and authority.");
}

int LicencesCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("compliance"), tr("The report to print (only: compliance)."));
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       tr("Only licences the authority CODE holds or uses, and its totals."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption date(
        QStringLiteral("date"), tr("Judge expiry and the 90-day warning window as of DATE (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOption(authority);
    parser.addOption(date);
    parser.addOption(json);
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode)) {
        if (exitCode == Success)
            out << Qt::endl << ComplianceCalculator::rulesText() << Qt::endl;
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList { QStringLiteral("compliance") }) {
        err << tr("Usage: bestand licences [--db PATH] compliance [--authority CODE] [--json]") << Qt::endl;
        return UsageError;
    }
    const std::optional<QDate> referenceDate = dateOption(parser, date, QDate::currentDate(), err);
    if (!referenceDate)
        return UsageError;

    // A report must not change what it reports on: no migration here.
    std::unique_ptr<Database> database = openDatabase(parser, false, err);
    if (!database)
        return Failure;
    ComplianceCalculator calculator(*database);
    calculator.setReferenceDate(*referenceDate);
    const std::optional<qint64> authorityId = authorityOption(*database, parser, authority, err);
    if (!authorityId)
        return UsageError;
    if (*authorityId)
        calculator.setAuthorityFilter(*authorityId);
    QString error;
    const std::optional<ComplianceReport> report = calculator.calculate(&error);
    if (!report) {
        err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json))
        printJson(*report, out);
    else
        printTable(*report, out);
    return Success;
}

void LicencesCommand::printJson(const ComplianceReport &report, QTextStream &out)
{
    QJsonArray licences;
    for (const LicenceCompliance &licence : report.licences) {
        QJsonArray shares;
        for (const AuthorityShare &share : licence.shares) {
            shares.append(QJsonObject {
                { QStringLiteral("code"), share.code },
                { QStringLiteral("allocated"), share.allocated },
                { QStringLiteral("assigned"), share.assigned },
                { QStringLiteral("free"), share.free },
                { QStringLiteral("over_deployed"), share.overDeployed },
                { QStringLiteral("reclaimable"), share.reclaimable },
                { QStringLiteral("yearly_cost_cents"), share.yearlyCostCents },
            });
        }
        licences.append(QJsonObject {
            { QStringLiteral("id"), licence.licenceId },
            { QStringLiteral("product"), licence.product },
            { QStringLiteral("vendor"), licence.vendor },
            { QStringLiteral("edition"), licence.edition },
            { QStringLiteral("type"), LicenceTypeText::code(licence.type) },
            { QStringLiteral("metric"), LicenceMetricText::code(licence.metric) },
            { QStringLiteral("owner"), licence.ownerCode },
            { QStringLiteral("owned"), licence.owned },
            { QStringLiteral("allocated"), licence.allocated },
            { QStringLiteral("serves_owner"), licence.servesOwner },
            { QStringLiteral("assigned"), licence.assigned },
            { QStringLiteral("free"), licence.free },
            { QStringLiteral("over_deployed"), licence.overDeployed },
            { QStringLiteral("over_allocated"), licence.overAllocated },
            { QStringLiteral("reclaimable"), licence.reclaimable },
            { QStringLiteral("unlimited"), licence.unlimited },
            { QStringLiteral("valid_until"), dateValue(licence.validUntil) },
            { QStringLiteral("maintenance_end"), dateValue(licence.maintenanceEnd) },
            { QStringLiteral("expired"), licence.expired },
            { QStringLiteral("expired_still_assigned"), licence.expiredStillAssigned() },
            { QStringLiteral("ends_soon"), licence.endsSoon },
            { QStringLiteral("maintenance_ends_soon"), licence.maintenanceEndsSoon },
            { QStringLiteral("yearly_cost_cents"), licence.yearlyCostCents },
            { QStringLiteral("authorities"), shares },
        });
    }
    QJsonArray authorities;
    for (const AuthorityTotals &totals : report.authorities) {
        authorities.append(QJsonObject {
            { QStringLiteral("code"), totals.code },
            { QStringLiteral("name"), totals.name },
            { QStringLiteral("seats_allocated"), totals.seatsAllocated },
            { QStringLiteral("seats_assigned"), totals.seatsAssigned },
            { QStringLiteral("over_deployed"), totals.overDeployed },
            { QStringLiteral("reclaimable"), totals.reclaimable },
            { QStringLiteral("yearly_cost_cents"), totals.yearlyCostCents },
        });
    }
    const QJsonObject object {
        { QStringLiteral("reference_date"), report.referenceDate.toString(Qt::ISODate) },
        { QStringLiteral("warning_days"), report.warningDays },
        { QStringLiteral("licences"), licences },
        { QStringLiteral("authorities"), authorities },
    };
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void LicencesCommand::printTable(const ComplianceReport &report, QTextStream &out)
{
    out << tr("Licence compliance as of %1").arg(report.referenceDate.toString(Qt::ISODate)) << Qt::endl
        << Qt::endl;
    out << cell(tr("Product"), 32) << QLatin1Char(' ') << cell(tr("Owner"), 6) << QLatin1Char(' ')
        << cell(tr("Owned"), 7) << cell(tr("Alloc."), 7) << cell(tr("Used"), 7) << cell(tr("Free"), 7)
        << cell(tr("Over"), 7) << cell(tr("Reclaim"), 8) << tr("Remarks") << Qt::endl;
    QStringList endingSoon;
    QStringList expiredInUse;
    for (const LicenceCompliance &licence : report.licences) {
        QStringList remarks;
        if (licence.unlimited)
            remarks << tr("site licence");
        if (licence.servesOwner)
            remarks << tr("unallocated, serves owner");
        if (licence.overAllocated > 0)
            remarks << tr("%1 seats allocated beyond those owned").arg(licence.overAllocated);
        if (licence.expiredStillAssigned()) {
            remarks << tr("expired %1, still assigned").arg(licence.validUntil.toString(Qt::ISODate));
            expiredInUse << licence.product;
        }
        if (licence.endsSoon || licence.maintenanceEndsSoon) {
            const QDate end = licence.endsSoon ? licence.validUntil : licence.maintenanceEnd;
            remarks << (licence.endsSoon ? tr("ends %1") : tr("maintenance ends %1"))
                           .arg(end.toString(Qt::ISODate));
            endingSoon << licence.product;
        }
        out << cell(licence.product, 32) << QLatin1Char(' ') << cell(licence.ownerCode, 6) << QLatin1Char(' ')
            << number(licence.owned, 6) << QLatin1Char(' ') << number(licence.allocated, 6)
            << QLatin1Char(' ') << number(licence.assigned, 6) << QLatin1Char(' ') << number(licence.free, 6)
            << QLatin1Char(' ') << number(licence.overDeployed, 6) << QLatin1Char(' ')
            << number(licence.reclaimable, 7) << QLatin1Char(' ') << remarks.join(QStringLiteral("; "))
            << Qt::endl;
        for (const AuthorityShare &share : licence.shares) {
            out << cell(QStringLiteral("  ") + tr("used by %1").arg(share.code), 40) << QLatin1Char(' ')
                << number(share.allocated, 6) << QLatin1Char(' ') << number(share.assigned, 6)
                << QLatin1Char(' ') << number(share.free, 6) << QLatin1Char(' ')
                << number(share.overDeployed, 6) << QLatin1Char(' ') << number(share.reclaimable, 7)
                << (share.overDeployed > 0 ? QStringLiteral(" ") + tr("OVER-DEPLOYED") : QString())
                << Qt::endl;
        }
    }
    out << Qt::endl << tr("Totals per authority") << Qt::endl;
    out << cell(tr("Authority"), 10) << cell(tr("Allocated"), 11) << cell(tr("Assigned"), 11)
        << cell(tr("Over"), 8) << cell(tr("Reclaim"), 9) << tr("Yearly cost") << Qt::endl;
    for (const AuthorityTotals &totals : report.authorities) {
        out << cell(totals.code, 10) << number(totals.seatsAllocated, 9) << QStringLiteral("  ")
            << number(totals.seatsAssigned, 9) << QStringLiteral("  ") << number(totals.overDeployed, 6)
            << QStringLiteral("  ") << number(totals.reclaimable, 7) << QStringLiteral("  ")
            << money(totals.yearlyCostCents).rightJustified(12) << Qt::endl;
    }
    out << Qt::endl
        << tr("%n licence(s) ending within %1 days", nullptr, int(endingSoon.size())).arg(report.warningDays)
        << Qt::endl;
    out << tr("%n expired licence(s) still assigned", nullptr, int(expiredInUse.size())) << Qt::endl;
}
