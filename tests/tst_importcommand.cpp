#include "import/rejectsfilewriter.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

namespace {
QString sample(const QString &name)
{
    return QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/") + name;
}

QJsonObject stats(const QString &name)
{
    QFile file(sample(name + QStringLiteral(".stats.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing stats %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject runJson(const QStringList &arguments, int *exitCode)
{
    QString out, err;
    *exitCode = runBestand(arguments, &out, &err);
    if (*exitCode != 0)
        qWarning("%s", qPrintable(err));
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

// The sample licence list through `bestand import --json`, rejects next to the database.
QJsonObject importLicenceSample(TestDatabase &test, int *exitCode)
{
    return runJson({ QStringLiteral("import"), QStringLiteral("--db"), test.path(),
                     QStringLiteral("--profile"), QStringLiteral("sis-lizenzen"), QStringLiteral("--rejects"),
                     test.folder() + QStringLiteral("/lic.rejects.csv"), QStringLiteral("--json"),
                     sample(QStringLiteral("sis_lizenzen.csv")) },
                   exitCode);
}

// A big SIS-like list made here, so the test does not need the generator.
QString writeBigList(const QString &folder, int rows)
{
    const QString path = folder + QStringLiteral("/big.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("\xEF\xBB\xBF\"Inventar-Nr\";\"Ger\xC3\xA4tetyp\";\"Hersteller\";\"Modell\";\"Seriennummer\";"
               "\"Standort\";"
               "\"Raum\";\"Kaufdatum\";\"Kaufpreis\";\"Status\"\r\n");
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        chunk += QStringLiteral(
                     "\"BIG-%1\";\"PC\";\"Dell\";\"OptiPlex 7050\";\"SER%1X\";\"Rathaus, Am Markt 14, 19055 "
                     "Schwerin\";\"%2\";\"01.02.2019\";\"899,00 \u20ac\";\"in Betrieb\"\r\n")
                     .arg(i, 7, 10, QLatin1Char('0'))
                     .arg(i % 300)
                     .toUtf8();
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}
} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void samplesImportAndMerge();
    void licenceListImportsThroughItsProfile();
    void usageErrors_data();
    void usageErrors();
    void missingFileFailsWithoutChanges();
    void dryRunWritesNothing();
    void rejectsFileNextToInput();
    void undoImport();
    void undoLicenceImport();
    void killedImportLeavesDatabaseUnchanged_data();
    void killedImportLeavesDatabaseUnchanged();
};

void TestImportCommand::licenceListImportsThroughItsProfile()
{
    TestDatabase test;
    int exitCode = -1;
    const QJsonObject result = importLicenceSample(test, &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject expected = stats(QStringLiteral("sis_lizenzen"));
    const qint64 dataRows = expected.value(QStringLiteral("data_rows")).toInteger();
    QCOMPARE(result.value(QStringLiteral("data_rows")).toInteger(), dataRows);
    QCOMPARE(result.value(QStringLiteral("rejected")).toInteger(),
             dataRows - expected.value(QStringLiteral("valid_rows")).toInteger());
    QCOMPARE(result.value(QStringLiteral("created")).toInteger(),
             expected.value(QStringLiteral("valid_rows")).toInteger());
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM licence")).toLongLong(),
             result.value(QStringLiteral("created")).toInteger());
    QCOMPARE(test.scalar(QStringLiteral("SELECT kind FROM import_batch")).toString(),
             QStringLiteral("licences"));
    QVERIFY(QFile::exists(test.folder() + QStringLiteral("/lic.rejects.csv")));
}

void TestImportCommand::samplesImportAndMerge()
{
    TestDatabase test;
    int exitCode = -1;
    const QJsonObject district =
        runJson({ QStringLiteral("import"), QStringLiteral("--db"), test.path(), QStringLiteral("--profile"),
                  QStringLiteral("landkreis"), QStringLiteral("--rejects"),
                  test.folder() + QStringLiteral("/lk.rejects.csv"), QStringLiteral("--json"),
                  sample(QStringLiteral("landkreis_inventar.csv")) },
                &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject city =
        runJson({ QStringLiteral("import"), QStringLiteral("--db"), test.path(), QStringLiteral("--profile"),
                  QStringLiteral("sis"), QStringLiteral("--rejects"),
                  test.folder() + QStringLiteral("/sis.rejects.csv"), QStringLiteral("--json"),
                  sample(QStringLiteral("sis_inventar.csv")) },
                &exitCode);
    QCOMPARE(exitCode, 0);

    for (const auto &[result, name] : { std::pair { district, QStringLiteral("landkreis_inventar") },
                                        std::pair { city, QStringLiteral("sis_inventar") } }) {
        const QJsonObject expected = stats(name);
        const qint64 dataRows = expected.value(QStringLiteral("data_rows")).toInteger();
        const qint64 invalid = dataRows - expected.value(QStringLiteral("valid_rows")).toInteger();
        QCOMPARE(result.value(QStringLiteral("data_rows")).toInteger(), dataRows);
        QVERIFY(result.value(QStringLiteral("rejected")).toInteger() >= invalid);
        qint64 sum = 0;
        for (const char *key : { "created", "updated", "unchanged", "rejected" })
            sum += result.value(QLatin1String(key)).toInteger();
        QCOMPARE(sum, dataRows);
        QVERIFY(result.value(QStringLiteral("batch")).toInteger() > 0);
        for (const char *key : { "skipped_lines", "warnings" })
            QVERIFY2(result.contains(QLatin1String(key)), key);
        // Each warning and skipped line with its line, as the wizard lists them.
        QMap<QString, qint64> noticed;
        for (const QJsonValue &value : result.value(QStringLiteral("notices")).toArray()) {
            const QJsonObject notice = value.toObject();
            QVERIFY(notice.value(QStringLiteral("line")).toInteger() > 1);
            QVERIFY(!notice.value(QStringLiteral("message")).toString().isEmpty());
            ++noticed[notice.value(QStringLiteral("kind")).toString()];
        }
        QCOMPARE(noticed.value(QStringLiteral("warning")),
                 result.value(QStringLiteral("warnings")).toInteger());
        QCOMPARE(noticed.value(QStringLiteral("skipped")),
                 result.value(QStringLiteral("skipped_lines")).toInteger());
    }
    // The devices both lists share became one asset each, with both legacy numbers.
    const qint64 shared = city.value(QStringLiteral("updated")).toInteger();
    QVERIFY(shared > 0);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toLongLong(),
             district.value(QStringLiteral("created")).toInteger()
                 + city.value(QStringLiteral("created")).toInteger());
    QCOMPARE(test.scalar(QStringLiteral(
                             "SELECT COUNT(*) FROM (SELECT asset_id FROM legacy_identifier GROUP BY asset_id "
                             "HAVING COUNT(DISTINCT source) = 2) shared_assets"))
                 .toLongLong(),
             shared);

    // Later: which imports are there to undo? Newest first, with their counts.
    QString out;
    QCOMPARE(runBestand({ QStringLiteral("undo-import"), QStringLiteral("--db"), test.path(),
                          QStringLiteral("--list"), QStringLiteral("--json") },
                        &out),
             0);
    const QJsonArray batches = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.at(0)[QStringLiteral("batch")].toInteger(),
             city.value(QStringLiteral("batch")).toInteger());
    QCOMPARE(batches.at(1)[QStringLiteral("file")].toString(), QStringLiteral("landkreis_inventar.csv"));
    for (const char *key : { "data_rows", "created", "updated", "rejected", "warnings" })
        QCOMPARE(batches.at(0)[QLatin1String(key)].toInteger(), city.value(QLatin1String(key)).toInteger());
    QCOMPARE(batches.at(1)[QStringLiteral("status")].toString(), QStringLiteral("completed"));
    QCOMPARE(runBestand({ QStringLiteral("undo-import"), QStringLiteral("--db"), test.path(),
                          QStringLiteral("--list"), QStringLiteral("1") }),
             2);

    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), test.path() }, &out), 0);
}

void TestImportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = sample(QStringLiteral("sis_inventar.csv"));
    QTest::newRow("no profile") << QStringList { file };
    QTest::newRow("no file") << QStringList { QStringLiteral("--profile"), QStringLiteral("sis") };
    QTest::newRow("unknown profile") << QStringList { QStringLiteral("--profile"), QStringLiteral("nope"),
                                                      file };
    QTest::newRow("two policies") << QStringList { QStringLiteral("--profile"), QStringLiteral("sis"),
                                                   QStringLiteral("--update"),
                                                   QStringLiteral("--skip-existing"), file };
    QTest::newRow("bad encoding") << QStringList { QStringLiteral("--profile"), QStringLiteral("sis"),
                                                   QStringLiteral("--encoding"), QStringLiteral("ebcdic"),
                                                   file };
    QTest::newRow("bad separator") << QStringList { QStringLiteral("--profile"), QStringLiteral("sis"),
                                                    QStringLiteral("--separator"), QStringLiteral(";;"),
                                                    file };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--profile"), QStringLiteral("sis"),
                                                     QStringLiteral("--frobnicate"), file };
}

void TestImportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    TestDatabase test;
    arguments.prepend(test.path());
    arguments.prepend(QStringLiteral("--db"));
    arguments.prepend(QStringLiteral("import"));
    QString out, err;
    QCOMPARE(runBestand(arguments, &out, &err), 2);
    QVERIFY(!err.isEmpty());
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch")).toInt(), 0);
}

