#include "overview/overviewjson.h"

#include <QJsonArray>

namespace {
QString ageBandKey(OverviewFigures::AgeBand band)
{
    switch (band) {
    case OverviewFigures::UnderOneYear:
        return QStringLiteral("under_1");
    case OverviewFigures::OneToTwoYears:
        return QStringLiteral("1_to_2");
    case OverviewFigures::TwoToThreeYears:
        return QStringLiteral("2_to_3");
    case OverviewFigures::ThreeToFiveYears:
        return QStringLiteral("3_to_5");
    case OverviewFigures::FiveToEightYears:
        return QStringLiteral("5_to_8");
    case OverviewFigures::EightYearsAndMore:
        return QStringLiteral("8_and_more");
    case OverviewFigures::AgeUnknown:
    case OverviewFigures::AgeBandCount:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonArray auditsJson(const QList<OverviewFigures::AuditDue> &audits)
{
    QJsonArray array;
    for (const OverviewFigures::AuditDue &audit : audits) {
        array.append(QJsonObject { { QStringLiteral("id"), audit.auditId },
                                   { QStringLiteral("name"), audit.name },
                                   { QStringLiteral("due_date"), audit.dueDate.toString(Qt::ISODate) },
                                   { QStringLiteral("expected"), audit.expected },
                                   { QStringLiteral("found"), audit.found } });
    }
    return array;
}
} // namespace

QJsonObject OverviewJson::toJson(const OverviewFigures &figures)
{
    QJsonArray authorities;
    for (const OverviewFigures::AuthorityDevices &authority : figures.authorities) {
        QJsonObject categories;
        for (const OverviewFigures::CategoryCount &category : authority.categories)
            categories.insert(category.category, category.count);
        authorities.append(QJsonObject { { QStringLiteral("code"), authority.code },
                                         { QStringLiteral("name"), authority.name },
                                         { QStringLiteral("devices"), authority.count },
                                         { QStringLiteral("categories"), categories } });
    }
    QJsonObject statuses;
    for (const OverviewFigures::StatusCount &status : figures.statuses)
        statuses.insert(AssetStatusText::code(status.status), status.count);
    QJsonObject ages;
    for (const OverviewFigures::AgeCount &age : figures.ages)
        ages.insert(ageBandKey(age.band), age.count);
    QJsonArray overDeployed;
    for (const OverviewFigures::LicenceProblem &licence : figures.overDeployed) {
        overDeployed.append(QJsonObject { { QStringLiteral("id"), licence.licenceId },
                                          { QStringLiteral("product"), licence.product },
                                          { QStringLiteral("owned"), licence.owned },
                                          { QStringLiteral("assigned"), licence.assigned },
                                          { QStringLiteral("over_deployed"), licence.overDeployed } });
    }
    QJsonArray imports;
    for (const OverviewFigures::ImportSummary &batch : figures.lastImports) {
        imports.append(QJsonObject { { QStringLiteral("id"), batch.batchId },
                                     { QStringLiteral("kind"), batch.kind },
                                     { QStringLiteral("file"), batch.fileName },
                                     { QStringLiteral("started_at"), batch.startedAt },
                                     { QStringLiteral("started_by"), batch.startedBy },
                                     { QStringLiteral("status"), batch.status },
                                     { QStringLiteral("created"), batch.created },
                                     { QStringLiteral("updated"), batch.updated },
                                     { QStringLiteral("unchanged"), batch.unchanged },
                                     { QStringLiteral("rejected"), batch.rejected } });
    }
    return QJsonObject {
        { QStringLiteral("date"), figures.date.toString(Qt::ISODate) },
        { QStringLiteral("assets"), figures.totalAssets },
        { QStringLiteral("in_inventory"), figures.inInventory },
        { QStringLiteral("authorities"), authorities },
        { QStringLiteral("statuses"), statuses },
        { QStringLiteral("ages"), ages },
        { QStringLiteral("licences"),
          QJsonObject { { QStringLiteral("total"), figures.licences },
                        { QStringLiteral("compliant"), figures.licencesCompliant },
                        { QStringLiteral("expired_in_use"), figures.licencesExpiredInUse },
                        { QStringLiteral("ending_soon"), figures.licencesEndingSoon },
                        { QStringLiteral("over_deployed"), overDeployed } } },
        { QStringLiteral("audits"),
          QJsonObject { { QStringLiteral("assets_due"), figures.assetsDueForCount },
                        { QStringLiteral("overdue"), auditsJson(figures.auditsOverdue) },
                        { QStringLiteral("due_soon"), auditsJson(figures.auditsDueSoon) } } },
        { QStringLiteral("last_imports"), imports },
    };
}
