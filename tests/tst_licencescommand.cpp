#include "assets/assetrepository.h"
#include "licences/licencerepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString secretKey = QStringLiteral("6M9DV-G9HYB-FYTKM-JRQ6G-338WB");
}

class TestLicencesCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonHasLicencesAndAuthorities();
    void humanTableShowsOverDeployment();
    void authorityFilter();
    void keysNeverAppear_data();
    void keysNeverAppear();
    void usageErrors_data();
    void usageErrors();
    void helpExplainsTheCostRule();

private:
    QJsonObject runJson(const QStringList &extra);

    std::unique_ptr<TestDatabase> m_test;
};

void TestLicencesCommand::initTestCase()
{
    m_test = std::make_unique<TestDatabase>();
    Database &db = m_test->database();
    LicenceRepository licences(db, ChangeContext { QStringLiteral("test"), 0 });
    AssetRepository assets(db, ChangeContext { QStringLiteral("test"), 0 });
    QString error;
    // A KSM subscription pool: 4 seats, SN 3 / LUP 1, SN uses 4 (one over), 100.00 € per seat and year.
    Licence pool;
    pool.product = QStringLiteral("M365 E3");
    pool.type = LicenceType::Subscription;
    pool.quantity = 4;
    pool.licenceKey = secretKey;
    pool.pricePerSeatCents = 10000;
    pool.validUntil = QDate(2026, 7, 1);
    pool.ownerAuthorityId = m_test->authorityId(QStringLiteral("KSM"));
    QVERIFY(licences.insert(pool, &error));
    QVERIFY(licences.setAllocations(pool.id,
                                    { { m_test->authorityId(QStringLiteral("SN")), 3 },
                                      { m_test->authorityId(QStringLiteral("LUP")), 1 } },
                                    &error));
    for (int i = 1; i <= 4; ++i) {
        Asset asset;
        asset.inventoryNo = QStringLiteral("SN-%1").arg(i);
        asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
        asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
        QVERIFY(assets.insert(asset, &error));
        QVERIFY(licences.assignToAsset(pool.id, m_test->authorityId(QStringLiteral("SN")), asset.id, &error));
    }
    Licence own;
    own.product = QStringLiteral("AutoCAD LT");
    own.type = LicenceType::Single;
    own.quantity = 10;
    own.licenceKey = QStringLiteral("YH9C4-FRBD3-7JV3Q-7JXJF-746JW");
    own.ownerAuthorityId = m_test->authorityId(QStringLiteral("LUP"));
    QVERIFY(licences.insert(own, &error));
}

QJsonObject TestLicencesCommand::runJson(const QStringList &extra)
{
    QString out;
    QString err;
    const int code =
        runBestand(QStringList { QStringLiteral("licences"), QStringLiteral("--db"), m_test->path(),
                                 QStringLiteral("compliance"), QStringLiteral("--json"),
                                 QStringLiteral("--date"), QStringLiteral("2026-06-01") }
                       + extra,
                   &out, &err);
    if (code != 0)
        qWarning("exit %d: %s", code, qPrintable(err));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(out));
    return document.object();
}

void TestLicencesCommand::jsonHasLicencesAndAuthorities()
{
    const QJsonObject object = runJson({});
    QCOMPARE(object.value(QStringLiteral("reference_date")).toString(), QStringLiteral("2026-06-01"));
    const QJsonArray licences = object.value(QStringLiteral("licences")).toArray();
    QCOMPARE(licences.size(), 2);
    // Ordered by product.
    const QJsonObject autocad = licences.at(0).toObject();
    const QJsonObject m365 = licences.at(1).toObject();
    QCOMPARE(autocad.value(QStringLiteral("product")).toString(), QStringLiteral("AutoCAD LT"));
    QCOMPARE(autocad.value(QStringLiteral("owner")).toString(), QStringLiteral("LUP"));
    QCOMPARE(autocad.value(QStringLiteral("owned")).toInt(), 10);
    QCOMPARE(autocad.value(QStringLiteral("allocated")).toInt(), 10);
    QCOMPARE(autocad.value(QStringLiteral("serves_owner")).toBool(), true);
    QCOMPARE(autocad.value(QStringLiteral("assigned")).toInt(), 0);
    QCOMPARE(autocad.value(QStringLiteral("over_deployed")).toInt(), 0);

    QCOMPARE(m365.value(QStringLiteral("owner")).toString(), QStringLiteral("KSM"));
    QCOMPARE(m365.value(QStringLiteral("owned")).toInt(), 4);
    QCOMPARE(m365.value(QStringLiteral("allocated")).toInt(), 4);
    QCOMPARE(m365.value(QStringLiteral("assigned")).toInt(), 4);
    QCOMPARE(m365.value(QStringLiteral("over_deployed")).toInt(), 0);
    QCOMPARE(m365.value(QStringLiteral("ends_soon")).toBool(), true);
    QCOMPARE(m365.value(QStringLiteral("yearly_cost_cents")).toInteger(), 40000);
    const QJsonArray shares = m365.value(QStringLiteral("authorities")).toArray();
    QCOMPARE(shares.size(), 2);
    QCOMPARE(shares.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("LUP"));
    QCOMPARE(shares.at(0).toObject().value(QStringLiteral("free")).toInt(), 1);
    QCOMPARE(shares.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("SN"));
    QCOMPARE(shares.at(1).toObject().value(QStringLiteral("assigned")).toInt(), 4);
    QCOMPARE(shares.at(1).toObject().value(QStringLiteral("over_deployed")).toInt(), 1);

    const QJsonArray authorities = object.value(QStringLiteral("authorities")).toArray();
    QCOMPARE(authorities.size(), 3);
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &value : authorities)
        byCode.insert(value.toObject().value(QStringLiteral("code")).toString(), value.toObject());
    QCOMPARE(byCode.value(QStringLiteral("SN")).value(QStringLiteral("seats_assigned")).toInt(), 4);
    QCOMPARE(byCode.value(QStringLiteral("SN")).value(QStringLiteral("yearly_cost_cents")).toInteger(),
             40000);
    QCOMPARE(byCode.value(QStringLiteral("LUP")).value(QStringLiteral("seats_assigned")).toInt(), 0);
    QCOMPARE(byCode.value(QStringLiteral("LUP")).value(QStringLiteral("yearly_cost_cents")).toInteger(), 0);
    QVERIFY(byCode.contains(QStringLiteral("KSM")));
}

