#include "assets/assetrepository.h"
#include "licences/licencekeymask.h"
#include "licences/licencerepository.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace {
const QString sampleKey = QStringLiteral("6M9DV-G9HYB-FYTKM-JRQ6G-338WB");

struct HistoryRow
{
    QString action;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString changedBy;
    QDateTime changedAt;
};

QList<HistoryRow> historyOf(Database &database, qint64 licenceId)
{
    QList<HistoryRow> rows;
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("SELECT action, field, old_value, new_value, changed_by, changed_at FROM history "
                       "WHERE entity = 'licence' AND entity_id = ? ORDER BY id"));
    query.addBindValue(licenceId);
    query.exec();
    while (query.next())
        rows.append({ query.value(0).toString(), query.value(1).toString(), query.value(2), query.value(3),
                      query.value(4).toString(),
                      QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs) });
    return rows;
}
} // namespace

class TestLicenceRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyMask_data();
    void keyMask();
    void insertRecordsSnapshotWithoutKey();
    void invalidLicencesAreRejected_data();
    void invalidLicencesAreRejected();
    void updateRecordsOneRowPerChangedField();
    void keyChangeIsRecordedMasked();
    void staleRowVersionIsAConflict();
    void deleteRecordsSnapshotAndRemovesSeats();
    void revealKeyRecordsWhoAndWhen();
    void allocationsRecordHistory();
    void refusedAllocationsChangeNothing();
    void findMatchingByKeyOrContract_data();
    void findMatchingByKeyOrContract();
    void findMatchingReadsAnIndex_data();
    void findMatchingReadsAnIndex();
    void assignAndUnassignRecordHistory();
    void assignPastAllocationWarns();
    void unallocatedLicenceServesItsOwner();
    void metricDecidesWhoHoldsASeat();
    void sameDeviceCannotHoldTwoSeats();

private:
    Licence sampleLicence(int quantity = 10);
    qint64 addAsset(const QString &inventoryNo);
    qint64 addPerson(const QString &name);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<LicenceRepository> m_repository;
};

void TestLicenceRepository::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_repository =
        std::make_unique<LicenceRepository>(m_test->database(), ChangeContext { QStringLiteral("alice"), 0 });
}

void TestLicenceRepository::cleanup()
{
    m_repository.reset();
    m_test.reset();
}

Licence TestLicenceRepository::sampleLicence(int quantity)
{
    Licence licence;
    licence.product = QStringLiteral("AutoCAD LT");
    licence.vendor = QStringLiteral("Autodesk");
    licence.type = LicenceType::Single;
    licence.metric = LicenceMetric::Device;
    licence.quantity = quantity;
    licence.licenceKey = sampleKey;
    licence.contractNo = QStringLiteral("V-2021-933");
    licence.pricePerSeatCents = 48000;
    licence.ownerAuthorityId = m_test->authorityId(QStringLiteral("LUP"));
    return licence;
}

qint64 TestLicenceRepository::addAsset(const QString &inventoryNo)
{
    AssetRepository assets(m_test->database(), ChangeContext { QStringLiteral("alice"), 0 });
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
    asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("LUP"));
    QString error;
    if (!assets.insert(asset, &error))
        qWarning("%s", qPrintable(error));
    return asset.id;
}

qint64 TestLicenceRepository::addPerson(const QString &name)
{
    QSqlQuery query(m_test->database().connection());
    query.prepare(QStringLiteral("INSERT INTO person (name) VALUES (?)"));
    query.addBindValue(name);
    query.exec();
    return query.lastInsertId().toLongLong();
}

void TestLicenceRepository::keyMask_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("masked");
    QTest::newRow("product key") << sampleKey << QStringLiteral("•••••-338WB");
    QTest::newRow("short key fully masked") << QStringLiteral("ABCD-1234") << QStringLiteral("•••••");
    QTest::newRow("empty stays empty") << QString() << QString();
    QTest::newRow("spaces trimmed") << QStringLiteral("  YH9C4-FRBD3-7JV3Q-7JXJF-746JW ")
                                    << QStringLiteral("•••••-746JW");
}

