#include "storage/sqlhelpers.h"
#include "storage/walcheckpointer.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

// Checkpoints of the write-ahead log run in a background thread, never inside a
// commit of the connection that must answer fast (a scan on the GUI thread).
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void commitsNoLongerCheckpoint();
    void backgroundThreadCopiesTheLog();
    void stopRestoresAutomaticCheckpoints();
};

static int autoCheckpointLimit(TestDatabase &test)
{
    return test.scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt();
}

// About one page per row, in commits of `rows` rows each.
static void writePages(TestDatabase &test, int commits, int rows)
{
    QVERIFY(test.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS filler (data BLOB)")));
    for (int i = 0; i < commits; ++i) {
        QVERIFY(
            test.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                     "WHERE i < %1) INSERT INTO filler (data) SELECT randomblob(3000) FROM n")
                          .arg(rows)));
    }
}

void TestWalCheckpointer::commitsNoLongerCheckpoint()
{
    TestDatabase test;
    WalCheckpointer checkpointer(test.database(), 3600 * 1000); // never within this test
    QString error;
    QVERIFY2(checkpointer.start(&error), qPrintable(error));
    QCOMPARE(autoCheckpointLimit(test), 0);
    writePages(test, 3, 800);
    // With SQLite's automatic checkpoint (every 1,000 pages) the log would have been
    // copied and restarted by the commits; here all 2,400 pages are still in it.
    int logPages = 0;
    int copied = 0;
    QVERIFY2(
        test.database().dialect().checkpointPassive(test.database().connection(), &logPages, &copied, &error),
        qPrintable(error));
    QVERIFY2(logPages >= 2400, qPrintable(QString::number(logPages)));
}

void TestWalCheckpointer::backgroundThreadCopiesTheLog()
{
    TestDatabase test;
    WalCheckpointer checkpointer(test.database(), 20);
    QString error;
    QVERIFY2(checkpointer.start(&error), qPrintable(error));
    writePages(test, 3, 800);
    QTRY_VERIFY_WITH_TIMEOUT(
        checkpointer.logPages() > 0 && checkpointer.checkpointedPages() == checkpointer.logPages(), 10000);
    QVERIFY(checkpointer.checkpoints() > 0);
    // The data written on one connection is whole in the file seen by another.
    QString openError;
    std::unique_ptr<Database> other = test.database().openAnother(&openError);
    QVERIFY2(other, qPrintable(openError));
    QSqlQuery count(other->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM filler")) && count.next());
    QCOMPARE(count.value(0).toInt(), 2400);
}

void TestWalCheckpointer::stopRestoresAutomaticCheckpoints()
{
    TestDatabase test;
    QCOMPARE(autoCheckpointLimit(test), 1000);
    {
        WalCheckpointer checkpointer(test.database());
        QVERIFY(checkpointer.start(nullptr));
        QVERIFY(checkpointer.isRunning());
        QCOMPARE(autoCheckpointLimit(test), 0);
        checkpointer.stop();
        QVERIFY(!checkpointer.isRunning());
        QCOMPARE(autoCheckpointLimit(test), 1000);
        QVERIFY(checkpointer.start(nullptr));
        QCOMPARE(autoCheckpointLimit(test), 0);
    } // the destructor stops it too
    QCOMPARE(autoCheckpointLimit(test), 1000);
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
