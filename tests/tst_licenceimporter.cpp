#include "import/licenceimporter.h"
#include "licences/compliancecalculator.h"
#include "licences/licencerepository.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString sample(const QString &name)
{
    return QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/") + name;
}

QJsonObject stats()
{
    QFile file(sample(QStringLiteral("sis_lizenzen.stats.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class TestLicenceImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sampleImportsWithItsStatsCounts();
    void ownerAliasesAndAllocations();
    void dryRunWritesNothing();
    void defectsAreRejectedWithReasons_data();
    void defectsAreRejectedWithReasons();
    void reimportCountsUnchanged();
    void assetProfileIsRefused();

private:
    ImportResult import(const QString &path, ImportOptions options = ImportOptions());
    QString writeFile(const QString &text);

    std::unique_ptr<TestDatabase> m_test;
    std::optional<ImportProfile> m_profile;
    QTemporaryDir m_dir;
};

void TestLicenceImporter::init()
{
    m_test = std::make_unique<TestDatabase>();
    QString error;
    m_profile = ImportProfile::load(QStringLiteral("sis-lizenzen"), &error);
    QVERIFY2(m_profile, qPrintable(error));
}

void TestLicenceImporter::cleanup()
{
    m_test.reset();
}

ImportResult TestLicenceImporter::import(const QString &path, ImportOptions options)
{
    if (options.user.isEmpty())
        options.user = QStringLiteral("importer");
    return LicenceImporter(m_test->database(), *m_profile).run(path, options);
}

QString TestLicenceImporter::writeFile(const QString &text)
{
    const QString path =
        m_dir.filePath(QStringLiteral("list-%1.csv").arg(QDateTime::currentMSecsSinceEpoch()));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

void TestLicenceImporter::sampleImportsWithItsStatsCounts()
{
    const QJsonObject expected = stats();
    QCOMPARE(expected.value(QStringLiteral("data_rows")).toInt(), 150);
    ImportOptions options;
    options.rejectsPath = m_dir.filePath(QStringLiteral("rejects.csv"));
    const ImportResult result = import(sample(QStringLiteral("sis_lizenzen.csv")), options);
    QVERIFY2(result.status == ImportResult::Status::Completed, qPrintable(result.error));
    QCOMPARE(result.counts.dataRows, qint64(expected.value(QStringLiteral("data_rows")).toInt()));
    QCOMPARE(result.counts.created, qint64(expected.value(QStringLiteral("valid_rows")).toInt()));
    QCOMPARE(result.counts.rejected,
             qint64(expected.value(QStringLiteral("defects"))
                        .toObject()
                        .value(QStringLiteral("negative_count"))
                        .toInt()));
    QCOMPARE(result.rejects.size(), 1);
    QCOMPARE(result.rejects.at(0).line, qint64(140));
    QCOMPARE(result.rejects.at(0).column, QStringLiteral("Anzahl"));
    QVERIFY(result.rejects.at(0).reason.contains(QStringLiteral("-5")));
    // The rejects file names the line in its reason column, as the asset import's does.
    QFile rejects(options.rejectsPath);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString rejectsText = QString::fromUtf8(rejects.readAll());
    QVERIFY2(rejectsText.contains(QStringLiteral("line 140: ")), qPrintable(rejectsText));

    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence")).toInt(), 149);
    QCOMPARE(
        m_test
            ->scalar(
                QStringLiteral("SELECT COUNT(*) FROM licence WHERE import_batch_id = %1").arg(result.batchId))
            .toInt(),
        149);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT kind FROM import_batch")).toString(),
             QStringLiteral("licences"));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT rejected FROM import_batch")).toInt(), 1);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM import_reject")).toInt(), 1);
    // Keys are stored for revealing, but history keeps them masked.
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM licence WHERE licence_key = "
                                         "'6M9DV-G9HYB-FYTKM-JRQ6G-338WB'"))
                 .toInt(),
             1);
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE new_value LIKE '%G9HYB%'")).toInt(),
        0);
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'licence' AND action = "
                                         "'insert' AND import_batch_id = %1")
                              .arg(result.batchId))
                 .toInt(),
             149);
    // Prices are read as cents, dates as dates.
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT price_per_seat_cents FROM licence WHERE licence_key = "
                                         "'H&H' OR contract_no = 'V-2017-571'"))
                 .toLongLong(),
             320000);
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT valid_until FROM licence WHERE contract_no = 'V-2017-571'"))
            .toString(),
        QStringLiteral("2028-12-31"));

    // The imported list is something compliance can report on.
    ComplianceCalculator calculator(m_test->database());
    QString error;
    const std::optional<ComplianceReport> report = calculator.calculate(&error);
    QVERIFY(report);
    QCOMPARE(report->licences.size(), 149);
}

