#include "assets/assetrepository.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlplaceholders.h"
#include "storage/statementcache.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace {
struct HistoryRow
{
    QString action;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString changedBy;
    qint64 batch = 0;
};

QList<HistoryRow> historyOf(Database &database, qint64 assetId)
{
    QList<HistoryRow> rows;
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("SELECT action, field, old_value, new_value, changed_by, import_batch_id FROM history "
                       "WHERE entity = 'asset' AND entity_id = ? ORDER BY id"));
    query.addBindValue(assetId);
    query.exec();
    while (query.next())
        rows.append({ query.value(0).toString(), query.value(1).toString(), query.value(2), query.value(3),
                      query.value(4).toString(), query.value(5).toLongLong() });
    return rows;
}
} // namespace

class TestAssetRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertNormalisesAndRecordsHistory();
    void updateRecordsOneRowPerChangedField();
    void updateWithoutChangeWritesNothing();
    void staleRowVersionIsAConflict();
    void deleteRecordsSnapshot();
    void serialIsUniqueAfterNormalisation();
    void inventoryNumberIsUnique();
    void emptySerialsDoNotCollide();
    void findByEveryIdentifierKind_data();
    void findByEveryIdentifierKind();
    void historyIsAppendOnly();
    void failedInsertLeavesNothing();
    void failedWriteWithoutSavepointFailsOuterTransaction();
    void snapshotKeepsEveryCharacter_data();
    void snapshotKeepsEveryCharacter();
    void bulkLoadWritesEveryHistoryRowInOrder();
    void dateTextIsIso_data();
    void dateTextIsIso();
    void timestampTextIsIsoWithMilliseconds_data();
    void timestampTextIsIsoWithMilliseconds();
    void namedRenamesPlaceholdersOutsideQuotes_data();
    void namedRenamesPlaceholdersOutsideQuotes();
    void namedStatementBindsEveryIndex();
    void changeWithoutUserIsTheDatabaseUsers_data();
    void changeWithoutUserIsTheDatabaseUsers();
    void statementCachePreparesOnceAndReleasesCursors();

private:
    Asset sampleAsset(const QString &inventoryNo, const QString &serial = QString());

    std::unique_ptr<TestDatabase> m_test;
};

void TestAssetRepository::init()
{
    m_test = std::make_unique<TestDatabase>();
}

void TestAssetRepository::cleanup()
{
    m_test.reset();
}

Asset TestAssetRepository::sampleAsset(const QString &inventoryNo, const QString &serial)
{
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.serialNo = serial;
    asset.categoryId = m_test->categoryId(QStringLiteral("Notebook"));
    asset.manufacturer = QStringLiteral("Lenovo");
    asset.model = QStringLiteral("ThinkPad T14");
    asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("KSM"));
    asset.usingAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    asset.purchaseDate = QDate(2021, 3, 15);
    asset.purchasePriceCents = 129900;
    return asset;
}

void TestAssetRepository::insertNormalisesAndRecordsHistory()
{
    AssetRepository repository(m_test->database(), { QStringLiteral("anna"), 0 });
    Asset asset = sampleAsset(QStringLiteral(" inv-1 "), QStringLiteral("pf 03re6ppc"));
    asset.mac = QStringLiteral("8c-b4-fd-26-fa-30");
    asset.hostname = QStringLiteral("SN-NB-0001");
    QString error;
    QVERIFY2(repository.insert(asset, &error), qPrintable(error));
    QVERIFY(asset.id > 0);
    QCOMPARE(asset.rowVersion, 1);

    const std::optional<Asset> stored = repository.find(asset.id, &error);
    QVERIFY(stored);
    QCOMPARE(stored->inventoryNo, QStringLiteral("INV-1"));
    QCOMPARE(stored->serialNo, QStringLiteral("PF03RE6PPC"));
    QCOMPARE(stored->mac, QStringLiteral("8C:B4:FD:26:FA:30"));
    QCOMPARE(stored->hostname, QStringLiteral("sn-nb-0001"));
    QCOMPARE(stored->purchaseDate, QDate(2021, 3, 15));
    QCOMPARE(stored->purchasePriceCents.value_or(-1), 129900);
    QCOMPARE(stored->usingAuthorityId, m_test->authorityId(QStringLiteral("SN")));

    const QList<HistoryRow> history = historyOf(m_test->database(), asset.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].action, QStringLiteral("insert"));
    QCOMPARE(history[0].changedBy, QStringLiteral("anna"));
    QVERIFY(history[0].oldValue.isNull());
    const QJsonObject created = QJsonDocument::fromJson(history[0].newValue.toString().toUtf8()).object();
    QCOMPARE(created.value(QStringLiteral("serial_no")).toString(), QStringLiteral("PF03RE6PPC"));
    QCOMPARE(created.value(QStringLiteral("purchase_price_cents")).toString(), QStringLiteral("129900"));
}

