// bestand-licence-bench: generates N licences with M seat assignments (and the
// devices and people holding them) and measures the licence compliance report,
// the licence list and one assignment. Prints one JSON object (medians in ms).

#include "licences/compliancecalculator.h"
#include "licences/licencerepository.h"
#include "licences/licencetablemodel.h"
#include "schema/schemamigrator.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

namespace {

constexpr int Runs = 5;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : qRound(values.at(values.size() / 2) * 100.0) / 100.0;
}

// Wall-clock median; *cpuMs gets the median CPU time of this process, which a
// busy shared machine inflates much less than the wall clock.
double measure(const std::function<void()> &step, double *cpuMs = nullptr)
{
    QList<double> times;
    QList<double> cpuTimes;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        step();
        times.append(timer.nsecsElapsed() / 1e6);
        cpuTimes.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }
    if (cpuMs)
        *cpuMs = median(cpuTimes);
    return median(times);
}

// Test data written with SQL directly in one transaction: the repository's
// per-row history would only measure the generator, not the report.
bool generate(Database &database, int licences, qint64 assignments, QString *error)
{
    QSqlDatabase &db = database.connection();
    const qint64 assetCount = std::max<qint64>(1000, assignments / 10);
    const qint64 personCount = std::max<qint64>(100, assignments / 50);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Sql::Transaction transaction(db);
    QSqlQuery asset(db);
    QSqlQuery person(db);
    QSqlQuery licence(db);
    QSqlQuery allocation(db);
    QSqlQuery assignment(db);
    if (!Sql::prepare(
            asset,
            QStringLiteral("INSERT INTO asset (id, inventory_no, category_id, status, owner_authority_id, "
                           "created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?)"),
            error)
        || !Sql::prepare(person, QStringLiteral("INSERT INTO person (id, name) VALUES (?, ?)"), error)
        || !Sql::prepare(
            licence,
            QStringLiteral("INSERT INTO licence (id, product, vendor, licence_type, metric, quantity, "
                           "licence_key, valid_until, price_per_seat_cents, owner_authority_id, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            error)
        || !Sql::prepare(allocation,
                         QStringLiteral("INSERT INTO licence_allocation (licence_id, authority_id, seats) "
                                        "VALUES (?, ?, ?)"),
                         error)
        || !Sql::prepare(
            assignment,
            QStringLiteral("INSERT INTO licence_assignment (licence_id, using_authority_id, asset_id, "
                           "person_id, assigned_at) VALUES (?, ?, ?, ?, ?)"),
            error))
        return false;
    // Authorities 1..3 are SN, LUP, KSM (migration 1).
    for (qint64 i = 1; i <= assetCount; ++i) {
        asset.bindValue(0, i);
        asset.bindValue(1, QStringLiteral("BENCH-%1").arg(i, 8, 10, QLatin1Char('0')));
        asset.bindValue(2, i % 100 == 0 ? QStringLiteral("retired") : QStringLiteral("in_use"));
        asset.bindValue(3, 1 + i % 3);
        asset.bindValue(4, now);
        asset.bindValue(5, now);
        if (!Sql::exec(asset, error))
            return false;
    }
    for (qint64 i = 1; i <= personCount; ++i) {
        person.bindValue(0, i);
        person.bindValue(1, QStringLiteral("Person %1").arg(i));
        if (!Sql::exec(person, error))
            return false;
    }
    const QStringList types = { QStringLiteral("volume"), QStringLiteral("subscription"),
                                QStringLiteral("fachverfahren"), QStringLiteral("single") };
    const qint64 perLicence = assignments / licences;
    QRandomGenerator random(42);
    qint64 written = 0;
    for (int id = 1; id <= licences; ++id) {
        const bool perUser = id % 4 == 0;
        licence.bindValue(0, id);
        licence.bindValue(1, QStringLiteral("Product %1").arg(id));
        licence.bindValue(2, QStringLiteral("Vendor %1").arg(id % 50));
        licence.bindValue(3, types.at(id % types.size()));
        licence.bindValue(4, perUser ? QStringLiteral("user") : QStringLiteral("device"));
        licence.bindValue(5, int(perLicence - 5 + id % 10)); // some over-deployed
        licence.bindValue(6, QStringLiteral("KEY%1-AAAAA-BBBBB-CCCCC").arg(id, 5, 10, QLatin1Char('0')));
        licence.bindValue(7, QDate(2026, 1, 1).addDays(id % 730));
        licence.bindValue(8, 1000 + id % 5000);
        licence.bindValue(9, 1 + id % 3);
        licence.bindValue(10, now);
        licence.bindValue(11, now);
        if (!Sql::exec(licence, error))
            return false;
        if (id % 2 == 0) { // half are pools split between the city and the district
            for (int authority : { 1, 2 }) {
                allocation.bindValue(0, id);
                allocation.bindValue(1, authority);
                allocation.bindValue(2, int(perLicence / 2));
                if (!Sql::exec(allocation, error))
                    return false;
            }
        }
        const qint64 count = id == licences ? assignments - written : perLicence;
        for (qint64 seat = 0; seat < count; ++seat) {
            assignment.bindValue(0, id);
            assignment.bindValue(1, 1 + qint64(random.bounded(2)));
            assignment.bindValue(2,
                                 perUser ? QVariant(QMetaType(QMetaType::LongLong))
                                         : QVariant(1 + qint64(random.bounded(quint64(assetCount)))));
            assignment.bindValue(3,
                                 perUser ? QVariant(1 + qint64(random.bounded(quint64(personCount))))
                                         : QVariant(QMetaType(QMetaType::LongLong)));
            assignment.bindValue(4, now);
            if (!Sql::exec(assignment, error))
                return false;
        }
        written += count;
    }
    return transaction.commit(error) && Sql::exec(db, QStringLiteral("ANALYZE"), error);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures licence compliance on a generated database."));
    parser.addHelpOption();
    const QCommandLineOption licencesOption(QStringLiteral("licences"),
                                            QStringLiteral("Licences (default 10000)."), QStringLiteral("N"),
                                            QStringLiteral("10000"));
    const QCommandLineOption assignmentsOption(QStringLiteral("assignments"),
                                               QStringLiteral("Seat assignments (default 1000000)."),
                                               QStringLiteral("M"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database file; generated when it does not exist."),
                                      QStringLiteral("PATH"));
    parser.addOption(licencesOption);
    parser.addOption(assignmentsOption);
    parser.addOption(dbOption);
    parser.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);

    const int licences = std::max(1, parser.value(licencesOption).toInt());
    const qint64 assignments = std::max<qint64>(licences, parser.value(assignmentsOption).toLongLong());
    const QString path = parser.isSet(dbOption)
        ? parser.value(dbOption)
        : QDir::temp().filePath(
            QStringLiteral("bestand-licence-bench-%1-%2.sqlite").arg(licences).arg(assignments));
    const bool exists = QFile::exists(path);
    Database database(DatabaseSettings::sqliteFile(path));
    QString error;
    if (!database.open(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    const SchemaMigrator::Result migrated = SchemaMigrator(database).migrate();
    if (!migrated.ok()) {
        err << migrated.message << Qt::endl;
        return 1;
    }
    double generateMs = 0;
    if (!exists) {
        QElapsedTimer timer;
        timer.start();
        if (!generate(database, licences, assignments, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        generateMs = timer.elapsed();
    }

    ComplianceCalculator calculator(database);
    calculator.setReferenceDate(QDate(2026, 6, 1));
    std::optional<ComplianceReport> report;
    double complianceCpuMs = 0;
    const double complianceMs = measure([&] { report = calculator.calculate(&error); }, &complianceCpuMs);
    if (!report) {
        err << error << Qt::endl;
        return 1;
    }
    ComplianceCalculator filtered(database);
    filtered.setAuthorityFilter(2);
    const double complianceOneAuthorityMs = measure([&] { filtered.calculate(&error); });

    LicenceTableModel model(database);
    const double listMs = measure([&] { model.refresh(); });
    const double searchMs = measure([&] {
                                model.setSearchText(QStringLiteral("product 99"));
                                model.setSearchText(QString());
                            })
        / 2;

    LicenceRepository repository(database, ChangeContext { QStringLiteral("bench"), 0 });
    std::optional<SeatOutcome> outcome;
    QElapsedTimer timer;
    timer.start();
    outcome = repository.assignToAsset(1, 1, 1, &error);
    const double assignMs = timer.nsecsElapsed() / 1e6;
    if (outcome)
        repository.unassign(outcome->assignmentId, &error);

    qint64 overDeployed = 0;
    for (const LicenceCompliance &licence : report->licences)
        overDeployed += licence.overDeployed;
    const QJsonObject result {
        { QStringLiteral("licences"), licences },
        { QStringLiteral("assignments"), assignments },
        { QStringLiteral("database"), path },
        { QStringLiteral("generate_ms"), generateMs },
        { QStringLiteral("compliance_ms"), complianceMs },
        { QStringLiteral("compliance_cpu_ms"), complianceCpuMs },
        { QStringLiteral("compliance_one_authority_ms"), complianceOneAuthorityMs },
        { QStringLiteral("licence_list_ms"), listMs },
        { QStringLiteral("licence_search_ms"), searchMs },
        { QStringLiteral("assign_one_seat_ms"), qRound(assignMs * 100) / 100.0 },
        { QStringLiteral("report_licences"), report->licences.size() },
        { QStringLiteral("report_over_deployed_seats"), overDeployed },
        { QStringLiteral("runs"), Runs },
    };
    out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return 0;
}