void TestImportCommand::missingFileFailsWithoutChanges()
{
    TestDatabase test;
    QString out, err;
    QCOMPARE(runBestand({ QStringLiteral("import"), QStringLiteral("--db"), test.path(),
                          QStringLiteral("--profile"), QStringLiteral("sis"),
                          test.folder() + QStringLiteral("/missing.csv") },
                        &out, &err),
             1);
    QVERIFY(err.contains(QStringLiteral("missing.csv")));

    // A file without the profile's required column fails as a whole.
    const QString wrong = test.folder() + QStringLiteral("/wrong.csv");
    QFile file(wrong);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a;b\r\n1;2\r\n");
    file.close();
    QCOMPARE(runBestand({ QStringLiteral("import"), QStringLiteral("--db"), test.path(),
                          QStringLiteral("--profile"), QStringLiteral("sis"), wrong },
                        &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("Inventar-Nr")), qPrintable(err));
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch")).toInt(), 0);
}

void TestImportCommand::dryRunWritesNothing()
{
    TestDatabase test;
    QDir(test.folder()).mkdir(QStringLiteral("in"));
    const QString input = test.folder() + QStringLiteral("/in/sis.csv");
    QVERIFY(QFile::copy(sample(QStringLiteral("sis_inventar.csv")), input));
    int exitCode = -1;
    const QJsonObject result =
        runJson({ QStringLiteral("import"), QStringLiteral("--db"), test.path(), QStringLiteral("--profile"),
                  QStringLiteral("sis"), QStringLiteral("--dry-run"), QStringLiteral("--json"), input },
                &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("dry_run"));
    QVERIFY(result.value(QStringLiteral("batch")).isNull());
    QCOMPARE(result.value(QStringLiteral("data_rows")).toInteger(), 2000);
    QVERIFY(result.value(QStringLiteral("created")).toInteger() > 1900);
    for (const char *table :
         { "asset", "import_batch", "import_reject", "history", "legacy_identifier", "site", "person" })
        QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
    QCOMPARE(QDir(test.folder() + QStringLiteral("/in")).entryList(QDir::Files),
             QStringList { QStringLiteral("sis.csv") });
}

void TestImportCommand::rejectsFileNextToInput()
{
    TestDatabase test;
    const QString input = test.folder() + QStringLiteral("/lk.csv");
    QVERIFY(QFile::copy(sample(QStringLiteral("landkreis_inventar.csv")), input));
    QString out, err;
    QCOMPARE(runBestand({ QStringLiteral("import"), QStringLiteral("--db"), test.path(),
                          QStringLiteral("--profile"), QStringLiteral("landkreis"), input },
                        &out, &err),
             0);
    // Human output: counts and the first rejects with line and reason.
    QVERIFY2(out.contains(QStringLiteral("Data rows: 3000")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("line 320")), qPrintable(out));
    const QString rejects = test.folder() + QStringLiteral("/lk.rejects.csv");
    QVERIFY(QFileInfo::exists(rejects));
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // the district list has no BOM
    QVERIFY(bytes.contains("Geb\xE4ude")); // and stays Windows-1252
    QCOMPARE(bytes.count("\r\n"), 1 + 5); // header and the five rows with a stray ';'
}

void TestImportCommand::undoImport()
{
    TestDatabase test;
    int exitCode = -1;
    const QJsonObject result = runJson(
        { QStringLiteral("import"), QStringLiteral("--db"), test.path(), QStringLiteral("--profile"),
          QStringLiteral("landkreis"), QStringLiteral("--rejects"), test.folder() + QStringLiteral("/r.csv"),
          QStringLiteral("--json"), sample(QStringLiteral("landkreis_inventar.csv")) },
        &exitCode);
    QCOMPARE(exitCode, 0);
    const QString batch = QString::number(result.value(QStringLiteral("batch")).toInteger());
    QVERIFY(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt() > 2900);
    QString out, err;
    QCOMPARE(
        runBestand({ QStringLiteral("undo-import"), QStringLiteral("--db"), test.path(), batch }, &out, &err),
        0);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 0);
    QVERIFY2(out.contains(QStringLiteral("master data row(s) no longer used, removed: Room")),
             qPrintable(out));
    // The sites, rooms and units the import created went with it; the built-in categories stay.
    for (const char *table : { "site", "room", "org_unit", "person" })
        QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM category")).toInt(), 17);
    QCOMPARE(
        runBestand({ QStringLiteral("undo-import"), QStringLiteral("--db"), test.path(), batch }, &out, &err),
        1);
    QVERIFY(err.contains(QStringLiteral("already")));
    QCOMPARE(runBestand(
                 { QStringLiteral("undo-import"), QStringLiteral("--db"), test.path(), QStringLiteral("x") },
                 &out, &err),
             2);
    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), test.path() }, &out, &err), 0);
}