void TestAssetRepository::updateRecordsOneRowPerChangedField()
{
    AssetRepository repository(m_test->database(), { QStringLiteral("anna"), 0 });
    Asset asset = sampleAsset(QStringLiteral("INV-2"));
    QVERIFY(repository.insert(asset, nullptr));

    AssetRepository other(m_test->database(), { QStringLiteral("bernd"), 0 });
    asset.usingAuthorityId = m_test->authorityId(QStringLiteral("LUP"));
    asset.status = AssetStatus::InRepair;
    asset.purchasePriceCents.reset();
    QString error;
    QCOMPARE(other.update(asset, &error), AssetRepository::UpdateResult::Updated);
    QCOMPARE(asset.rowVersion, 2);

    const QList<HistoryRow> history = historyOf(m_test->database(), asset.id);
    QCOMPARE(history.size(), 4);
    QMap<QString, HistoryRow> byField;
    for (const HistoryRow &row : history.mid(1)) {
        QCOMPARE(row.action, QStringLiteral("update"));
        QCOMPARE(row.changedBy, QStringLiteral("bernd"));
        byField.insert(row.field, row);
    }
    QCOMPARE(byField.keys(),
             QStringList({ QStringLiteral("purchase_price_cents"), QStringLiteral("status"),
                           QStringLiteral("using_authority_id") }));
    QCOMPARE(byField[QStringLiteral("status")].oldValue.toString(), QStringLiteral("in_use"));
    QCOMPARE(byField[QStringLiteral("status")].newValue.toString(), QStringLiteral("in_repair"));
    QCOMPARE(byField[QStringLiteral("using_authority_id")].oldValue.toLongLong(),
             m_test->authorityId(QStringLiteral("SN")));
    QCOMPARE(byField[QStringLiteral("using_authority_id")].newValue.toLongLong(),
             m_test->authorityId(QStringLiteral("LUP")));
    QCOMPARE(byField[QStringLiteral("purchase_price_cents")].oldValue.toString(), QStringLiteral("129900"));
    QVERIFY(byField[QStringLiteral("purchase_price_cents")].newValue.isNull());
}

void TestAssetRepository::updateWithoutChangeWritesNothing()
{
    AssetRepository repository(m_test->database(), {});
    Asset asset = sampleAsset(QStringLiteral("INV-3"));
    QVERIFY(repository.insert(asset, nullptr));
    QCOMPARE(repository.update(asset, nullptr), AssetRepository::UpdateResult::Unchanged);
    QCOMPARE(historyOf(m_test->database(), asset.id).size(), 1);
    QCOMPARE(repository.find(asset.id, nullptr)->rowVersion, 1);
}

void TestAssetRepository::staleRowVersionIsAConflict()
{
    AssetRepository repository(m_test->database(), {});
    Asset asset = sampleAsset(QStringLiteral("INV-4"));
    QVERIFY(repository.insert(asset, nullptr));
    Asset firstCopy = asset;
    Asset secondCopy = asset;
    firstCopy.notes = QStringLiteral("first");
    QCOMPARE(repository.update(firstCopy, nullptr), AssetRepository::UpdateResult::Updated);
    secondCopy.notes = QStringLiteral("second");
    QString error;
    QCOMPARE(repository.update(secondCopy, &error), AssetRepository::UpdateResult::Conflict);
    QVERIFY(!error.isEmpty());
    QCOMPARE(repository.find(asset.id, nullptr)->notes, QStringLiteral("first"));
}

