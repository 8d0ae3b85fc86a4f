#include "assets/assetquery.h"
#include "assets/assetrepository.h"
#include "audits/auditservice.h"
#include "licences/licencerepository.h"
#include "overview/overviewjob.h"
#include "overview/overviewquery.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

// The overview of a small inventory on 3 December 2026, every figure counted by
// hand from the list in init():
//   SN:  PC bought 2026-06-01, PC 2025-12-04 (one day short of a year: under 1),
//        PC 2025-12-03 (exactly a year: 1–2), notebook 2021-01-01 (5–8), all in use
//   LUP: PC in repair bought 2018-12-03 (exactly 8 years: 8 and more), monitor
//        missing without a purchase date, notebook retired (bought 2022-06-01)
//   KSM: printer in stock bought 2023-12-04 (2–3)
class TestOverview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsDevicesPerOwnerAndCategory();
    void countsEveryStatusAndAgeBand();
    void ageBandsFilterTheAssetsTheyCount_data();
    void ageBandsFilterTheAssetsTheyCount();
    void countsLicencesAuditsAndImports();
    void jobDeliversTheFiguresFromAWorkerThread();
    void commandPrintsTheSameFiguresAsJson();

private:
    qint64 addAsset(const QString &inventoryNo, const QString &category, AssetStatus status,
                    const QString &owner, const QDate &purchased);
    OverviewFigures figures();

    std::unique_ptr<TestDatabase> m_test;
    const QDate m_today { 2026, 12, 3 };
    QList<qint64> m_cityPcs;
};

void TestOverview::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_cityPcs = {
        addAsset(QStringLiteral("SN-1"), QStringLiteral("PC"), AssetStatus::InUse, QStringLiteral("SN"),
                 QDate(2026, 6, 1)),
        addAsset(QStringLiteral("SN-2"), QStringLiteral("PC"), AssetStatus::InUse, QStringLiteral("SN"),
                 QDate(2025, 12, 4)),
        addAsset(QStringLiteral("SN-3"), QStringLiteral("PC"), AssetStatus::InUse, QStringLiteral("SN"),
                 QDate(2025, 12, 3)),
    };
    addAsset(QStringLiteral("SN-4"), QStringLiteral("Notebook"), AssetStatus::InUse, QStringLiteral("SN"),
             QDate(2021, 1, 1));
    addAsset(QStringLiteral("LUP-1"), QStringLiteral("PC"), AssetStatus::InRepair, QStringLiteral("LUP"),
             QDate(2018, 12, 3));
    addAsset(QStringLiteral("LUP-2"), QStringLiteral("Monitor"), AssetStatus::Missing, QStringLiteral("LUP"),
             QDate());
    addAsset(QStringLiteral("LUP-3"), QStringLiteral("Notebook"), AssetStatus::Retired, QStringLiteral("LUP"),
             QDate(2022, 6, 1));
    addAsset(QStringLiteral("KSM-1"), QStringLiteral("Drucker"), AssetStatus::InStock, QStringLiteral("KSM"),
             QDate(2023, 12, 4));
}

void TestOverview::cleanup()
{
    m_test.reset();
}

qint64 TestOverview::addAsset(const QString &inventoryNo, const QString &category, AssetStatus status,
                              const QString &owner, const QDate &purchased)
{
    AssetRepository repository(m_test->database(), ChangeContext { QStringLiteral("test") });
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.categoryId = m_test->categoryId(category);
    asset.status = status;
    asset.ownerAuthorityId = m_test->authorityId(owner);
    asset.purchaseDate = purchased;
    QString error;
    if (!repository.insert(asset, &error))
        qFatal("%s", qPrintable(error));
    return asset.id;
}

OverviewFigures TestOverview::figures()
{
    QString error;
    const std::optional<OverviewFigures> result = OverviewQuery(m_test->database()).run(m_today, &error);
    if (!result)
        qFatal("%s", qPrintable(error));
    return *result;
}