void TestLicenceImporter::ownerAliasesAndAllocations()
{
    const QString header =
        QStringLiteral("Produkt;Hersteller;Lizenzart;Anzahl;Lizenzschlüssel;Vertrag;gültig bis;"
                       "Preis je Lizenz;Eigentümer;genutzt von;Bemerkung\n");
    const QString path =
        writeFile(header
                  + QStringLiteral("Shared;V;Volumenlizenz;11;;C-1;;10,00;SIS;Stadt Schwerin, LK LUP;\n"
                                   "Own;V;Einzelplatz;5;;C-2;;;Landkreis Ludwigslust-Parchim;LK LUP;\n"
                                   "Lent;V;Subscription;4;;C-3;31.12.2026;1.200,00 €;Stadt Schwerin;LK LUP;\n"
                                   "Server CAL (User);V;Volumenlizenz;50;;C-4;;;SIS;;\n"
                                   "Net;V;Concurrent;3;;C-5;;;LK LUP;;\n"));
    const ImportResult result = import(path);
    QVERIFY2(result.status == ImportResult::Status::Completed, qPrintable(result.error));
    QCOMPARE(result.counts.created, qint64(5));

    const auto allocations = [this](const QString &contract) {
        QSqlQuery query(m_test->database().connection());
        query.prepare(
            QStringLiteral("SELECT au.code, a.seats FROM licence_allocation a JOIN licence l ON l.id = "
                           "a.licence_id JOIN authority au ON au.id = a.authority_id WHERE l.contract_no = ? "
                           "ORDER BY au.code"));
        query.addBindValue(contract);
        query.exec();
        QStringList result;
        while (query.next())
            result.append(QStringLiteral("%1=%2").arg(query.value(0).toString(), query.value(1).toString()));
        return result;
    };
    const auto owner = [this](const QString &contract) {
        return m_test
            ->scalar(QStringLiteral(
                         "SELECT au.code FROM licence l JOIN authority au ON au.id = l.owner_authority_id "
                         "WHERE l.contract_no = '%1'")
                         .arg(contract))
            .toString();
    };
    // 11 seats for two users: 6 to the first named, 5 to the second.
    QCOMPARE(owner(QStringLiteral("C-1")), QStringLiteral("SN"));
    QCOMPARE(allocations(QStringLiteral("C-1")),
             QStringList({ QStringLiteral("LUP=5"), QStringLiteral("SN=6") }));
    // Used only by its owner: no allocation, it serves the owner.
    QCOMPARE(owner(QStringLiteral("C-2")), QStringLiteral("LUP"));
    QCOMPARE(allocations(QStringLiteral("C-2")), QStringList());
    // Owned by the city, used by the district only.
    QCOMPARE(allocations(QStringLiteral("C-3")), QStringList({ QStringLiteral("LUP=4") }));
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT price_per_seat_cents FROM licence WHERE contract_no = 'C-3'"))
            .toLongLong(),
        120000);
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT metric FROM licence WHERE contract_no = 'C-4'")).toString(),
        QStringLiteral("user"));
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT metric FROM licence WHERE contract_no = 'C-5'")).toString(),
        QStringLiteral("concurrent"));
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT metric FROM licence WHERE contract_no = 'C-1'")).toString(),
        QStringLiteral("device"));
}