void TestAssetRepository::deleteRecordsSnapshot()
{
    AssetRepository repository(m_test->database(), { QStringLiteral("carla"), 0 });
    Asset asset = sampleAsset(QStringLiteral("INV-5"), QStringLiteral("SER5"));
    QVERIFY(repository.insert(asset, nullptr));
    QVERIFY(repository.addLegacyIdentifier(
        asset.id, { QStringLiteral("sis"), QStringLiteral("SIS-2009-000001") }, nullptr));
    QString error;
    QVERIFY2(repository.remove(asset.id, &error), qPrintable(error));
    QVERIFY(!repository.find(asset.id, nullptr));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM legacy_identifier")).toInt(), 0);
    const QList<HistoryRow> history = historyOf(m_test->database(), asset.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.last().action, QStringLiteral("delete"));
    QCOMPARE(history.last().changedBy, QStringLiteral("carla"));
    QVERIFY(history.last().newValue.isNull());
    const QJsonObject old = QJsonDocument::fromJson(history.last().oldValue.toString().toUtf8()).object();
    QCOMPARE(old.value(QStringLiteral("inventory_no")).toString(), QStringLiteral("INV-5"));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset_search")).toInt(), 0);
}

void TestAssetRepository::serialIsUniqueAfterNormalisation()
{
    AssetRepository repository(m_test->database(), {});
    Asset first = sampleAsset(QStringLiteral("INV-6"), QStringLiteral("ABC123"));
    QVERIFY(repository.insert(first, nullptr));
    Asset second = sampleAsset(QStringLiteral("INV-7"), QStringLiteral(" abc 123 "));
    QString error;
    QVERIFY(!repository.insert(second, &error));
    QVERIFY2(error.contains(QStringLiteral("ABC123")), qPrintable(error));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 1);
}

void TestAssetRepository::inventoryNumberIsUnique()
{
    AssetRepository repository(m_test->database(), {});
    Asset first = sampleAsset(QStringLiteral("INV-8"));
    QVERIFY(repository.insert(first, nullptr));
    Asset second = sampleAsset(QStringLiteral("inv-8"));
    QString error;
    QVERIFY(!repository.insert(second, &error));
    QVERIFY2(error.contains(QStringLiteral("INV-8")), qPrintable(error));
}

void TestAssetRepository::emptySerialsDoNotCollide()
{
    AssetRepository repository(m_test->database(), {});
    Asset first = sampleAsset(QStringLiteral("INV-9"));
    Asset second = sampleAsset(QStringLiteral("INV-10"));
    QVERIFY(repository.insert(first, nullptr));
    QString error;
    QVERIFY2(repository.insert(second, &error), qPrintable(error));
}

void TestAssetRepository::findByEveryIdentifierKind_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("inventory number") << QStringLiteral("INV-11");
    QTest::newRow("inventory number lower case") << QStringLiteral("inv-11");
    QTest::newRow("legacy SIS number") << QStringLiteral("SIS-2018-000006");
    QTest::newRow("legacy district number") << QStringLiteral("0004711");
    QTest::newRow("serial") << QStringLiteral("czcvvwyaxk");
    QTest::newRow("MAC with colons") << QStringLiteral("8C:B4:FD:26:FA:31");
    QTest::newRow("MAC bare") << QStringLiteral("8cb4fd26fa31");
    QTest::newRow("MAC dashes") << QStringLiteral("8c-b4-fd-26-fa-31");
    QTest::newRow("host name") << QStringLiteral("SN-NB-0011");
}