void TestOverview::countsDevicesPerOwnerAndCategory()
{
    const OverviewFigures result = figures();
    QCOMPARE(result.totalAssets, 8);
    QCOMPARE(result.inInventory, 7);
    QStringList seen;
    for (const OverviewFigures::AuthorityDevices &authority : result.authorities) {
        QStringList categories;
        for (const OverviewFigures::CategoryCount &category : authority.categories)
            categories.append(QStringLiteral("%1 %2").arg(category.category).arg(category.count));
        seen.append(QStringLiteral("%1 %2: %3")
                        .arg(authority.code)
                        .arg(authority.count)
                        .arg(categories.join(QStringLiteral(", "))));
    }
    // By code; inside an authority the largest category first, the retired notebook not counted.
    QCOMPARE(seen,
             QStringList({ QStringLiteral("KSM 1: Drucker 1"), QStringLiteral("LUP 2: Monitor 1, PC 1"),
                           QStringLiteral("SN 4: PC 3, Notebook 1") }));
}

void TestOverview::countsEveryStatusAndAgeBand()
{
    const OverviewFigures result = figures();
    QHash<AssetStatus, qint64> statuses;
    for (const OverviewFigures::StatusCount &status : result.statuses)
        statuses.insert(status.status, status.count);
    QCOMPARE(result.statuses.size(), AssetStatusText::all().size());
    QCOMPARE(statuses.value(AssetStatus::InUse), 4);
    QCOMPARE(statuses.value(AssetStatus::InStock), 1);
    QCOMPARE(statuses.value(AssetStatus::InRepair), 1);
    QCOMPARE(statuses.value(AssetStatus::Retired), 1);
    QCOMPARE(statuses.value(AssetStatus::Missing), 1);

    QList<qint64> ages;
    for (const OverviewFigures::AgeCount &age : result.ages)
        ages.append(age.count);
    // under 1, 1–2, 2–3, 3–5, 5–8, 8 and more, unknown
    QCOMPARE(ages, QList<qint64>({ 2, 1, 1, 0, 1, 1, 1 }));
}

void TestOverview::ageBandsFilterTheAssetsTheyCount_data()
{
    QTest::addColumn<int>("band");
    QTest::addColumn<QStringList>("inventoryNumbers");
    QTest::newRow("under 1 year") << int(OverviewFigures::UnderOneYear)
                                  << QStringList { QStringLiteral("SN-1"), QStringLiteral("SN-2") };
    QTest::newRow("1–2 years") << int(OverviewFigures::OneToTwoYears)
                               << QStringList { QStringLiteral("SN-3") };
    QTest::newRow("2–3 years") << int(OverviewFigures::TwoToThreeYears)
                               << QStringList { QStringLiteral("KSM-1") };
    QTest::newRow("3–5 years") << int(OverviewFigures::ThreeToFiveYears) << QStringList {};
    QTest::newRow("5–8 years") << int(OverviewFigures::FiveToEightYears)
                               << QStringList { QStringLiteral("SN-4") };
    QTest::newRow("8 years and more")
        << int(OverviewFigures::EightYearsAndMore) << QStringList { QStringLiteral("LUP-1") };
    QTest::newRow("unknown") << int(OverviewFigures::AgeUnknown) << QStringList { QStringLiteral("LUP-2") };
}

// What a click on an age bar opens in the asset table: the same devices the bar counts.
void TestOverview::ageBandsFilterTheAssetsTheyCount()
{
    QFETCH(int, band);
    QFETCH(QStringList, inventoryNumbers);
    const OverviewFigures result = figures();
    const OverviewFigures::AgeCount &age = result.ages.at(band);
    QCOMPARE(age.count, inventoryNumbers.size());

    AssetFilter filter;
    filter.purchasedFrom = age.purchasedFrom;
    filter.purchasedTo = age.purchasedTo;
    filter.purchaseDateUnknown = age.band == OverviewFigures::AgeUnknown;
    filter.statuses = AssetStatusText::inInventory();
    const AssetQuery assetQuery(m_test->database().dialect(), filter, 0, Qt::AscendingOrder);
    QSqlQuery query(m_test->database().connection());
    QString error;
    QVERIFY2(assetQuery.preparePage(query, AssetQuery::Direction::Forward, nullptr, 100, 0, &error),
             qPrintable(error));
    QVERIFY2(Sql::exec(query, &error), qPrintable(error));
    QStringList found;
    while (query.next())
        found.append(query.value(0).toString());
    QCOMPARE(found, inventoryNumbers);
}