void TestLicenceRepository::keyMask()
{
    QFETCH(QString, key);
    QFETCH(QString, masked);
    QCOMPARE(LicenceKeyMask::mask(key), masked);
}

void TestLicenceRepository::insertRecordsSnapshotWithoutKey()
{
    Licence licence = sampleLicence();
    QString error;
    QVERIFY2(m_repository->insert(licence, &error), qPrintable(error));
    QVERIFY(licence.id > 0);
    QCOMPARE(licence.rowVersion, 1);

    const std::optional<Licence> stored = m_repository->find(licence.id, &error);
    QVERIFY(stored);
    QCOMPARE(stored->product, QStringLiteral("AutoCAD LT"));
    QCOMPARE(stored->licenceKey, sampleKey);
    QCOMPARE(stored->pricePerSeatCents, std::optional<qint64>(48000));

    const QList<HistoryRow> rows = historyOf(m_test->database(), licence.id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).action, QStringLiteral("insert"));
    QCOMPARE(rows.at(0).changedBy, QStringLiteral("alice"));
    const QJsonObject snapshot = QJsonDocument::fromJson(rows.at(0).newValue.toString().toUtf8()).object();
    QCOMPARE(snapshot.value(QStringLiteral("product")).toString(), QStringLiteral("AutoCAD LT"));
    QCOMPARE(snapshot.value(QStringLiteral("licence_key")).toString(), QStringLiteral("•••••-338WB"));
    QVERIFY(!rows.at(0).newValue.toString().contains(QStringLiteral("G9HYB")));
}

void TestLicenceRepository::invalidLicencesAreRejected_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<bool>("withOwner");
    QTest::newRow("no product") << QStringLiteral("  ") << 5 << true;
    QTest::newRow("negative count") << QStringLiteral("Office") << -5 << true;
    QTest::newRow("no owner") << QStringLiteral("Office") << 5 << false;
}

void TestLicenceRepository::invalidLicencesAreRejected()
{
    QFETCH(QString, product);
    QFETCH(int, quantity);
    QFETCH(bool, withOwner);
    Licence licence = sampleLicence(quantity);
    licence.product = product;
    if (!withOwner)
        licence.ownerAuthorityId = 0;
    QString error;
    QVERIFY(!m_repository->insert(licence, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence")).toInt(), 0);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toInt(), 0);
}

void TestLicenceRepository::updateRecordsOneRowPerChangedField()
{
    Licence licence = sampleLicence();
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    licence.quantity = 12;
    licence.validUntil = QDate(2027, 12, 31);
    QCOMPARE(m_repository->update(licence, &error), LicenceRepository::UpdateResult::Updated);
    QCOMPARE(licence.rowVersion, 2);
    QCOMPARE(m_repository->update(licence, &error), LicenceRepository::UpdateResult::Unchanged);

    const QList<HistoryRow> rows = historyOf(m_test->database(), licence.id);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).field, QStringLiteral("quantity"));
    QCOMPARE(rows.at(1).oldValue.toString(), QStringLiteral("10"));
    QCOMPARE(rows.at(1).newValue.toString(), QStringLiteral("12"));
    QCOMPARE(rows.at(2).field, QStringLiteral("valid_until"));
    QVERIFY(rows.at(2).oldValue.isNull());
    QCOMPARE(rows.at(2).newValue.toString(), QStringLiteral("2027-12-31"));
}

void TestLicenceRepository::keyChangeIsRecordedMasked()
{
    Licence licence = sampleLicence();
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    licence.licenceKey = QStringLiteral("YH9C4-FRBD3-7JV3Q-7JXJF-746JW");
    QCOMPARE(m_repository->update(licence, &error), LicenceRepository::UpdateResult::Updated);
    const QList<HistoryRow> rows = historyOf(m_test->database(), licence.id);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).field, QStringLiteral("licence_key"));
    QCOMPARE(rows.at(1).oldValue.toString(), QStringLiteral("•••••-338WB"));
    QCOMPARE(rows.at(1).newValue.toString(), QStringLiteral("•••••-746JW"));
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE new_value LIKE '%FRBD3%' OR "
                                         "old_value LIKE '%G9HYB%'"))
                 .toInt(),
             0);
}

