#include "overview/overviewquery.h"

#include "licences/compliancecalculator.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace {
// The upper age (in years) of each band but the last two: a device is in band i when
// it was bought after date − bandYears[i] years and not after date − bandYears[i − 1].
constexpr std::array<int, 5> bandYears { 1, 2, 3, 5, 8 };
} // namespace

OverviewQuery::OverviewQuery(Database &database)
    : m_database(database)
{ }

QString OverviewQuery::ageBandName(OverviewFigures::AgeBand band)
{
    switch (band) {
    case OverviewFigures::UnderOneYear:
        return tr("under 1 year");
    case OverviewFigures::OneToTwoYears:
        return tr("1–2 years");
    case OverviewFigures::TwoToThreeYears:
        return tr("2–3 years");
    case OverviewFigures::ThreeToFiveYears:
        return tr("3–5 years");
    case OverviewFigures::FiveToEightYears:
        return tr("5–8 years");
    case OverviewFigures::EightYearsAndMore:
        return tr("8 years and more");
    case OverviewFigures::AgeUnknown:
    case OverviewFigures::AgeBandCount:
        break;
    }
    return tr("purchase date unknown");
}

void OverviewQuery::ageBandDates(OverviewFigures::AgeBand band, const QDate &date, QDate *from, QDate *to)
{
    *from = QDate();
    *to = QDate();
    if (band >= OverviewFigures::AgeUnknown)
        return;
    const int index = int(band);
    if (index < int(bandYears.size()))
        *from = date.addYears(-bandYears.at(index)).addDays(1);
    if (index > 0)
        *to = date.addYears(-bandYears.at(index - 1));
}

std::optional<OverviewFigures> OverviewQuery::run(const QDate &date, QString *error)
{
    OverviewFigures figures;
    figures.date = date;
    if (!readDevices(&figures, error) || !readLicences(&figures, error) || !readAudits(&figures, error)
        || !readImports(&figures, error))
        return std::nullopt;
    return figures;
}

bool OverviewQuery::readDevices(OverviewFigures *figures, QString *error)
{
    QSqlDatabase &db = m_database.connection();
    QHash<qint64, OverviewFigures::AuthorityDevices> authorities;
    QHash<qint64, QString> categoryNames;
    {
        QSqlQuery query(db);
        if (!Sql::prepare(query, QStringLiteral("SELECT id, code, name FROM authority"), error)
            || !Sql::exec(query, error))
            return false;
        while (query.next()) {
            OverviewFigures::AuthorityDevices entry;
            entry.authorityId = query.value(0).toLongLong();
            entry.code = query.value(1).toString();
            entry.name = query.value(2).toString();
            authorities.insert(entry.authorityId, entry);
        }
        if (!Sql::prepare(query, QStringLiteral("SELECT id, name FROM category"), error)
            || !Sql::exec(query, error))
            return false;
        while (query.next())
            categoryNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    }

    // One pass over the asset_overview index (migration 14), grouped by its first
    // three columns so the groups stream in index order. The age bands are counted
    // as "bought after boundary i" and differenced below. A device is due for
    // counting by AuditDueQuery's rule, each category's cutoff a WHEN of its own.
    // Every boundary is bound as a date, so the SQL is the same on both engines.
    QList<QVariant> values;
    QString sums;
    for (const int years : bandYears) {
        sums += QStringLiteral(", SUM(CASE WHEN purchase_date > ? THEN 1 ELSE 0 END)");
        values.append(Sql::dateText(figures->date.addYears(-years)));
    }
    QString due = QStringLiteral("CASE WHEN last_audited IS NULL THEN 1");
    {
        QSqlQuery intervals(db);
        if (!Sql::prepare(intervals, QStringLiteral("SELECT id, audit_interval_months FROM category"), error)
            || !Sql::exec(intervals, error))
            return false;
        while (intervals.next()) {
            due += QStringLiteral(" WHEN category_id = ? AND last_audited < ? THEN 1");
            values.append(intervals.value(0).toLongLong());
            values.append(Sql::dateText(figures->date.addMonths(-intervals.value(1).toInt())));
        }
    }
    due += QStringLiteral(" ELSE 0 END");
    QSqlQuery query(db);
    if (!Sql::prepare(query,
                      QStringLiteral(
                          "SELECT owner_authority_id, category_id, status, COUNT(*), COUNT(purchase_date)%1, "
                          "SUM(%2) "
                          "FROM asset GROUP BY owner_authority_id, category_id, status")
                          .arg(sums, due),
                      error))
        return false;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!Sql::exec(query, error))
        return false;

    QHash<AssetStatus, qint64> statusCounts;
    std::array<qint64, OverviewFigures::AgeBandCount> ageCounts {};
    QHash<qint64, QHash<qint64, qint64>> perAuthorityCategory;
    const int bands = int(bandYears.size());
    while (query.next()) {
        const qint64 count = query.value(3).toLongLong();
        const AssetStatus status =
            AssetStatusText::fromCode(query.value(2).toString()).value_or(AssetStatus::InUse);
        figures->totalAssets += count;
        statusCounts[status] += count;
        if (status == AssetStatus::Retired)
            continue;
        figures->inInventory += count;
        const qint64 dated = query.value(4).toLongLong();
        qint64 newer = 0; // bought after the previous boundary
        for (int band = 0; band < bands; ++band) {
            const qint64 after = query.value(5 + band).toLongLong();
            ageCounts.at(std::size_t(band)) += after - newer;
            newer = after;
        }
        ageCounts.at(OverviewFigures::EightYearsAndMore) += dated - newer;
        ageCounts.at(OverviewFigures::AgeUnknown) += count - dated;
        figures->assetsDueForCount += query.value(5 + bands).toLongLong();
        perAuthorityCategory[query.value(0).toLongLong()][query.value(1).toLongLong()] += count;
    }

    for (const AssetStatus status : AssetStatusText::all())
        figures->statuses.append({ status, statusCounts.value(status) });
    for (int band = 0; band < OverviewFigures::AgeBandCount; ++band) {
        OverviewFigures::AgeCount age;
        age.band = OverviewFigures::AgeBand(band);
        ageBandDates(age.band, figures->date, &age.purchasedFrom, &age.purchasedTo);
        age.count = ageCounts.at(std::size_t(band));
        figures->ages.append(age);
    }
    for (auto authority = perAuthorityCategory.cbegin(); authority != perAuthorityCategory.cend();
         ++authority) {
        OverviewFigures::AuthorityDevices entry = authorities.value(authority.key());
        entry.authorityId = authority.key();
        for (auto category = authority->cbegin(); category != authority->cend(); ++category) {
            entry.categories.append(
                { category.key(), categoryNames.value(category.key()), category.value() });
            entry.count += category.value();
        }
        std::sort(entry.categories.begin(), entry.categories.end(),
                  [](const OverviewFigures::CategoryCount &a, const OverviewFigures::CategoryCount &b) {
                      return a.count != b.count ? a.count > b.count : a.category < b.category;
                  });
        figures->authorities.append(entry);
    }
    std::sort(figures->authorities.begin(), figures->authorities.end(),
              [](const OverviewFigures::AuthorityDevices &a, const OverviewFigures::AuthorityDevices &b) {
                  return a.code < b.code;
              });
    return true;
}