void TestOverview::countsLicencesAuditsAndImports()
{
    LicenceRepository licences(m_test->database(), ChangeContext { QStringLiteral("test") });
    QString error;
    const auto addLicence = [&](const QString &product, int seats, const QDate &validUntil) {
        Licence licence;
        licence.product = product;
        licence.quantity = seats;
        licence.validFrom = QDate(2025, 1, 1);
        licence.validUntil = validUntil;
        licence.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
        if (!licences.insert(licence, &error))
            qFatal("%s", qPrintable(error));
        return licence.id;
    };
    // One seat bought, two used: one seat over. Five bought, one used, ending in 30 days.
    // One expired that is still on a device.
    const qint64 tight = addLicence(QStringLiteral("CAD Pro"), 1, QDate());
    const qint64 ending = addLicence(QStringLiteral("Office"), 5, m_today.addDays(30));
    const qint64 expired = addLicence(QStringLiteral("Viewer"), 5, m_today.addDays(-10));
    const qint64 city = m_test->authorityId(QStringLiteral("SN"));
    QVERIFY(licences.assignToAsset(tight, city, m_cityPcs.at(0), &error));
    QVERIFY(licences.assignToAsset(tight, city, m_cityPcs.at(1), &error));
    QVERIFY(licences.assignToAsset(ending, city, m_cityPcs.at(0), &error));
    QVERIFY(licences.assignToAsset(expired, city, m_cityPcs.at(2), &error));

    AuditService audits(m_test->database(), ChangeContext { QStringLiteral("test") });
    AuditScope scope;
    scope.ownerAuthorityIds = { city };
    const std::optional<qint64> overdue =
        audits.create(QStringLiteral("Rathaus"), scope, {}, m_today.addDays(-5), &error);
    const std::optional<qint64> soon =
        audits.create(QStringLiteral("Stadthaus"), scope, {}, m_today.addDays(10), &error);
    QVERIFY(audits.create(QStringLiteral("Später"), scope, {}, m_today.addDays(60), &error));
    const std::optional<qint64> closed =
        audits.create(QStringLiteral("Erledigt"), scope, {}, m_today.addDays(-30), &error);
    QVERIFY2(overdue && soon && closed, qPrintable(error));
    QVERIFY(m_test->exec(QStringLiteral("UPDATE audit SET status = 'closed' WHERE id = %1").arg(*closed)));

    for (int batch = 1; batch <= 6; ++batch) {
        QVERIFY(m_test->exec(
            QStringLiteral(
                "INSERT INTO import_batch (kind, file_name, checksum, profile, started_by, started_at, "
                "status, data_rows, created, updated, unchanged, rejected) VALUES ('assets', "
                "'liste%1.csv', 'x', 'sis', 'test', '2026-11-0%1T10:00:00.000Z', 'completed', %2, "
                "%1, 2, 3, 4)")
                .arg(batch)
                .arg(batch + 9)));
    }

    // Counted last month: not due; counted ten years ago: due again (PCs every 5 years by default).
    QVERIFY(m_test->exec(
        QStringLiteral("UPDATE asset SET last_audited = '2026-11-02' WHERE inventory_no = 'SN-1'")));
    QVERIFY(m_test->exec(
        QStringLiteral("UPDATE asset SET last_audited = '2016-11-02' WHERE inventory_no = 'SN-2'")));

    const OverviewFigures result = figures();
    QCOMPARE(result.licences, 3);
    QCOMPARE(result.licencesCompliant, 2);
    QCOMPARE(result.overDeployed.size(), 1);
    QCOMPARE(result.overDeployed.first().product, QStringLiteral("CAD Pro"));
    QCOMPARE(result.overDeployed.first().overDeployed, 1);
    QCOMPARE(result.overDeployed.first().assigned, 2);
    QCOMPARE(result.licencesExpiredInUse, 1);
    QCOMPARE(result.licencesEndingSoon, 1);

    // Every device in the inventory but the one counted last month.
    QCOMPARE(result.assetsDueForCount, 6);
    QCOMPARE(result.auditsOverdue.size(), 1);
    QCOMPARE(result.auditsOverdue.first().name, QStringLiteral("Rathaus"));
    QCOMPARE(result.auditsOverdue.first().expected, 4);
    QCOMPARE(result.auditsDueSoon.size(), 1);
    QCOMPARE(result.auditsDueSoon.first().dueDate, m_today.addDays(10));

    QCOMPARE(result.lastImports.size(), OverviewFigures::lastImportCount);
    QCOMPARE(result.lastImports.first().fileName, QStringLiteral("liste6.csv"));
    QCOMPARE(result.lastImports.last().fileName, QStringLiteral("liste2.csv"));
    QCOMPARE(result.lastImports.first().created, 6);
    QCOMPARE(result.lastImports.first().rejected, 4);
}