void TestImportCommand::undoLicenceImport()
{
    TestDatabase test;
    int exitCode = -1;
    const QJsonObject result = importLicenceSample(test, &exitCode);
    QCOMPARE(exitCode, 0);
    const QString batch = QString::number(result.value(QStringLiteral("batch")).toInteger());
    const qint64 created = result.value(QStringLiteral("created")).toInteger();
    QVERIFY(created > 100);
    QVERIFY(test.scalar(QStringLiteral("SELECT COUNT(*) FROM licence_allocation")).toInt() > 0);
    QString out, err;
    QCOMPARE(
        runBestand({ QStringLiteral("undo-import"), QStringLiteral("--db"), test.path(), batch }, &out, &err),
        0);
    QVERIFY2(out.contains(QStringLiteral("Import batch %1 undone: %2 licence(s) deleted, 0 restored.")
                              .arg(batch)
                              .arg(created)),
             qPrintable(out + err));
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM licence")).toInt(), 0);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM licence_allocation")).toInt(), 0);
    QCOMPARE(test.scalar(QStringLiteral("SELECT status FROM import_batch")).toString(),
             QStringLiteral("undone"));
    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), test.path() }, &out, &err), 0);
}

void TestImportCommand::killedImportLeavesDatabaseUnchanged_data()
{
    // Alone, a bulk load writes through a rollback journal straight into the file;
    // with another connection open (this test's), through the write-ahead log.
    QTest::addColumn<bool>("shared");
    QTest::newRow("database shared: write-ahead log") << true;
    QTest::newRow("database alone: rollback journal") << false;
}

void TestImportCommand::killedImportLeavesDatabaseUnchanged()
{
    // Watches the SQLite file and its journal grow; a killed client of a server is
    // rolled back by the server itself.
    SKIP_UNLESS_SQLITE();
    QFETCH(bool, shared);
    TestDatabase test;
    QString out, err;
    QCOMPARE(
        runBestand({ QStringLiteral("import"), QStringLiteral("--db"), test.path(),
                     QStringLiteral("--profile"), QStringLiteral("sis"), QStringLiteral("--rejects"),
                     test.folder() + QStringLiteral("/r.csv"), sample(QStringLiteral("sis_inventar.csv")) },
                   &out, &err),
        0);
    const qint64 assetsBefore = test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toLongLong();
    const qint64 batchesBefore =
        test.scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch")).toLongLong();
    const QString big = writeBigList(test.folder(), 300000);
    if (!shared)
        test.database().close();

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BESTAND_EXECUTABLE),
                  { QStringLiteral("import"), QStringLiteral("--db"), test.path(),
                    QStringLiteral("--profile"), QStringLiteral("sis"), big });
    QVERIFY(process.waitForStarted());
    // Kill it once it has written a good part of its transaction: to the log, or
    // (alone) into the database file itself.
    const QString written = shared ? test.path() + QStringLiteral("-wal") : test.path();
    const qint64 sizeBefore = QFileInfo(written).size();
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo(written).size() < sizeBefore + 4 * 1024 * 1024 && timer.elapsed() < 60000
           && process.state() == QProcess::Running)
        QThread::msleep(20);
    QCOMPARE(process.state(), QProcess::Running); // still mid-import
    QCOMPARE(QFileInfo::exists(test.path() + QStringLiteral("-journal")), !shared);
    if (!shared) {
        // Meanwhile nobody else gets in, and is told why.
        Database other(test.settings());
        QString error;
        QVERIFY(!other.open(&error));
        QVERIFY2(error.contains(QStringLiteral("in use by another program")), qPrintable(error));
    }
    process.kill(); // SIGKILL: no chance to roll back itself
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), test.path() }, &out, &err), 0);
    // A fresh connection sees exactly what was committed before.
    Database fresh(test.settings());
    QVERIFY(fresh.open(nullptr));
    QSqlQuery query(fresh.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM asset), (SELECT COUNT(*) FROM import_batch)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), assetsBefore);
    QCOMPARE(query.value(1).toLongLong(), batchesBefore);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