bool OverviewQuery::readLicences(OverviewFigures *figures, QString *error)
{
    ComplianceCalculator calculator(m_database);
    calculator.setReferenceDate(figures->date);
    const std::optional<ComplianceReport> report = calculator.calculate(error);
    if (!report)
        return false;
    figures->licences = int(report->licences.size());
    for (const LicenceCompliance &licence : report->licences) {
        int beyondAllotment = 0;
        for (const AuthorityShare &share : licence.shares)
            beyondAllotment += share.overDeployed;
        const int over = std::max(licence.overDeployed, beyondAllotment);
        if (over > 0)
            figures->overDeployed.append(
                { licence.licenceId, licence.product, licence.owned, licence.assigned, over });
        else
            ++figures->licencesCompliant;
        if (licence.expiredStillAssigned())
            ++figures->licencesExpiredInUse;
        else if (licence.endsSoon)
            ++figures->licencesEndingSoon;
    }
    std::stable_sort(figures->overDeployed.begin(), figures->overDeployed.end(),
                     [](const OverviewFigures::LicenceProblem &a, const OverviewFigures::LicenceProblem &b) {
                         return a.overDeployed > b.overDeployed;
                     });
    return true;
}

bool OverviewQuery::readAudits(OverviewFigures *figures, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT id, name, due_date, expected_count, found_count FROM audit "
                                     "WHERE status IN ('open', 'paused') AND due_date IS NOT NULL "
                                     "AND due_date <= ? ORDER BY due_date, id"),
                      error))
        return false;
    query.addBindValue(Sql::dateText(figures->date.addDays(OverviewFigures::dueSoonDays)));
    if (!Sql::exec(query, error))
        return false;
    while (query.next()) {
        const OverviewFigures::AuditDue audit { query.value(0).toLongLong(), query.value(1).toString(),
                                                Sql::toDate(query.value(2)), query.value(3).toLongLong(),
                                                query.value(4).toLongLong() };
        (audit.dueDate < figures->date ? figures->auditsOverdue : figures->auditsDueSoon).append(audit);
    }
    return true;
}

bool OverviewQuery::readImports(OverviewFigures *figures, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT id, kind, file_name, started_at, started_by, status, created, updated, "
                           "unchanged, rejected FROM import_batch ORDER BY id DESC LIMIT %1")
                .arg(OverviewFigures::lastImportCount),
            error)
        || !Sql::exec(query, error))
        return false;
    while (query.next()) {
        figures->lastImports.append({ query.value(0).toLongLong(), query.value(1).toString(),
                                      query.value(2).toString(), query.value(3).toString(),
                                      query.value(4).toString(), query.value(5).toString(),
                                      query.value(6).toLongLong(), query.value(7).toLongLong(),
                                      query.value(8).toLongLong(), query.value(9).toLongLong() });
    }
    return true;
}