void TestOverview::jobDeliversTheFiguresFromAWorkerThread()
{
    OverviewJob job(m_test->database(), m_today);
    QThread thread;
    job.moveToThread(&thread);
    QSignalSpy finished(&job, &OverviewJob::finished);
    connect(&thread, &QThread::started, &job, &OverviewJob::run);
    thread.start();
    QVERIFY(finished.wait(20000));
    thread.quit();
    thread.wait();
    QCOMPARE(finished.first().at(1).toString(), QString());
    const OverviewFigures result = finished.first().at(0).value<OverviewFigures>();
    QCOMPARE(result.inInventory, 7);
    QCOMPARE(result.authorities.size(), 3);
}

void TestOverview::commandPrintsTheSameFiguresAsJson()
{
    QString out;
    QString err;
    QCOMPARE(runBestand({ QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--db"),
                          m_test->path(), QStringLiteral("--date"), QStringLiteral("2026-12-03"),
                          QStringLiteral("--json") },
                        &out, &err),
             0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("date")).toString(), QStringLiteral("2026-12-03"));
    QCOMPARE(json.value(QStringLiteral("assets")).toInteger(), 8);
    QCOMPARE(json.value(QStringLiteral("in_inventory")).toInteger(), 7);
    const QJsonObject statuses = json.value(QStringLiteral("statuses")).toObject();
    QCOMPARE(statuses.value(QStringLiteral("in_use")).toInteger(), 4);
    QCOMPARE(statuses.value(QStringLiteral("retired")).toInteger(), 1);
    const QJsonObject ages = json.value(QStringLiteral("ages")).toObject();
    QCOMPARE(ages.value(QStringLiteral("under_1")).toInteger(), 2);
    QCOMPARE(ages.value(QStringLiteral("8_and_more")).toInteger(), 1);
    QCOMPARE(ages.value(QStringLiteral("unknown")).toInteger(), 1);
    const QJsonArray authorities = json.value(QStringLiteral("authorities")).toArray();
    QCOMPARE(authorities.size(), 3);
    QCOMPARE(authorities.at(2).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("SN"));
    QCOMPARE(authorities.at(2)
                 .toObject()
                 .value(QStringLiteral("categories"))
                 .toObject()
                 .value(QStringLiteral("PC"))
                 .toInteger(),
             3);

    // The text form, for a person at a terminal, and a usage error for an option it does not take.
    QCOMPARE(runBestand({ QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--db"),
                          m_test->path() },
                        &out, &err),
             0);
    QVERIFY2(out.contains(QStringLiteral("8 assets, 7 of them in the inventory")), qPrintable(out));
    QVERIFY(runBestand({ QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--db"),
                         m_test->path(), QStringLiteral("--authority"), QStringLiteral("SN") },
                       &out, &err)
            != 0);
    QVERIFY(err.contains(QStringLiteral("Usage")));
}

QTEST_GUILESS_MAIN(TestOverview)
#include "tst_overview.moc"