void TestLicenceRepository::staleRowVersionIsAConflict()
{
    Licence licence = sampleLicence();
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    // A colleague saves the licence a moment after it was read here.
    QTest::qWait(5);
    LicenceRepository colleague(m_test->database(), ChangeContext { QStringLiteral("bernd") });
    Licence other = *colleague.find(licence.id, &error);
    other.notes = QStringLiteral("renewed");
    QCOMPARE(colleague.update(other, &error), LicenceRepository::UpdateResult::Updated);
    licence.quantity = 3;
    QCOMPARE(m_repository->update(licence, &error), LicenceRepository::UpdateResult::Conflict);
    QCOMPARE(m_repository->find(licence.id, &error)->quantity, 10);
    // The refusal says who changed what since it was read.
    QVERIFY2(error.contains(QStringLiteral("bernd")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("\"renewed\"")), qPrintable(error));
}

void TestLicenceRepository::deleteRecordsSnapshotAndRemovesSeats()
{
    Licence licence = sampleLicence();
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    const qint64 sn = m_test->authorityId(QStringLiteral("SN"));
    QVERIFY(m_repository->setAllocation(licence.id, sn, 4, &error));
    QVERIFY(m_repository->assignToAsset(licence.id, sn, addAsset(QStringLiteral("LUP-1")), &error));
    QVERIFY2(m_repository->remove(licence.id, &error), qPrintable(error));
    QVERIFY(!m_repository->find(licence.id, &error));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence_assignment")).toInt(), 0);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence_allocation")).toInt(), 0);
    const QList<HistoryRow> rows = historyOf(m_test->database(), licence.id);
    QCOMPARE(rows.last().action, QStringLiteral("delete"));
    QVERIFY(rows.last().oldValue.toString().contains(QStringLiteral("AutoCAD LT")));
    QVERIFY(!rows.last().oldValue.toString().contains(QStringLiteral("G9HYB")));
}

void TestLicenceRepository::revealKeyRecordsWhoAndWhen()
{
    Licence licence = sampleLicence();
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    LicenceRepository bob(m_test->database(), ChangeContext { QStringLiteral("bob"), 0 });
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(bob.revealKey(licence.id, &error), std::optional<QString>(sampleKey));
    QCOMPARE(m_repository->revealKey(licence.id, &error), std::optional<QString>(sampleKey));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    const QList<HistoryRow> rows = historyOf(m_test->database(), licence.id);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).action, QStringLiteral("reveal"));
    QCOMPARE(rows.at(1).field, QStringLiteral("licence_key"));
    QCOMPARE(rows.at(1).changedBy, QStringLiteral("bob"));
    QVERIFY(rows.at(1).changedAt >= before && rows.at(1).changedAt <= after);
    QVERIFY(rows.at(1).newValue.isNull());
    QCOMPARE(rows.at(2).action, QStringLiteral("reveal"));
    QCOMPARE(rows.at(2).changedBy, QStringLiteral("alice"));

    QVERIFY(!m_repository->revealKey(licence.id + 100, &error));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE action = 'reveal'")).toInt(),
             2);
}

