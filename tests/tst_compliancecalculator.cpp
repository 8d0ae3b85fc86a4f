#include "assets/assetrepository.h"
#include "licences/compliancecalculator.h"
#include "licences/licencerepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

// Every expected figure below is worked out by hand from the case it follows.
class TestComplianceCalculator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overDeployedAuthorityAndVendor();
    void unallocatedPoolServesItsOwner();
    void perUserAndPerDeviceSeatsCount();
    void retiredAndMissingDevicesHoldReclaimableSeats();
    void expiredSubscriptionStillAssigned();
    void endingWithinNinetyDays_data();
    void endingWithinNinetyDays();
    void siteLicenceIsNeverOverDeployed();
    void totalsPerAuthorityWithYearlyCost();
    void authorityFilterKeepsItsShareOnly();

private:
    qint64 addLicence(const QString &product, int quantity, LicenceType type = LicenceType::Volume,
                      LicenceMetric metric = LicenceMetric::Device,
                      const QString &owner = QStringLiteral("KSM"),
                      std::optional<qint64> price = std::nullopt);
    qint64 addAsset(AssetStatus status = AssetStatus::InUse);
    void assignDevices(qint64 licenceId, const QString &authority, int count,
                       AssetStatus status = AssetStatus::InUse);
    ComplianceReport calculate(qint64 authorityFilter = 0);
    qint64 id(const QString &code) { return m_test->authorityId(code); }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<LicenceRepository> m_licences;
    std::unique_ptr<AssetRepository> m_assets;
    int m_assetCount = 0;
};

void TestComplianceCalculator::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_licences =
        std::make_unique<LicenceRepository>(m_test->database(), ChangeContext { QStringLiteral("test"), 0 });
    m_assets =
        std::make_unique<AssetRepository>(m_test->database(), ChangeContext { QStringLiteral("test"), 0 });
}

void TestComplianceCalculator::cleanup()
{
    m_assets.reset();
    m_licences.reset();
    m_test.reset();
}

qint64 TestComplianceCalculator::addLicence(const QString &product, int quantity, LicenceType type,
                                            LicenceMetric metric, const QString &owner,
                                            std::optional<qint64> price)
{
    Licence licence;
    licence.product = product;
    licence.quantity = quantity;
    licence.type = type;
    licence.metric = metric;
    licence.ownerAuthorityId = id(owner);
    licence.pricePerSeatCents = price;
    QString error;
    if (!m_licences->insert(licence, &error))
        qWarning("%s", qPrintable(error));
    return licence.id;
}

qint64 TestComplianceCalculator::addAsset(AssetStatus status)
{
    Asset asset;
    asset.inventoryNo = QStringLiteral("T-%1").arg(++m_assetCount, 5, 10, QLatin1Char('0'));
    asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
    asset.ownerAuthorityId = id(QStringLiteral("KSM"));
    asset.status = status;
    QString error;
    if (!m_assets->insert(asset, &error))
        qWarning("%s", qPrintable(error));
    return asset.id;
}

void TestComplianceCalculator::assignDevices(qint64 licenceId, const QString &authority, int count,
                                             AssetStatus status)
{
    for (int i = 0; i < count; ++i) {
        QString error;
        if (!m_licences->assignToAsset(licenceId, id(authority), addAsset(status), &error))
            QFAIL(qPrintable(error));
    }
}

ComplianceReport TestComplianceCalculator::calculate(qint64 authorityFilter)
{
    ComplianceCalculator calculator(m_test->database());
    calculator.setReferenceDate(QDate(2026, 6, 1));
    calculator.setAuthorityFilter(authorityFilter);
    QString error;
    const std::optional<ComplianceReport> report = calculator.calculate(&error);
    if (!report)
        qWarning("%s", qPrintable(error));
    return report.value_or(ComplianceReport());
}