void TestAssetRepository::findByEveryIdentifierKind()
{
    QFETCH(QString, code);
    AssetRepository repository(m_test->database(), {});
    Asset decoy = sampleAsset(QStringLiteral("INV-12"), QStringLiteral("OTHER"));
    QVERIFY(repository.insert(decoy, nullptr));
    Asset asset = sampleAsset(QStringLiteral("INV-11"), QStringLiteral("CZCVVWYAXK"));
    asset.mac = QStringLiteral("8C:B4:FD:26:FA:31");
    asset.hostname = QStringLiteral("sn-nb-0011");
    QVERIFY(repository.insert(asset, nullptr));
    QVERIFY(repository.addLegacyIdentifier(
        asset.id, { QStringLiteral("sis"), QStringLiteral("SIS-2018-000006") }, nullptr));
    QVERIFY(repository.addLegacyIdentifier(
        asset.id, { QStringLiteral("landkreis"), QStringLiteral("0004711") }, nullptr));

    QString error;
    QCOMPARE(repository.findByIdentifier(code, &error), QList<qint64>({ asset.id }));
    QCOMPARE(repository.findByIdentifier(QStringLiteral("NOPE-404"), &error), QList<qint64>());
}

void TestAssetRepository::historyIsAppendOnly()
{
    AssetRepository repository(m_test->database(), {});
    Asset asset = sampleAsset(QStringLiteral("INV-13"));
    QVERIFY(repository.insert(asset, nullptr));
    QSqlQuery query(m_test->database().connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE history SET changed_by = 'mallory'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM history")));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toInt(), 1);
}

void TestAssetRepository::failedInsertLeavesNothing()
{
    AssetRepository repository(m_test->database(), {});
    Asset asset = sampleAsset(QStringLiteral("INV-14"));
    asset.categoryId = 987654; // no such category: the foreign key refuses the row
    QString error;
    QVERIFY(!repository.insert(asset, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 0);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toInt(), 0);
}

void TestAssetRepository::failedWriteWithoutSavepointFailsOuterTransaction()
{
    // A bulk import writes without a savepoint per row; a write that fails half-way
    // must then fail the whole transaction instead of leaving half a row behind.
    AssetRepository repository(m_test->database(), {});
    repository.setSavepointPerWrite(false);
    Sql::Transaction outer(m_test->database().connection());
    QVERIFY(outer.isActive());
    Asset good = sampleAsset(QStringLiteral("INV-15"));
    QVERIFY(repository.insert(good, nullptr));
    Asset bad = sampleAsset(QStringLiteral("INV-16"));
    bad.categoryId = 987654;
    QVERIFY(!repository.insert(bad, nullptr));
    QString error;
    QVERIFY(!outer.commit(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 0);

    // The next transaction on the connection starts clean.
    Sql::Transaction next(m_test->database().connection());
    Asset later = sampleAsset(QStringLiteral("INV-17"));
    QVERIFY(repository.insert(later, nullptr));
    QVERIFY(next.commit(nullptr));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 1);
}

void TestAssetRepository::snapshotKeepsEveryCharacter_data()
{
    QTest::addColumn<QString>("notes");
    QTest::newRow("plain") << QStringLiteral("Zimmer 4.08, Schrank links");
    QTest::newRow("umlauts") << QStringLiteral("Grünwald, Françoise – Büro");
    QTest::newRow("quotes") << QStringLiteral("Monitor \"alt\"");
    QTest::newRow("backslash") << QStringLiteral("\\\\srv01\\share");
    QTest::newRow("line breaks") << QStringLiteral("erste Zeile\r\nzweite\tSpalte");
    QTest::newRow("control") << QStringLiteral("bell\x07 and nul-free") + QChar(0x1f);
}

void TestAssetRepository::snapshotKeepsEveryCharacter()
{
    QFETCH(QString, notes);
    AssetRepository repository(m_test->database(), {});
    Asset asset = sampleAsset(QStringLiteral("INV-20"));
    asset.notes = notes;
    QString error;
    QVERIFY2(repository.insert(asset, &error), qPrintable(error));
    const QList<HistoryRow> history = historyOf(m_test->database(), asset.id);
    QCOMPARE(history.size(), 1);
    QJsonParseError parseError;
    const QJsonDocument snapshot =
        QJsonDocument::fromJson(history[0].newValue.toString().toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(snapshot.object().value(QStringLiteral("notes")).toString(), notes);
}

void TestAssetRepository::bulkLoadWritesEveryHistoryRowInOrder()
{
    // History rows are written in batches during a bulk load; none may be lost
    // (also not the last, incomplete batch) and the order must stay the insert order.
    AssetRepository repository(m_test->database(), {});
    repository.setSavepointPerWrite(false);
    Sql::Transaction transaction(m_test->database().connection());
    repository.beginBulkLoad();
    const int count = 150;
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Asset asset = sampleAsset(QStringLiteral("BULK-%1").arg(i), QStringLiteral("SN%1").arg(i));
        QString error;
        QVERIFY2(repository.insert(asset, &error), qPrintable(error));
        ids.append(asset.id);
    }
    QVERIFY(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toInt() < count);
    QString error;
    QVERIFY2(repository.endBulkLoad(&error), qPrintable(error));
    QVERIFY2(transaction.commit(&error), qPrintable(error));

    QSqlQuery query(m_test->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT entity_id, action FROM history ORDER BY id")));
    QList<qint64> recorded;
    while (query.next()) {
        QCOMPARE(query.value(1).toString(), QStringLiteral("insert"));
        recorded.append(query.value(0).toLongLong());
    }
    QCOMPARE(recorded, ids);
}

void TestAssetRepository::dateTextIsIso_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("today") << QDate(2026, 11, 26);
    QTest::newRow("leap day") << QDate(2000, 2, 29);
    QTest::newRow("first day") << QDate(1999, 1, 1);
    QTest::newRow("last day") << QDate(9999, 12, 31);
    QTest::newRow("three-digit year") << QDate(999, 5, 7);
    QTest::newRow("year one") << QDate(1, 1, 1);
}

void TestAssetRepository::dateTextIsIso()
{
    // The direct formatting must give exactly what Qt's ISO format gives.
    QFETCH(QDate, date);
    QCOMPARE(Sql::dateText(date), date.toString(Qt::ISODate));
    QCOMPARE(Sql::toDate(Sql::dateText(date)), date);
    QVERIFY(Sql::dateText(QDate()).isEmpty());
}

void TestAssetRepository::timestampTextIsIsoWithMilliseconds_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("now") << QDateTime::currentDateTimeUtc();
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QTest::newRow("last millisecond of a leap year")
        << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("first of March in a leap year")
        << QDateTime(QDate(2000, 3, 1), QTime(0, 0, 0, 1), Qt::UTC);
    QTest::newRow("before 1970") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500), Qt::UTC);
    QTest::newRow("year 999") << QDateTime(QDate(999, 6, 1), QTime(12, 0), Qt::UTC);
}