void TestLicenceRepository::allocationsRecordHistory()
{
    Licence licence = sampleLicence(100);
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    const qint64 sn = m_test->authorityId(QStringLiteral("SN"));
    const qint64 lup = m_test->authorityId(QStringLiteral("LUP"));
    QVERIFY(m_repository->setAllocations(licence.id, { { sn, 60 }, { lup, 40 } }, &error));
    QVERIFY(m_repository->setAllocations(licence.id, { { sn, 70 } }, &error));
    const QList<LicenceAllocation> allocations = m_repository->allocations(licence.id, &error);
    QCOMPARE(allocations.size(), 1);
    QCOMPARE(allocations.at(0).authorityCode, QStringLiteral("SN"));
    QCOMPARE(allocations.at(0).seats, 70);
    QVERIFY(!m_repository->setAllocation(licence.id, sn, -1, &error));

    QList<HistoryRow> rows = historyOf(m_test->database(), licence.id);
    rows.removeFirst();
    QCOMPARE(rows.size(), 4);
    QStringList changes;
    for (const HistoryRow &row : rows)
        changes.append(
            QStringLiteral("%1 %2→%3").arg(row.field, row.oldValue.toString(), row.newValue.toString()));
    changes.sort();
    QCOMPARE(changes,
             QStringList({ QStringLiteral("allocation:LUP 40→"), QStringLiteral("allocation:LUP →40"),
                           QStringLiteral("allocation:SN 60→70"), QStringLiteral("allocation:SN →60") }));
}

void TestLicenceRepository::refusedAllocationsChangeNothing()
{
    Licence licence = sampleLicence(100);
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    const qint64 sn = m_test->authorityId(QStringLiteral("SN"));
    const qint64 lup = m_test->authorityId(QStringLiteral("LUP"));
    QVERIFY(m_repository->setAllocations(licence.id, { { sn, 60 } }, &error));
    const qsizetype historyRows = historyOf(m_test->database(), licence.id).size();

    // One bad entry refuses the whole set, before anything is written.
    QVERIFY(!m_repository->setAllocations(licence.id, { { sn, 10 }, { lup, -1 } }, &error));
    QVERIFY(error.contains(QStringLiteral("-1")));
    error.clear();
    QVERIFY(!m_repository->setAllocations(licence.id, { { lup, 10 }, { 9999, 5 } }, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!m_repository->setAllocations(licence.id + 1000, { { sn, 10 } }, &error));
    QVERIFY(!error.isEmpty());

    const QList<LicenceAllocation> allocations = m_repository->allocations(licence.id, &error);
    QCOMPARE(allocations.size(), 1);
    QCOMPARE(allocations.at(0).seats, 60);
    QCOMPARE(historyOf(m_test->database(), licence.id).size(), historyRows);
}

void TestLicenceRepository::findMatchingByKeyOrContract_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("contract");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("expected"); // product of the stored licence, empty for none

    const QString autista = QStringLiteral("AUTISTA");
    const QString contract = QStringLiteral("V-2014-586");
    QTest::newRow("same key, other product")
        << sampleKey << autista << contract << QStringLiteral("SN") << QStringLiteral("AutoCAD LT");
    QTest::newRow("other key") << QStringLiteral("AAAAA-BBBBB") << QStringLiteral("AutoCAD LT")
                               << QStringLiteral("V-2021-933") << QStringLiteral("LUP") << QString();
    QTest::newRow("no key, same product, contract and owner")
        << QString() << autista << contract << QStringLiteral("LUP") << autista;
    QTest::newRow("no key, other owner")
        << QString() << autista << contract << QStringLiteral("SN") << QString();
    QTest::newRow("no key, other contract")
        << QString() << autista << QStringLiteral("V-2014-587") << QStringLiteral("LUP") << QString();
    // A row without a key never stands for a licence that has one.
    QTest::newRow("no key, like a keyed licence")
        << QString() << QStringLiteral("AutoCAD LT") << QStringLiteral("V-2021-933") << QStringLiteral("LUP")
        << QString();
}

