#include "auditfixture.h"
#include "audits/auditreport.h"
#include "audits/auditreportpdfwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// The signed record: the same data in CSV and PDF, and the whole audit run from
// the command line without a display.
class TestAuditReport : public QObject
{
    Q_OBJECT

private slots:
    void reportListsWhatHappened();
    void csvHasCountsAndLists();
    void pdfContainsTheCounts();
    void commandLineRunsAnAuditHeadless();

private:
    // An audit of site 1 with one item found, one moved (accepted), one unexpected code.
    static qint64 prepare(TestDatabase &test, AuditFixture &fixture);
    static QString pdfText(const QString &path);
};

qint64 TestAuditReport::prepare(TestDatabase &test, AuditFixture &fixture)
{
    AuditService service(test.database(), { QStringLiteral("pruefer"), 0 });
    AuditScope scope;
    scope.siteIds = { 1 };
    const qint64 auditId = service
                               .create(QStringLiteral("Inventur Rathaus 2026"), scope,
                                       QStringLiteral("Frau Meier"), QDate(2026, 12, 31), nullptr)
                               .value_or(0);
    service.recordScan(auditId, at(QStringLiteral("INV-1"), 11), nullptr);
    service.recordScan(auditId, at(QStringLiteral("INV-2"), 12), nullptr);
    service.acceptMove(auditId, fixture.id("INV-2"), true, nullptr);
    service.recordScan(auditId, at(QStringLiteral("FREMD-7"), 12), nullptr);
    return auditId;
}

QString TestAuditReport::pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void TestAuditReport::reportListsWhatHappened()
{
    TestDatabase test;
    AuditFixture fixture(test);
    const qint64 auditId = prepare(test, fixture);
    QString error;
    const std::optional<AuditReport> report = AuditReportBuilder(test.database()).build(auditId, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->audit.counters.expected, 4); // INV-1, -2, -3, -8
    QCOMPARE(report->authorities, QStringLiteral("Landeshauptstadt Schwerin"));
    QCOMPARE(report->scope, QStringLiteral("Sites: Rathaus"));
    QCOMPARE(report->missing.size(), 2);
    QCOMPARE(report->missing.at(0).code, QStringLiteral("INV-3"));
    QCOMPARE(report->missing.at(0).expectedLocation, QStringLiteral("Rathaus / B 213"));
    QCOMPARE(report->moved.size(), 1);
    QCOMPARE(report->moved.at(0).foundLocation, QStringLiteral("Rathaus / B 213"));
    QCOMPARE(report->moved.at(0).note, QStringLiteral("new room accepted"));
    QCOMPARE(report->unexpected.size(), 1);
    QCOMPARE(report->unexpected.at(0).code, QStringLiteral("FREMD-7"));
}

void TestAuditReport::csvHasCountsAndLists()
{
    TestDatabase test;
    AuditFixture fixture(test);
    const qint64 auditId = prepare(test, fixture);
    QVERIFY(AuditService(test.database()).close(auditId, nullptr));
    const std::optional<AuditReport> report = AuditReportBuilder(test.database()).build(auditId, nullptr);
    QVERIFY(report);
    const QString path = test.folder() + QStringLiteral("/record.csv");
    QString error;
    QVERIFY2(AuditReportCsvWriter::write(*report, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QVERIFY(lines.contains(QStringLiteral("Expected;4")));
    QVERIFY(lines.contains(QStringLiteral("Found;1")));
    QVERIFY(lines.contains(QStringLiteral("Moved;1")));
    QVERIFY(lines.contains(QStringLiteral("Missing;2")));
    QVERIFY(lines.contains(QStringLiteral("Unexpected;1")));
    QVERIFY(lines.contains(QStringLiteral("Responsible;Frau Meier")));
    QVERIFY(lines.contains(QStringLiteral("missing;INV-3;PC;SER3;Rathaus / B 213;;")));
    QVERIFY(lines.contains(
        QStringLiteral("moved;INV-2;Monitor;SER2;Rathaus / B 212;Rathaus / B 213;new room accepted")));
    QVERIFY(lines.contains(QStringLiteral("unexpected;FREMD-7;;;;Rathaus / B 213;")));
}

void TestAuditReport::pdfContainsTheCounts()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    TestDatabase test;
    AuditFixture fixture(test);
    const qint64 auditId = prepare(test, fixture);
    QVERIFY(AuditService(test.database()).close(auditId, nullptr));
    const std::optional<AuditReport> report = AuditReportBuilder(test.database()).build(auditId, nullptr);
    QVERIFY(report);
    const QString path = test.folder() + QStringLiteral("/record.pdf");
    QString error;
    QVERIFY2(AuditReportPdfWriter::write(*report, path, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Inventur Rathaus 2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Expected 4")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Found 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Moved 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Missing 2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Unexpected 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("INV-3")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("FREMD-7")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Frau Meier")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("signature of the responsible person")), qPrintable(text));
}