void TestComplianceCalculator::overDeployedAuthorityAndVendor()
{
    // A KSM pool of 10 split 6 (SN) / 4 (LUP); SN uses 8, LUP 2: SN is 2 over its
    // allocation while the pool as a whole (10 of 10) is still covered.
    const qint64 pool = addLicence(QStringLiteral("Office LTSC"), 10);
    QString error;
    QVERIFY(m_licences->setAllocations(
        pool, { { id(QStringLiteral("SN")), 6 }, { id(QStringLiteral("LUP")), 4 } }, &error));
    assignDevices(pool, QStringLiteral("SN"), 8);
    assignDevices(pool, QStringLiteral("LUP"), 2);
    // 2 owned, 3 used by its owner: 1 over towards the vendor.
    const qint64 small = addLicence(QStringLiteral("Visio"), 2, LicenceType::Single, LicenceMetric::Device,
                                    QStringLiteral("SN"));
    assignDevices(small, QStringLiteral("SN"), 3);

    const ComplianceReport report = calculate();
    const LicenceCompliance *office = report.licence(pool);
    QVERIFY(office);
    QCOMPARE(office->owned, 10);
    QCOMPARE(office->allocated, 10);
    QCOMPARE(office->assigned, 10);
    QCOMPARE(office->free, 0);
    QCOMPARE(office->overDeployed, 0);
    QVERIFY(office->overDeployedAnywhere());
    QCOMPARE(office->shares.size(), 2);
    const AuthorityShare &lup = office->shares.at(0);
    const AuthorityShare &sn = office->shares.at(1);
    QCOMPARE(lup.code, QStringLiteral("LUP"));
    QCOMPARE(lup.allocated, 4);
    QCOMPARE(lup.assigned, 2);
    QCOMPARE(lup.free, 2);
    QCOMPARE(lup.overDeployed, 0);
    QCOMPARE(sn.code, QStringLiteral("SN"));
    QCOMPARE(sn.allocated, 6);
    QCOMPARE(sn.assigned, 8);
    QCOMPARE(sn.free, 0);
    QCOMPARE(sn.overDeployed, 2);

    const LicenceCompliance *visio = report.licence(small);
    QVERIFY(visio);
    QCOMPARE(visio->owned, 2);
    QCOMPARE(visio->assigned, 3);
    QCOMPARE(visio->overDeployed, 1);
    QCOMPARE(visio->shares.size(), 1);
    QCOMPARE(visio->shares.at(0).overDeployed, 1);

    QCOMPARE(report.authority(QStringLiteral("SN"))->overDeployed, 3);
    QCOMPARE(report.authority(QStringLiteral("SN"))->seatsAssigned, 11);
    QCOMPARE(report.authority(QStringLiteral("LUP"))->overDeployed, 0);
}

void TestComplianceCalculator::unallocatedPoolServesItsOwner()
{
    // 25 seats owned by LUP, never allocated: LUP may use all 25. SN uses one
    // without any allocation, which is over-deployment for SN.
    const qint64 licence = addLicence(QStringLiteral("ArcGIS"), 25, LicenceType::Volume,
                                      LicenceMetric::Device, QStringLiteral("LUP"));
    assignDevices(licence, QStringLiteral("LUP"), 5);
    assignDevices(licence, QStringLiteral("SN"), 1);

    const ComplianceReport report = calculate();
    const LicenceCompliance *entry = report.licence(licence);
    QVERIFY(entry);
    QVERIFY(entry->servesOwner);
    QCOMPARE(entry->ownerCode, QStringLiteral("LUP"));
    QCOMPARE(entry->allocated, 25);
    QCOMPARE(entry->assigned, 6);
    QCOMPARE(entry->free, 19);
    QCOMPARE(entry->overDeployed, 0);
    QCOMPARE(entry->shares.size(), 2);
    QCOMPARE(entry->shares.at(0).code, QStringLiteral("LUP"));
    QCOMPARE(entry->shares.at(0).allocated, 25);
    QCOMPARE(entry->shares.at(0).free, 20);
    QCOMPARE(entry->shares.at(1).code, QStringLiteral("SN"));
    QCOMPARE(entry->shares.at(1).allocated, 0);
    QCOMPARE(entry->shares.at(1).overDeployed, 1);

    // An unused, unallocated licence still shows its owner's free seats.
    const qint64 unused = addLicence(QStringLiteral("Acrobat"), 7, LicenceType::Volume, LicenceMetric::Device,
                                     QStringLiteral("SN"));
    const ComplianceReport withUnused = calculate();
    const LicenceCompliance *idle = withUnused.licence(unused);
    QVERIFY(idle);
    QCOMPARE(idle->shares.size(), 1);
    QCOMPARE(idle->shares.at(0).code, QStringLiteral("SN"));
    QCOMPARE(idle->shares.at(0).allocated, 7);
    QCOMPARE(idle->shares.at(0).free, 7);
}