void TestLicenceRepository::findMatchingByKeyOrContract()
{
    QFETCH(QString, key);
    QFETCH(QString, product);
    QFETCH(QString, contract);
    QFETCH(QString, owner);
    QFETCH(QString, expected);

    QString error;
    Licence keyed = sampleLicence();
    QVERIFY2(m_repository->insert(keyed, &error), qPrintable(error));
    Licence keyless = sampleLicence();
    keyless.product = QStringLiteral("AUTISTA");
    keyless.type = LicenceType::Fachverfahren;
    keyless.licenceKey.clear();
    keyless.contractNo = QStringLiteral("V-2014-586");
    QVERIFY2(m_repository->insert(keyless, &error), qPrintable(error));

    Licence probe = sampleLicence();
    probe.licenceKey = key;
    probe.product = product;
    probe.contractNo = contract;
    probe.ownerAuthorityId = m_test->authorityId(owner);
    const std::optional<qint64> found = m_repository->findMatching(probe, &error);
    QVERIFY2(found, qPrintable(error));
    if (expected.isEmpty()) {
        QCOMPARE(*found, 0);
    } else {
        const std::optional<Licence> stored = m_repository->find(*found, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->product, expected);
    }
}

void TestLicenceRepository::findMatchingReadsAnIndex_data()
{
    // The look-ups of findMatching(). An import asks one per row: reading the
    // table each time made 20,000 licences take 32 s instead of 3.
    QTest::addColumn<QString>("lookUp");
    // The index must be searched by the look-up's own columns: one on the owner
    // alone narrows to a few authorities, which is nearly the whole table.
    QTest::addColumn<QString>("searchedBy");
    QTest::newRow("by key") << QStringLiteral(
        "SELECT id FROM licence WHERE licence_key = ? AND licence_key <> ''")
                            << QStringLiteral("(licence_key=?)");
    QTest::newRow("by contract") << QStringLiteral(
        "SELECT id FROM licence WHERE licence_key = '' AND product = ? "
        "AND contract_no = ? AND owner_authority_id = ?")
                                 << QStringLiteral("(product=? AND contract_no=? AND owner_authority_id=?)");
}

void TestLicenceRepository::findMatchingReadsAnIndex()
{
    // SQLite's plan names the index it searches; PostgreSQL's planner rightly reads a
    // table this small whole, so its plan says nothing about the indexes.
    SKIP_UNLESS_SQLITE();
    QFETCH(QString, lookUp);
    QFETCH(QString, searchedBy);
    QSqlQuery plan(m_test->database().connection());
    QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + lookUp));
    const int placeholders = int(lookUp.count(QLatin1Char('?')));
    for (int i = 0; i < placeholders; ++i)
        plan.addBindValue(QStringLiteral("x"));
    QVERIFY(plan.exec());
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    QCOMPARE(steps.size(), 1);
    QVERIFY2(steps.first().startsWith(QStringLiteral("SEARCH licence USING"))
                 && steps.first().endsWith(searchedBy),
             qPrintable(steps.first()));
}

void TestLicenceRepository::assignAndUnassignRecordHistory()
{
    Licence licence = sampleLicence(5);
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    const qint64 lup = m_test->authorityId(QStringLiteral("LUP"));
    const qint64 asset = addAsset(QStringLiteral("LUP-000123"));
    const std::optional<SeatOutcome> outcome = m_repository->assignToAsset(licence.id, lup, asset, &error);
    QVERIFY2(outcome, qPrintable(error));
    QCOMPARE(outcome->allocated, 5);
    QCOMPARE(outcome->assigned, 1);
    QVERIFY(!outcome->overDeployed);
    QVERIFY(outcome->warning.isEmpty());
    QVERIFY2(m_repository->unassign(outcome->assignmentId, &error), qPrintable(error));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence_assignment")).toInt(), 0);
    QVERIFY(!m_repository->unassign(outcome->assignmentId, &error));

    const QList<HistoryRow> rows = historyOf(m_test->database(), licence.id);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).action, QStringLiteral("update"));
    QCOMPARE(rows.at(1).field, QStringLiteral("assignment"));
    QVERIFY(rows.at(1).oldValue.isNull());
    const QJsonObject assigned = QJsonDocument::fromJson(rows.at(1).newValue.toString().toUtf8()).object();
    QCOMPARE(assigned.value(QStringLiteral("inventory_no")).toString(), QStringLiteral("LUP-000123"));
    QCOMPARE(assigned.value(QStringLiteral("authority")).toString(), QStringLiteral("LUP"));
    QCOMPARE(rows.at(2).field, QStringLiteral("assignment"));
    QCOMPARE(rows.at(2).oldValue, rows.at(1).newValue);
    QVERIFY(rows.at(2).newValue.isNull());
}