void TestAuditReport::commandLineRunsAnAuditHeadless()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    TestDatabase test;
    AuditFixture fixture(test);
    const QString db = test.path();
    QString out, err;
    QCOMPARE(runBestand({ QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("new"),
                          QStringLiteral("--name"), QStringLiteral("Schule"), QStringLiteral("--site"),
                          QStringLiteral("Schule"), QStringLiteral("--responsible"),
                          QStringLiteral("Herr Kurz"), QStringLiteral("--json") },
                        &out, &err),
             0);
    const QJsonObject created = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(created.value(QStringLiteral("expected")).toInt(), 2); // INV-4, INV-5 (INV-6 retired)
    const QString auditId = QString::number(created.value(QStringLiteral("id")).toInteger());

    const QString scans = test.folder() + QStringLiteral("/cradle.txt");
    QFile file(scans);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("host4;2026-11-25T10:15:00;Schule / A 1\n"
               "nonsense;;;\n"
               "NEU-1;2026-11-25T10:16:00;A 2\n");
    file.close();
    QCOMPARE(runBestand({ QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("scans"),
                          QStringLiteral("--audit"), auditId, scans },
                        &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("cradle.txt:2:")), qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("1 found")), qPrintable(out));

    const QString pdf = test.folder() + QStringLiteral("/record.pdf");
    const QString csv = test.folder() + QStringLiteral("/record.csv");
    QCOMPARE(runBestand({ QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("close"),
                          QStringLiteral("--audit"), auditId, QStringLiteral("--report"), pdf,
                          QStringLiteral("--csv"), csv },
                        &out, &err),
             0);
    QVERIFY2(QFile::exists(csv), qPrintable(err));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Expected 2")), qPrintable(text + err));
    QVERIFY2(text.contains(QStringLiteral("Missing 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("NEU-1")), qPrintable(text));
    QCOMPARE(test.scalar(QStringLiteral("SELECT status FROM asset WHERE inventory_no = 'INV-5'")).toString(),
             QStringLiteral("missing"));

    // Frozen for scripts too.
    QCOMPARE(runBestand({ QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("scans"),
                          QStringLiteral("--audit"), auditId, scans },
                        &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("closed")), qPrintable(err));
    QCOMPARE(runBestand({ QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("list"),
                          QStringLiteral("--json") },
                        &out, &err),
             0);
    const QJsonArray audits = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(audits.size(), 1);
    QCOMPARE(audits.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(audits.at(0).toObject().value(QStringLiteral("found")).toInt(), 1);
    QCOMPARE(runBestand({ QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("due") }, &out,
                        &err),
             0);
    QVERIFY2(out.contains(QStringLiteral("INV-7")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("INV-4\t")), qPrintable(out)); // audited just now
}

QTEST_MAIN(TestAuditReport)
#include "tst_auditreport.moc"