void TestLicencesCommand::humanTableShowsOverDeployment()
{
    QString out;
    QCOMPARE(
        runBestand({ QStringLiteral("licences"), QStringLiteral("--db"), m_test->path(),
                     QStringLiteral("compliance"), QStringLiteral("--date"), QStringLiteral("2026-06-01") },
                   &out),
        0);
    QVERIFY(out.contains(QStringLiteral("M365 E3")));
    QVERIFY(out.contains(QStringLiteral("OVER-DEPLOYED")));
    QVERIFY(out.contains(QStringLiteral("Totals per authority")));
    QVERIFY(out.contains(QStringLiteral("400.00")));
}

void TestLicencesCommand::authorityFilter()
{
    const QJsonObject object = runJson({ QStringLiteral("--authority"), QStringLiteral("LUP") });
    const QJsonArray licences = object.value(QStringLiteral("licences")).toArray();
    QCOMPARE(licences.size(), 2);
    for (const QJsonValue &licence : licences) {
        const QJsonArray shares = licence.toObject().value(QStringLiteral("authorities")).toArray();
        QCOMPARE(shares.size(), 1);
        QCOMPARE(shares.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("LUP"));
    }
    QCOMPARE(object.value(QStringLiteral("authorities")).toArray().size(), 1);
}

void TestLicencesCommand::keysNeverAppear_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("table") << QStringList();
    QTest::newRow("json") << QStringList { QStringLiteral("--json") };
}

void TestLicencesCommand::keysNeverAppear()
{
    QFETCH(QStringList, options);
    QString out;
    QString err;
    QCOMPARE(runBestand(QStringList { QStringLiteral("licences"), QStringLiteral("--db"), m_test->path(),
                                      QStringLiteral("compliance") }
                            + options,
                        &out, &err),
             0);
    for (const QString &part : { QStringLiteral("6M9DV"), QStringLiteral("G9HYB"), QStringLiteral("338WB"),
                                 QStringLiteral("YH9C4"), QStringLiteral("746JW") }) {
        QVERIFY2(!out.contains(part), qPrintable(part));
        QVERIFY(!err.contains(part));
    }
}

void TestLicencesCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no report") << QStringList();
    QTest::newRow("unknown report") << QStringList { QStringLiteral("summary") };
    QTest::newRow("unknown authority")
        << QStringList { QStringLiteral("compliance"), QStringLiteral("--authority"), QStringLiteral("XYZ") };
    QTest::newRow("bad date") << QStringList { QStringLiteral("compliance"), QStringLiteral("--date"),
                                               QStringLiteral("31.12.2026") };
}

void TestLicencesCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QString err;
    QCOMPARE(runBestand(QStringList { QStringLiteral("licences"), QStringLiteral("--db"), m_test->path() }
                            + arguments,
                        nullptr, &err),
             2);
    QVERIFY(!err.isEmpty());
}

void TestLicencesCommand::helpExplainsTheCostRule()
{
    QString out;
    QCOMPARE(runBestand({ QStringLiteral("licences"), QStringLiteral("--help") }, &out), 0);
    QVERIFY(out.contains(QStringLiteral("--authority")));
    QVERIFY(out.contains(QStringLiteral("Subscription licences the price per seat is the yearly rent")));
}

QTEST_GUILESS_MAIN(TestLicencesCommand)
#include "tst_licencescommand.moc"