void TestComplianceCalculator::perUserAndPerDeviceSeatsCount()
{
    const qint64 perUser = addLicence(QStringLiteral("Adobe CC"), 2, LicenceType::Subscription,
                                      LicenceMetric::User, QStringLiteral("SN"), 60000);
    const qint64 perDevice = addLicence(QStringLiteral("Windows Enterprise"), 2, LicenceType::Volume,
                                        LicenceMetric::Device, QStringLiteral("SN"));
    QSqlQuery query(m_test->database().connection());
    QList<qint64> persons;
    for (const QString &name : { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }) {
        query.prepare(QStringLiteral("INSERT INTO person (name) VALUES (?)"));
        query.addBindValue(name);
        QVERIFY(query.exec());
        persons.append(query.lastInsertId().toLongLong());
    }
    QString error;
    // Three persons on a two-user licence: one over. Devices do not count for it.
    for (qint64 person : persons)
        QVERIFY(m_licences->assignToPerson(perUser, id(QStringLiteral("SN")), person, &error));
    QVERIFY(!m_licences->assignToAsset(perUser, id(QStringLiteral("SN")), addAsset(), &error));
    assignDevices(perDevice, QStringLiteral("SN"), 1);

    const ComplianceReport report = calculate();
    QCOMPARE(report.licence(perUser)->assigned, 3);
    QCOMPARE(report.licence(perUser)->overDeployed, 1);
    QCOMPARE(report.licence(perDevice)->assigned, 1);
    QCOMPARE(report.licence(perDevice)->free, 1);
    // 3 subscribed users × 600.00 € a year.
    QCOMPARE(report.licence(perUser)->yearlyCostCents, 180000);
}

void TestComplianceCalculator::retiredAndMissingDevicesHoldReclaimableSeats()
{
    const qint64 licence = addLicence(QStringLiteral("AutoCAD LT"), 10, LicenceType::Single,
                                      LicenceMetric::Device, QStringLiteral("LUP"));
    assignDevices(licence, QStringLiteral("LUP"), 3);
    assignDevices(licence, QStringLiteral("LUP"), 2, AssetStatus::Retired);
    assignDevices(licence, QStringLiteral("LUP"), 1, AssetStatus::Missing);
    assignDevices(licence, QStringLiteral("LUP"), 1, AssetStatus::InRepair);

    const ComplianceReport report = calculate();
    QCOMPARE(report.licence(licence)->assigned, 7);
    QCOMPARE(report.licence(licence)->reclaimable, 3);
    QCOMPARE(report.licence(licence)->shares.at(0).reclaimable, 3);
    QCOMPARE(report.authority(QStringLiteral("LUP"))->reclaimable, 3);
}

void TestComplianceCalculator::expiredSubscriptionStillAssigned()
{
    const qint64 expired = addLicence(QStringLiteral("Antivirus"), 5, LicenceType::Subscription,
                                      LicenceMetric::Device, QStringLiteral("SN"), 2800);
    const qint64 expiredUnused = addLicence(QStringLiteral("Old tool"), 5, LicenceType::Subscription,
                                            LicenceMetric::Device, QStringLiteral("SN"), 2800);
    QString error;
    for (qint64 licenceId : { expired, expiredUnused }) {
        Licence licence = *m_licences->find(licenceId, &error);
        licence.validUntil = QDate(2026, 5, 31); // the day before the reference date
        QCOMPARE(m_licences->update(licence, &error), LicenceRepository::UpdateResult::Updated);
    }
    assignDevices(expired, QStringLiteral("SN"), 2);

    const ComplianceReport report = calculate();
    QVERIFY(report.licence(expired)->expired);
    QVERIFY(report.licence(expired)->expiredStillAssigned());
    QVERIFY(!report.licence(expired)->endsSoon);
    QVERIFY(report.licence(expiredUnused)->expired);
    QVERIFY(!report.licence(expiredUnused)->expiredStillAssigned());
}

void TestComplianceCalculator::endingWithinNinetyDays_data()
{
    QTest::addColumn<QDate>("validUntil");
    QTest::addColumn<QDate>("maintenanceEnd");
    QTest::addColumn<bool>("endsSoon");
    QTest::addColumn<bool>("maintenanceEndsSoon");
    QTest::addColumn<bool>("expired");
    // Reference date 2026-06-01; the window ends 90 days later, on 2026-08-30.
    QTest::newRow("ends today") << QDate(2026, 6, 1) << QDate() << true << false << false;
    QTest::newRow("ends in 75 days") << QDate(2026, 8, 15) << QDate() << true << false << false;
    QTest::newRow("ends on day 90") << QDate(2026, 8, 30) << QDate() << true << false << false;
    QTest::newRow("ends on day 91") << QDate(2026, 8, 31) << QDate() << false << false << false;
    QTest::newRow("maintenance in 30 days") << QDate() << QDate(2026, 7, 1) << false << true << false;
    QTest::newRow("maintenance over") << QDate() << QDate(2026, 1, 1) << false << false << false;
    QTest::newRow("no dates") << QDate() << QDate() << false << false << false;
    QTest::newRow("expired yesterday") << QDate(2026, 5, 31) << QDate() << false << false << true;
}

