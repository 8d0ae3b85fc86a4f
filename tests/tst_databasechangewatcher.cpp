#include "assets/assetrepository.h"
#include "storage/databasechangewatcher.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// An open window learns of other connections' commits, not of its own, and not of
// what another connection rolled back.
class TestDatabaseChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tellsOfAnotherConnectionsCommit();
    void keepsQuietAboutItsOwnWritesAndRollbacks();
    void joinsABurstOfCommits();

private:
    bool addAsset(Database &database, const QString &inventoryNo);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_colleague;
    std::unique_ptr<DatabaseChangeWatcher> m_watcher;
};

void TestDatabaseChangeWatcher::init()
{
    m_test = std::make_unique<TestDatabase>();
    QString error;
    m_colleague = m_test->database().openAnother(&error);
    QVERIFY2(m_colleague, qPrintable(error));
    m_watcher = std::make_unique<DatabaseChangeWatcher>(m_test->database());
    m_watcher->setPollInterval(50);
    QVERIFY2(m_watcher->start(&error), qPrintable(error));
}

void TestDatabaseChangeWatcher::cleanup()
{
    m_watcher.reset();
    m_colleague.reset();
    m_test.reset();
}

bool TestDatabaseChangeWatcher::addAsset(Database &database, const QString &inventoryNo)
{
    AssetRepository repository(database, {});
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
    asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    QString error;
    const bool inserted = repository.insert(asset, &error);
    if (!inserted)
        qWarning("%s", qPrintable(error));
    return inserted;
}

void TestDatabaseChangeWatcher::tellsOfAnotherConnectionsCommit()
{
    QSignalSpy changed(m_watcher.get(), &DatabaseChangeWatcher::changedElsewhere);
    QVERIFY(addAsset(*m_colleague, QStringLiteral("SN-1")));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
}

void TestDatabaseChangeWatcher::keepsQuietAboutItsOwnWritesAndRollbacks()
{
    QSignalSpy changed(m_watcher.get(), &DatabaseChangeWatcher::changedElsewhere);
    QVERIFY(addAsset(m_test->database(), QStringLiteral("SN-OWN")));
    {
        Sql::Transaction transaction(m_colleague->connection());
        QVERIFY(transaction.isActive());
        QVERIFY(addAsset(*m_colleague, QStringLiteral("SN-GONE")));
        transaction.rollback();
    }
    QTest::qWait(1500);
    QCOMPARE(changed.count(), 0);
    // Still listening: the next real change arrives.
    QVERIFY(addAsset(*m_colleague, QStringLiteral("SN-2")));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
}

void TestDatabaseChangeWatcher::joinsABurstOfCommits()
{
    QSignalSpy changed(m_watcher.get(), &DatabaseChangeWatcher::changedElsewhere);
    constexpr int Commits = 20;
    for (int i = 0; i < Commits; ++i)
        QVERIFY(addAsset(*m_colleague, QStringLiteral("SN-B%1").arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
    QTest::qWait(600);
    QVERIFY2(changed.count() < Commits, qPrintable(QString::number(changed.count())));
}

QTEST_GUILESS_MAIN(TestDatabaseChangeWatcher)
#include "tst_databasechangewatcher.moc"