void TestAssetRepository::timestampTextIsIsoWithMilliseconds()
{
    // Every timestamp column compares and sorts these as text: they must be exactly
    // what Qt writes.
    QFETCH(QDateTime, time);
    QCOMPARE(Sql::timestampText(time.toMSecsSinceEpoch()), time.toString(Qt::ISODateWithMs));
}

void TestAssetRepository::namedRenamesPlaceholdersOutsideQuotes_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringLiteral("SELECT 1") << QStringLiteral("SELECT 1");
    QTest::newRow("in order") << QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)")
                              << QStringLiteral("INSERT INTO t (a, b) VALUES (:v0, :v1)");
    QTest::newRow("quoted text") << QStringLiteral("SELECT ? WHERE a = '?' AND \"?\" = ?")
                                 << QStringLiteral("SELECT :v0 WHERE a = '?' AND \"?\" = :v1");
    QTest::newRow("doubled quote") << QStringLiteral("SELECT 'it''s ?', ?")
                                   << QStringLiteral("SELECT 'it''s ?', :v0");
}

void TestAssetRepository::namedRenamesPlaceholdersOutsideQuotes()
{
    QFETCH(QString, statement);
    QFETCH(QString, expected);
    QCOMPARE(Sql::named(statement), expected);
}

void TestAssetRepository::namedStatementBindsEveryIndex()
{
    // Past the precomputed names too: each value must land in its own row, a
    // quoted question mark must stay text.
    constexpr int count = 1100;
    QSqlDatabase &db = m_test->database().connection();
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TEMP TABLE bound (position INTEGER, value TEXT)")));
    QStringList rows;
    for (int i = 0; i < count; ++i)
        rows.append(QStringLiteral("(%1, ?)").arg(i));
    QSqlQuery insert(db);
    QString error;
    QVERIFY2(Sql::prepareNamed(insert,
                               QStringLiteral("INSERT INTO bound (position, value) VALUES %1, (-1, '?')")
                                   .arg(rows.join(QStringLiteral(", "))),
                               &error),
             qPrintable(error));
    for (int i = 0; i < count; ++i)
        Sql::bind(insert, i, QStringLiteral("value %1").arg(i));
    QVERIFY2(Sql::exec(insert, &error), qPrintable(error));
    QSqlQuery read(db);
    QVERIFY(read.exec(QStringLiteral("SELECT position, value FROM bound ORDER BY position")));
    QVERIFY(read.next());
    QCOMPARE(read.value(1).toString(), QStringLiteral("?"));
    for (int i = 0; i < count; ++i) {
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toInt(), i);
        QCOMPARE(read.value(1).toString(), QStringLiteral("value %1").arg(i));
    }
    QVERIFY(!read.next());
}

