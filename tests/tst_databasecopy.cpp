#include "assets/assetrepository.h"
#include "billing/billingcalculator.h"
#include "billing/billingraterepository.h"
#include "billing/billingrunstore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

// A technician's SQLite inventory moves to the team's database (the engine of this
// run: a server on the PostgreSQL run, another file on the SQLite run). After the
// copy both hold the same rows, find the same assets, and pass the check.
class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void copiesEveryRowAndBothSidesPassTheCheck();
    void searchFindsTheSameAssetsOnBothSides_data();
    void searchFindsTheSameAssetsOnBothSides();
    void newRowsContinueAfterTheCopiedIds();
    void refusesATargetThatHoldsAnInventory();
    void failedCopyLeavesTheTargetAsItWas();
    void closedBillingRunStaysClosedOnTheTarget();

private:
    QStringList rows(TestDatabase &test, const QString &table);
    QString copy(TestDatabase &target, int expectedExit);

    std::unique_ptr<TestDatabase> m_source; // always a SQLite file
    std::unique_ptr<TestDatabase> m_target; // copied into once, in initTestCase
};

namespace {
QString sample(const QString &name)
{
    return QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/") + name;
}
} // namespace

QString TestDatabaseCopy::copy(TestDatabase &target, int expectedExit)
{
    QString out;
    QString err;
    const int exitCode =
        runBestand({ QStringLiteral("copy-database"), QStringLiteral("--from"), m_source->path(),
                     QStringLiteral("--to"), target.path(), QStringLiteral("--json") },
                   &out, &err, 300000);
    if (exitCode != expectedExit)
        qWarning("copy-database exited %d: %s %s", exitCode, qPrintable(out), qPrintable(err));
    return exitCode == expectedExit ? out + err : QString();
}

void TestDatabaseCopy::initTestCase()
{
    m_source = std::make_unique<TestDatabase>(true, DatabaseSettings::Backend::Sqlite);
    // The legacy lists as a migration brings them, with their batches and rejects.
    const QList<QStringList> imports = {
        { QStringLiteral("sis"), sample(QStringLiteral("sis_inventar.csv")) },
        { QStringLiteral("landkreis"), sample(QStringLiteral("landkreis_inventar.csv")) },
        { QStringLiteral("sis-lizenzen"), sample(QStringLiteral("sis_lizenzen.csv")) },
    };
    for (const QStringList &import : imports) {
        QString out;
        QString err;
        const int exitCode =
            runBestand({ QStringLiteral("import"), QStringLiteral("--db"), m_source->path(),
                         QStringLiteral("--profile"), import.at(0), QStringLiteral("--rejects"),
                         m_source->folder() + QStringLiteral("/rejects.csv"), import.at(1) },
                       &out, &err, 300000);
        QVERIFY2(exitCode == 0 || exitCode == 1, qPrintable(err)); // 1: some rows rejected, as in real lists
    }
    // A technician's edit after the import, so the history has an update too.
    AssetRepository repository(m_source->database(), { QStringLiteral("anna"), 0 });
    QString error;
    Asset asset =
        *repository.find(m_source->scalar(QStringLiteral("SELECT MIN(id) FROM asset")).toLongLong(), &error);
    asset.notes = QStringLiteral("Akku getauscht, Müller");
    QCOMPARE(repository.update(asset, &error), AssetRepository::UpdateResult::Updated);
    QVERIFY(m_source->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt() > 4000);
    // The current quarter billed and closed: a closed run must arrive closed, totals and all.
    for (const QString &category : { QStringLiteral("PC"), QStringLiteral("Notebook") }) {
        BillingRate rate;
        rate.categoryId = m_source->categoryId(category);
        rate.validFrom = QDate(2020, 1, 1);
        rate.monthlyCents = 3000;
        QVERIFY2(BillingRateRepository(m_source->database(), {}).insert(rate, &error), qPrintable(error));
    }
    const QDate today = QDate::currentDate();
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const std::optional<BillingResult> billed =
        BillingCalculator(m_source->database())
            .run({ quarterStart, quarterStart.addMonths(3).addDays(-1) }, 0, {}, &error);
    QVERIFY2(billed && billed->totalCents > 0, qPrintable(error));
    BillingRunStore runs(m_source->database(), { QStringLiteral("anna"), 0 });
    const std::optional<StoredBillingRun> run = runs.saveOpen(*billed, &error);
    QVERIFY2(run && runs.close(run->id, &error), qPrintable(error));

    m_target = std::make_unique<TestDatabase>();
    const QString result = copy(*m_target, 0);
    QVERIFY(!result.isEmpty());
    const QJsonObject object = QJsonDocument::fromJson(result.toUtf8()).object();
    QVERIFY2(object.value(QStringLiteral("ok")).toBool(), qPrintable(result));
}

void TestDatabaseCopy::cleanupTestCase()
{
    m_target.reset();
    m_source.reset();
}

QStringList TestDatabaseCopy::rows(TestDatabase &test, const QString &table)
{
    // The columns of the source, in its order; values as text, the way a user reads them.
    const QSqlRecord record = m_source->database().connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    const bool hasId = columns.contains(QStringLiteral("id"));
    QSqlQuery query(test.database().connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(columns.join(QStringLiteral(", ")), table,
                             hasId ? QStringLiteral("id") : columns.join(QStringLiteral(", ")))))
        qWarning("%s", qPrintable(query.lastQuery()));
    QStringList result;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(i);
            values.append(value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        result.append(values.join(QLatin1Char('|')));
    }
    return result;
}