void TestLicenceImporter::dryRunWritesNothing()
{
    ImportOptions options;
    options.dryRun = true;
    const ImportResult result = import(sample(QStringLiteral("sis_lizenzen.csv")), options);
    QVERIFY2(result.status == ImportResult::Status::DryRun, qPrintable(result.error));
    QCOMPARE(result.counts.created, qint64(149));
    QCOMPARE(result.counts.rejected, qint64(1));
    QCOMPARE(result.batchId, qint64(0));
    for (const char *table : { "licence", "licence_allocation", "history", "import_batch", "import_reject" })
        QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt(),
                 0);
}

void TestLicenceImporter::defectsAreRejectedWithReasons_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("negative count") << QStringLiteral("Office;MS;Volumenlizenz;-5;;C;;;SIS;;")
                                    << QStringLiteral("Anzahl") << QStringLiteral("-5");
    QTest::newRow("expiry not a date") << QStringLiteral("Office;MS;Volumenlizenz;5;;C;bald;;SIS;;")
                                       << QStringLiteral("gültig bis") << QStringLiteral("bald");
    QTest::newRow("unknown owner") << QStringLiteral("Office;MS;Volumenlizenz;5;;C;;;Amt Crivitz;;")
                                   << QStringLiteral("Eigentümer") << QStringLiteral("Amt Crivitz");
    QTest::newRow("unknown user") << QStringLiteral("Office;MS;Volumenlizenz;5;;C;;;SIS;SIS, Hamburg;")
                                  << QStringLiteral("genutzt von") << QStringLiteral("Hamburg");
    QTest::newRow("unknown type") << QStringLiteral("Office;MS;Leihgabe;5;;C;;;SIS;;")
                                  << QStringLiteral("Lizenzart") << QStringLiteral("Leihgabe");
    QTest::newRow("no product") << QStringLiteral(";MS;Volumenlizenz;5;;C;;;SIS;;")
                                << QStringLiteral("Produkt") << QString();
}

void TestLicenceImporter::defectsAreRejectedWithReasons()
{
    QFETCH(QString, row);
    QFETCH(QString, column);
    QFETCH(QString, reasonPart);
    const QString path =
        writeFile(QStringLiteral("Produkt;Hersteller;Lizenzart;Anzahl;Lizenzschlüssel;Vertrag;gültig bis;"
                                 "Preis je Lizenz;Eigentümer;genutzt von;Bemerkung\n"
                                 "Good;V;Volumenlizenz;1;;G;;;SIS;;\n")
                  + row + QLatin1Char('\n'));
    const ImportResult result = import(path);
    QVERIFY2(result.status == ImportResult::Status::Completed, qPrintable(result.error));
    QCOMPARE(result.counts.dataRows, qint64(2));
    QCOMPARE(result.counts.created, qint64(1));
    QCOMPARE(result.counts.rejected, qint64(1));
    QCOMPARE(result.rejects.at(0).line, qint64(3));
    QCOMPARE(result.rejects.at(0).column, column);
    QVERIFY2(result.rejects.at(0).reason.contains(reasonPart), qPrintable(result.rejects.at(0).reason));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT reason FROM import_reject")).toString(),
             result.rejects.at(0).reason);
}

void TestLicenceImporter::reimportCountsUnchanged()
{
    QVERIFY(import(sample(QStringLiteral("sis_lizenzen.csv"))).status == ImportResult::Status::Completed);
    const ImportResult again = import(sample(QStringLiteral("sis_lizenzen.csv")));
    QVERIFY2(again.status == ImportResult::Status::Completed, qPrintable(again.error));
    QCOMPARE(again.counts.created, qint64(0));
    QCOMPARE(again.counts.unchanged, qint64(149));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence")).toInt(), 149);
}

void TestLicenceImporter::assetProfileIsRefused()
{
    QString error;
    const std::optional<ImportProfile> assets = ImportProfile::load(QStringLiteral("sis"), &error);
    QVERIFY(assets);
    const ImportResult result = LicenceImporter(m_test->database(), *assets)
                                    .run(sample(QStringLiteral("sis_lizenzen.csv")), ImportOptions());
    QVERIFY(result.status == ImportResult::Status::Failed);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestLicenceImporter)
#include "tst_licenceimporter.moc"
