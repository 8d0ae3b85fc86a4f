#include "assets/assetrepository.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authorityMeansOwnerOrUser();
    void excelFileWithBom();
    void refusesUnknownAuthorityAndFormat_data();
    void refusesUnknownAuthorityAndFormat();

private:
    void addAsset(const QString &inventoryNo, const QString &owner, const QString &user,
                  const QString &notes);

    std::unique_ptr<TestDatabase> m_test;
};

void TestExportCommand::addAsset(const QString &inventoryNo, const QString &owner, const QString &user,
                                 const QString &notes)
{
    AssetRepository repository(m_test->database(), ChangeContext { QStringLiteral("test"), 0 });
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
    asset.ownerAuthorityId = m_test->authorityId(owner);
    asset.usingAuthorityId = user.isEmpty() ? 0 : m_test->authorityId(user);
    asset.notes = notes;
    asset.purchasePriceCents = 125050;
    asset.purchaseDate = QDate(2023, 7, 1);
    QString error;
    QVERIFY2(repository.insert(asset, &error), qPrintable(error));
}

void TestExportCommand::initTestCase()
{
    m_test = std::make_unique<TestDatabase>();
    addAsset(QStringLiteral("SN-1"), QStringLiteral("SN"), QString(), QStringLiteral("nur Stadt"));
    addAsset(QStringLiteral("SN-2"), QStringLiteral("SN"), QStringLiteral("LUP"),
             QStringLiteral("=von LUP genutzt"));
    addAsset(QStringLiteral("LUP-1"), QStringLiteral("LUP"), QStringLiteral("LUP"),
             QStringLiteral("Kreis, \"eigen\""));
    addAsset(QStringLiteral("KSM-1"), QStringLiteral("KSM"), QStringLiteral("SN"), QString());
}

void TestExportCommand::authorityMeansOwnerOrUser()
{
    QString out;
    QString err;
    const int code =
        runBestand({ QStringLiteral("export"), QStringLiteral("--db"), m_test->path(),
                     QStringLiteral("assets"), QStringLiteral("--authority"), QStringLiteral("lup"),
                     QStringLiteral("--format"), QStringLiteral("plain") },
                   &out, &err);
    QCOMPARE(code, 0);
    QStringList lines = out.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // header, two assets, nothing after the last LF
    QVERIFY(lines.at(1).startsWith(QStringLiteral("LUP-1,")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(",\"Kreis, \"\"eigen\"\"\"")));
    QVERIFY(lines.at(1).contains(QStringLiteral(",2023-07-01,1250.50,")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("SN-2,")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral(",'=von LUP genutzt")));
    QVERIFY(lines.at(3).isEmpty());
}

void TestExportCommand::excelFileWithBom()
{
    const QString file = m_test->folder() + QStringLiteral("/export.csv");
    QString err;
    QCOMPARE(runBestand({ QStringLiteral("export"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("assets"), QStringLiteral("--out"), file },
                        nullptr, &err),
             0);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("KSM-1;")));
    QVERIFY(lines.at(1).contains(QStringLiteral(";01.07.2023;1250,50;")));
}

void TestExportCommand::refusesUnknownAuthorityAndFormat_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown authority")
        << QStringList { QStringLiteral("assets"), QStringLiteral("--authority"), QStringLiteral("XYZ") }
        << 1;
    QTest::newRow("unknown format") << QStringList { QStringLiteral("assets"), QStringLiteral("--format"),
                                                     QStringLiteral("xlsx") }
                                    << 2;
    QTest::newRow("nothing to export") << QStringList {} << 2;
    QTest::newRow("unknown thing") << QStringList { QStringLiteral("licences") } << 2;
}

void TestExportCommand::refusesUnknownAuthorityAndFormat()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QString out;
    QString err;
    QCOMPARE(
        runBestand(QStringList { QStringLiteral("export"), QStringLiteral("--db"), m_test->path() } + options,
                   &out, &err),
        exitCode);
    QVERIFY(out.isEmpty());
    QVERIFY(!err.isEmpty());
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