void TestDatabaseCopy::copiesEveryRowAndBothSidesPassTheCheck()
{
    const QStringList tables = { QStringLiteral("authority"),    QStringLiteral("category"),
                                 QStringLiteral("site"),         QStringLiteral("room"),
                                 QStringLiteral("org_unit"),     QStringLiteral("person"),
                                 QStringLiteral("import_batch"), QStringLiteral("import_reject"),
                                 QStringLiteral("asset"),        QStringLiteral("legacy_identifier"),
                                 QStringLiteral("licence"),      QStringLiteral("licence_allocation"),
                                 QStringLiteral("history"),      QStringLiteral("billing_rate"),
                                 QStringLiteral("billing_run"),  QStringLiteral("billing_run_total") };
    for (const QString &table : tables) {
        const QStringList expected = rows(*m_source, table);
        QVERIFY2(!expected.isEmpty(), qPrintable(table));
        const QStringList copied = rows(*m_target, table);
        QCOMPARE(copied.size(), expected.size());
        QCOMPARE(copied, expected);
    }
    QString out;
    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), m_target->path() }, &out), 0);
    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), m_source->path() }, &out), 0);
    // The copy sets the asset indexes and the sort-key trigger aside while it writes:
    // the target ends with the schema of any new database of its engine.
    TestDatabase fresh;
    QCOMPARE(m_target->schema(), fresh.schema());
}

void TestDatabaseCopy::searchFindsTheSameAssetsOnBothSides_data()
{
    QTest::addColumn<QString>("typed");
    // What technicians type: a make, a model, part of an inventory or serial number,
    // a person with an umlaut typed with and without it, a room, several words.
    for (const char *typed :
         { "dell", "optiplex", "SIS-2", "lenovo think", "müller", "muller", "bürgerbüro", "burgerburo", "hp",
           "fujitsu", "akku", "stadthaus", "b24-8", "\"SIS-20\"", "a 1", "ymx7mc5aj7", "c 204" })
        QTest::newRow(typed) << QString::fromUtf8(typed);
}

void TestDatabaseCopy::searchFindsTheSameAssetsOnBothSides()
{
    QFETCH(QString, typed);
    const QList<qint64> onSource = m_source->searchIds(typed);
    QVERIFY2(!onSource.isEmpty(), "a word that finds nothing on either side would prove nothing");
    QCOMPARE(m_target->searchIds(typed), onSource);
}

void TestDatabaseCopy::newRowsContinueAfterTheCopiedIds()
{
    const qint64 highest = m_target->scalar(QStringLiteral("SELECT MAX(id) FROM asset")).toLongLong();
    AssetRepository repository(m_target->database(), {});
    Asset asset;
    asset.inventoryNo = QStringLiteral("KSM-NEU-1");
    asset.categoryId = m_target->categoryId(QStringLiteral("Notebook"));
    asset.ownerAuthorityId = m_target->authorityId(QStringLiteral("KSM"));
    QString error;
    QVERIFY2(repository.insert(asset, &error), qPrintable(error));
    QVERIFY(asset.id > highest);
    const qint64 historyBefore = m_target->scalar(QStringLiteral("SELECT MAX(id) FROM history")).toLongLong();
    QCOMPARE(m_target
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity_id = %1 AND id > %2")
                              .arg(asset.id)
                              .arg(historyBefore - 1))
                 .toInt(),
             1);
}

void TestDatabaseCopy::refusesATargetThatHoldsAnInventory()
{
    const int assets = m_target->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt();
    const QString result = copy(*m_target, 1);
    QVERIFY2(result.contains(QStringLiteral("already holds")), qPrintable(result));
    QCOMPARE(m_target->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), assets);
}

void TestDatabaseCopy::failedCopyLeavesTheTargetAsItWas()
{
    TestDatabase target;
    const QStringList authoritiesBefore = rows(target, QStringLiteral("authority"));
    // The target refuses the last history row: everything before it must go too.
    const qint64 last = m_source->scalar(QStringLiteral("SELECT MAX(id) FROM history")).toLongLong();
    if (target.isPostgres()) {
        QVERIFY(
            target.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                                       "BEGIN IF NEW.id = %1 THEN RAISE EXCEPTION 'refused'; END IF; "
                                       "RETURN NEW; END $body$")
                            .arg(last)));
        QVERIFY(target.exec(QStringLiteral(
            "CREATE TRIGGER refuse BEFORE INSERT ON history FOR EACH ROW EXECUTE FUNCTION refuse()")));
    } else {
        QVERIFY(target.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON history WHEN NEW.id = %1 "
                                           "BEGIN SELECT RAISE(ABORT, 'refused'); END")
                                .arg(last)));
    }
    const QString result = copy(target, 1);
    QVERIFY2(result.contains(QStringLiteral("refused")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Nothing was copied")), qPrintable(result));
    for (const QString &table :
         { QStringLiteral("asset"), QStringLiteral("history"), QStringLiteral("import_batch"),
           QStringLiteral("licence"), QStringLiteral("person") })
        QCOMPARE(target.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt(), 0);
    QCOMPARE(rows(target, QStringLiteral("authority")), authoritiesBefore);
}

void TestDatabaseCopy::closedBillingRunStaysClosedOnTheTarget()
{
    QCOMPARE(m_target->scalar(QStringLiteral("SELECT status FROM billing_run")).toString(),
             QStringLiteral("closed"));
    QSqlQuery sql(m_target->database().connection());
    QVERIFY(!sql.exec(QStringLiteral("UPDATE billing_run_total SET amount_cents = 0")));
    QVERIFY(!sql.exec(QStringLiteral("UPDATE billing_run SET status = 'open'")));
    QCOMPARE(m_target->scalar(QStringLiteral("SELECT SUM(amount_cents) FROM billing_run_total")).toLongLong(),
             m_source->scalar(QStringLiteral("SELECT total_cents FROM billing_run")).toLongLong());
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