void TestComplianceCalculator::endingWithinNinetyDays()
{
    QFETCH(QDate, validUntil);
    QFETCH(QDate, maintenanceEnd);
    QFETCH(bool, endsSoon);
    QFETCH(bool, maintenanceEndsSoon);
    QFETCH(bool, expired);
    Licence licence;
    licence.product = QStringLiteral("Fachverfahren X");
    licence.type = LicenceType::Fachverfahren;
    licence.quantity = 1;
    licence.validUntil = validUntil;
    licence.maintenanceEnd = maintenanceEnd;
    licence.ownerAuthorityId = id(QStringLiteral("SN"));
    QString error;
    QVERIFY2(m_licences->insert(licence, &error), qPrintable(error));
    const ComplianceReport report = calculate();
    QVERIFY(report.licence(licence.id));
    QCOMPARE(report.licence(licence.id)->endsSoon, endsSoon);
    QCOMPARE(report.licence(licence.id)->maintenanceEndsSoon, maintenanceEndsSoon);
    QCOMPARE(report.licence(licence.id)->expired, expired);
}

void TestComplianceCalculator::siteLicenceIsNeverOverDeployed()
{
    const qint64 site = addLicence(QStringLiteral("Campus agreement"), 1, LicenceType::Volume,
                                   LicenceMetric::Site, QStringLiteral("KSM"));
    assignDevices(site, QStringLiteral("KSM"), 4);
    const ComplianceReport report = calculate();
    QVERIFY(report.licence(site)->unlimited);
    QCOMPARE(report.licence(site)->assigned, 4);
    QCOMPARE(report.licence(site)->overDeployed, 0);
    QCOMPARE(report.licence(site)->shares.at(0).overDeployed, 0);
}

void TestComplianceCalculator::totalsPerAuthorityWithYearlyCost()
{
    // Subscription 120.00 €/seat/year shared SN 3 / LUP 2 (3 and 1 used):
    // SN pays 360.00 €, LUP 120.00 €. The perpetual licence adds seats but no yearly cost.
    const qint64 subscription = addLicence(QStringLiteral("M365 E3"), 5, LicenceType::Subscription,
                                           LicenceMetric::Device, QStringLiteral("KSM"), 12000);
    QString error;
    QVERIFY(m_licences->setAllocations(
        subscription, { { id(QStringLiteral("SN")), 3 }, { id(QStringLiteral("LUP")), 2 } }, &error));
    assignDevices(subscription, QStringLiteral("SN"), 3);
    assignDevices(subscription, QStringLiteral("LUP"), 1);
    const qint64 perpetual = addLicence(QStringLiteral("Office 2021"), 10, LicenceType::Volume,
                                        LicenceMetric::Device, QStringLiteral("SN"), 45000);
    assignDevices(perpetual, QStringLiteral("SN"), 4);

    const ComplianceReport report = calculate();
    QCOMPARE(report.authorities.size(), 3);
    const AuthorityTotals *sn = report.authority(QStringLiteral("SN"));
    const AuthorityTotals *lup = report.authority(QStringLiteral("LUP"));
    const AuthorityTotals *ksm = report.authority(QStringLiteral("KSM"));
    QCOMPARE(sn->seatsAllocated, 13);
    QCOMPARE(sn->seatsAssigned, 7);
    QCOMPARE(sn->yearlyCostCents, 36000);
    QCOMPARE(lup->seatsAllocated, 2);
    QCOMPARE(lup->seatsAssigned, 1);
    QCOMPARE(lup->yearlyCostCents, 12000);
    QCOMPARE(ksm->seatsAssigned, 0);
    QCOMPARE(ksm->yearlyCostCents, 0);
    QCOMPARE(report.licence(subscription)->yearlyCostCents, 48000);
    QCOMPARE(report.licence(perpetual)->yearlyCostCents, 0);
}

void TestComplianceCalculator::authorityFilterKeepsItsShareOnly()
{
    const qint64 shared = addLicence(QStringLiteral("Shared"), 10);
    QString error;
    QVERIFY(m_licences->setAllocations(
        shared, { { id(QStringLiteral("SN")), 6 }, { id(QStringLiteral("LUP")), 4 } }, &error));
    assignDevices(shared, QStringLiteral("SN"), 2);
    const qint64 lupOnly = addLicence(QStringLiteral("LUP only"), 3, LicenceType::Volume,
                                      LicenceMetric::Device, QStringLiteral("LUP"));

    const ComplianceReport report = calculate(id(QStringLiteral("SN")));
    QCOMPARE(report.licences.size(), 1);
    QCOMPARE(report.licences.at(0).licenceId, shared);
    QCOMPARE(report.licences.at(0).assigned, 2);
    QCOMPARE(report.licences.at(0).shares.size(), 1);
    QCOMPARE(report.licences.at(0).shares.at(0).code, QStringLiteral("SN"));
    QCOMPARE(report.authorities.size(), 1);
    QCOMPARE(report.authorities.at(0).code, QStringLiteral("SN"));
    QVERIFY(!report.licence(lupOnly));
}

QTEST_GUILESS_MAIN(TestComplianceCalculator)
#include "tst_compliancecalculator.moc"