void TestLicenceRepository::assignPastAllocationWarns()
{
    Licence licence = sampleLicence(3);
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    const qint64 sn = m_test->authorityId(QStringLiteral("SN"));
    QVERIFY(m_repository->setAllocation(licence.id, sn, 1, &error));
    QVERIFY(m_repository->assignToAsset(licence.id, sn, addAsset(QStringLiteral("SN-1")), &error));
    const std::optional<SeatOutcome> second =
        m_repository->assignToAsset(licence.id, sn, addAsset(QStringLiteral("SN-2")), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->overDeployed);
    QCOMPARE(second->allocated, 1);
    QCOMPARE(second->assigned, 2);
    QVERIFY(second->warning.contains(QStringLiteral("over-deployed by 1")));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence_assignment")).toInt(), 2);
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE action = 'warning' AND "
                                         "entity = 'licence'"))
                 .toInt(),
             1);
}

void TestLicenceRepository::unallocatedLicenceServesItsOwner()
{
    Licence licence = sampleLicence(2);
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    int allocated = 0;
    int assigned = 0;
    QVERIFY(m_repository->seatUsage(licence.id, m_test->authorityId(QStringLiteral("LUP")), &allocated,
                                    &assigned, &error));
    QCOMPARE(allocated, 2);
    QVERIFY(m_repository->seatUsage(licence.id, m_test->authorityId(QStringLiteral("SN")), &allocated,
                                    &assigned, &error));
    QCOMPARE(allocated, 0);
    const std::optional<SeatOutcome> outcome = m_repository->assignToAsset(
        licence.id, m_test->authorityId(QStringLiteral("SN")), addAsset(QStringLiteral("SN-9")), &error);
    QVERIFY(outcome);
    QVERIFY(outcome->overDeployed);
}

void TestLicenceRepository::metricDecidesWhoHoldsASeat()
{
    Licence perUser = sampleLicence(5);
    perUser.metric = LicenceMetric::User;
    Licence perDevice = sampleLicence(5);
    QString error;
    QVERIFY(m_repository->insert(perUser, &error));
    QVERIFY(m_repository->insert(perDevice, &error));
    const qint64 lup = m_test->authorityId(QStringLiteral("LUP"));
    const qint64 person = addPerson(QStringLiteral("Erika Mustermann"));
    const qint64 asset = addAsset(QStringLiteral("LUP-7"));
    QVERIFY(m_repository->assignToPerson(perUser.id, lup, person, &error));
    QVERIFY(!m_repository->assignToAsset(perUser.id, lup, asset, &error));
    QVERIFY(error.contains(QStringLiteral("per user")));
    QVERIFY(m_repository->assignToAsset(perDevice.id, lup, asset, &error));
    QVERIFY(!m_repository->assignToPerson(perDevice.id, lup, person, &error));
    QVERIFY(error.contains(QStringLiteral("per device")));
    // The person's name stays out of the history: only the id is kept.
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE new_value LIKE '%Erika%'")).toInt(),
        0);
}

void TestLicenceRepository::sameDeviceCannotHoldTwoSeats()
{
    Licence licence = sampleLicence(5);
    QString error;
    QVERIFY(m_repository->insert(licence, &error));
    const qint64 lup = m_test->authorityId(QStringLiteral("LUP"));
    const qint64 asset = addAsset(QStringLiteral("LUP-8"));
    QVERIFY(m_repository->assignToAsset(licence.id, lup, asset, &error));
    QVERIFY(!m_repository->assignToAsset(licence.id, lup, asset, &error));
    QVERIFY(error.contains(QStringLiteral("already holds")));
}

QTEST_GUILESS_MAIN(TestLicenceRepository)
#include "tst_licencerepository.moc"