void TestAssetRepository::changeWithoutUserIsTheDatabaseUsers_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("named user") << QStringLiteral("dora");
    // The window and the command line pass no user: the history must still say who.
    QTest::newRow("no user") << QString();
}

void TestAssetRepository::changeWithoutUserIsTheDatabaseUsers()
{
    QFETCH(QString, user);
    const QString expected = user.isEmpty() ? m_test->database().userName() : user;
    QVERIFY(!expected.isEmpty());

    const ChangeContext resolved = ChangeContext { user, 42 }.resolved(m_test->database());
    QCOMPARE(resolved.user, expected);
    QCOMPARE(resolved.importBatchId, 42);

    AssetRepository repository(m_test->database(), ChangeContext { user, 0 });
    Asset asset = sampleAsset(QStringLiteral("KSM-0777"));
    QString error;
    QVERIFY2(repository.insert(asset, &error), qPrintable(error));
    QCOMPARE(repository.context().user, expected);
    const QList<HistoryRow> history = historyOf(m_test->database(), asset.id);
    QVERIFY(!history.isEmpty());
    for (const HistoryRow &row : history)
        QCOMPARE(row.changedBy, expected);
}

void TestAssetRepository::statementCachePreparesOnceAndReleasesCursors()
{
    StatementCache cache(m_test->database().connection());
    const QString countSql = QStringLiteral("SELECT COUNT(*) FROM authority WHERE code <> ?");
    QString error;
    QSqlQuery *first = nullptr;
    {
        const StatementCache::Statement count = cache.prepared(countSql, &error);
        QVERIFY2(count, qPrintable(error));
        first = &*count;
        // Scrollable queries set up Qt's row cache on every exec; nothing here scrolls.
        // On PostgreSQL a forward-only query would stream and block the connection
        // (Sql::prepare), so there it is read whole.
        QCOMPARE(count->isForwardOnly(), !m_test->isPostgres());
        count->bindValue(0, QStringLiteral("KSM"));
        QVERIFY(count->exec() && count->next());
        QVERIFY(count->value(0).toInt() > 0);
        QVERIFY(count->isActive());
    }
    // An open read cursor would pin the connection's snapshot between calls.
    QVERIFY(!first->isActive());
    {
        const StatementCache::Statement again = cache.prepared(countSql, &error);
        QCOMPARE(&*again, first);
        const StatementCache::Statement other =
            cache.prepared(QStringLiteral("SELECT COUNT(*) FROM category"), &error);
        QVERIFY(&*other != first);
    }
    const StatementCache::Statement broken = cache.prepared(QStringLiteral("SELECT FROM nowhere"), &error);
    QVERIFY(!broken);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestAssetRepository)
#include "tst_assetrepository.moc"
