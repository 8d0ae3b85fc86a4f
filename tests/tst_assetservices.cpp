#include "assets/assetbulkupdater.h"
#include "assets/assetcompletionmodel.h"
#include "assets/assethistorymodel.h"
#include "assets/assetvalidator.h"
#include "masterdata/masterdatatablemodel.h"
#include "sampleinventory.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// The services behind the technicians' screens: validation, bulk change,
// history, completions and master data.
class TestAssetServices : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void validationMessages_data();
    void validationMessages();
    void validatorParsesTypedValues();
    void typedTextReadsBackAsTheSameValue();
    void bulkChangeWritesOneHistoryEntryPerItemAndField();
    void bulkChangeIsAllOrNothing();
    void bulkChangeLeavesAssetsThatAlreadyHaveTheValue();
    void bulkUndoGivesEachAssetItsOwnValue();
    void bulkChangeOfSiteUpdatesTheSearch();
    void bulkChangeOfTenThousandAssets();
    void bulkChangeRecordsWhoMadeIt_data();
    void bulkChangeRecordsWhoMadeIt();
    void historyModelResolvesNames();
    void completionModelOffersExistingValues();
    void deletingReferencedMasterDataIsRefused_data();
    void deletingReferencedMasterDataIsRefused();
    void deletingUnusedMasterDataWorks();
    void anonymiseKeepsRowAndHistory();
    void masterDataTableModelEdits();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<SampleInventory> m_inventory;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestAssetServices::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_inventory = std::make_unique<SampleInventory>(m_test->database());
    m_inventory->build(0);
    Asset asset;
    asset.inventoryNo = QStringLiteral("SN-2024-000001");
    asset.categoryId = m_test->categoryId(QStringLiteral("Notebook"));
    asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    asset.manufacturer = QStringLiteral("HP");
    asset.model = QStringLiteral("EliteBook 840 G8");
    asset.serialNo = QStringLiteral("CZC1234ABC");
    asset.roomId = m_inventory->id(MasterDataKind::Room, QStringLiteral("B 212"));
    asset.siteId = m_inventory->id(MasterDataKind::Site, QStringLiteral("Rathaus Am Markt"));
    asset.personId = m_inventory->id(MasterDataKind::Person, QString::fromUtf8("Jürgen Köhler"));
    m_first = m_inventory->insert(asset);
    asset.inventoryNo = QStringLiteral("SN-2024-000002");
    asset.serialNo = QStringLiteral("CZC1234ABD");
    asset.manufacturer = QStringLiteral("Hewlett Packard");
    m_second = m_inventory->insert(asset);
}

void TestAssetServices::cleanup()
{
    m_inventory.reset();
    m_test.reset();
}

void TestAssetServices::validationMessages_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("duplicate inventory number")
        << int(AssetField::InventoryNo) << QStringLiteral("sn-2024-000001")
        << QStringLiteral("Inventory number SN-2024-000001 is already used by another asset.");
    QTest::newRow("empty inventory number")
        << int(AssetField::InventoryNo) << QString() << QStringLiteral("The inventory number is required.");
    QTest::newRow("duplicate serial")
        << int(AssetField::SerialNo) << QStringLiteral(" czc1234abc ")
        << QStringLiteral("Serial number CZC1234ABC is already recorded for another "
                          "asset.");
    QTest::newRow("bad MAC") << int(AssetField::Mac) << QStringLiteral("00:1A:2B:3C:4D")
                             << QStringLiteral("Not a MAC address. Expected six pairs of hex digits, e.g. "
                                               "00:1A:2B:3C:4D:5E.");
    QTest::newRow("bad IP") << int(AssetField::Ip) << QStringLiteral("10.0.0.300")
                            << QStringLiteral("Not an IP address, e.g. 10.20.30.40.");
    QTest::newRow("bad date") << int(AssetField::PurchaseDate) << QStringLiteral("31.02.2024")
                              << QStringLiteral("Not a date. Type it as dd.mm.yyyy, e.g. 31.12.2027.");
    QTest::newRow("future purchase") << int(AssetField::PurchaseDate) << QStringLiteral("01.01.2999")
                                     << QStringLiteral("The purchase date lies in the future.");
    QTest::newRow("bad price") << int(AssetField::PurchasePrice) << QStringLiteral("12,3,4")
                               << QStringLiteral("Not a price. Type euros, e.g. 1.299,00.");
}

void TestAssetServices::validationMessages()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    QFETCH(QString, expectedMessage);

    Asset asset;
    asset.inventoryNo = QStringLiteral("SN-2024-000099");
    asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
    asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    QHash<AssetField, QString> typed;
    const AssetField assetField = static_cast<AssetField>(field);
    if (assetField == AssetField::InventoryNo)
        asset.inventoryNo = text;
    else if (assetField == AssetField::SerialNo)
        asset.serialNo = text;
    else
        typed.insert(assetField, text);

    AssetValidator validator(m_inventory->assets());
    const AssetValidator::Messages messages = validator.validate(asset, typed);
    QCOMPARE(messages.value(assetField), expectedMessage);
    QCOMPARE(messages.size(), 1);
}

void TestAssetServices::validatorParsesTypedValues()
{
    Asset asset;
    asset.id = m_first; // its own inventory number and serial are not duplicates
    asset.inventoryNo = QStringLiteral("SN-2024-000001");
    asset.serialNo = QStringLiteral("CZC1234ABC");
    asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
    asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    const QHash<AssetField, QString> typed = {
        { AssetField::PurchaseDate, QStringLiteral("1.3.2023") },
        { AssetField::WarrantyEnd, QStringLiteral("2028-02-29") },
        { AssetField::PurchasePrice, QStringLiteral("1.299,50") },
        { AssetField::Mac, QStringLiteral("001a.2b3c.4d5e") },
        { AssetField::Ip, QStringLiteral(" 10.20.30.40 ") },
        { AssetField::LastAudited, QString() },
    };
    AssetValidator validator(m_inventory->assets());
    QCOMPARE(validator.validate(asset, typed), AssetValidator::Messages());
    QCOMPARE(asset.purchaseDate, QDate(2023, 3, 1));
    QCOMPARE(asset.warrantyEnd, QDate(2028, 2, 29));
    QCOMPARE(asset.purchasePriceCents, std::optional<qint64>(129950));
    QCOMPARE(asset.mac, QStringLiteral("00:1A:2B:3C:4D:5E"));
    QCOMPARE(asset.ip, QStringLiteral("10.20.30.40"));
    QVERIFY(!asset.lastAudited.isValid());
}

// The edit dialog shows typedText() and saves what validate() parses: an asset
// opened and saved without a keystroke must not change.
void TestAssetServices::typedTextReadsBackAsTheSameValue()
{
    Asset stored = *m_inventory->assets().find(m_first, nullptr);
    stored.purchaseDate = QDate(2023, 3, 1);
    stored.warrantyEnd = QDate(2028, 2, 29);
    stored.lastAudited = QDate(2025, 11, 30);
    stored.purchasePriceCents = 12345678;
    stored.mac = QStringLiteral("00:1A:2B:3C:4D:5E");
    stored.ip = QStringLiteral("10.20.30.40");
    QCOMPARE(AssetValidator::typedText(stored, AssetField::PurchaseDate), QStringLiteral("01.03.2023"));
    QCOMPARE(AssetValidator::typedText(stored, AssetField::PurchasePrice), QStringLiteral("123.456,78"));

    QHash<AssetField, QString> typed;
    for (AssetField field : { AssetField::PurchaseDate, AssetField::WarrantyEnd, AssetField::LastAudited,
                              AssetField::PurchasePrice, AssetField::Mac, AssetField::Ip })
        typed.insert(field, AssetValidator::typedText(stored, field));
    Asset reread = stored;
    reread.purchaseDate = {};
    reread.warrantyEnd = {};
    reread.lastAudited = {};
    reread.purchasePriceCents.reset();
    reread.mac.clear();
    reread.ip.clear();
    AssetValidator validator(m_inventory->assets());
    QCOMPARE(validator.validate(reread, typed), AssetValidator::Messages());
    for (AssetField field : AssetFields::all())
        QCOMPARE(AssetFields::historyText(reread, field), AssetFields::historyText(stored, field));
}

void TestAssetServices::bulkChangeWritesOneHistoryEntryPerItemAndField()
{
    Asset third = *m_inventory->assets().find(m_first, nullptr);
    third.id = 0;
    third.inventoryNo = QStringLiteral("SN-2024-000003");
    third.serialNo.clear();
    const qint64 thirdId = m_inventory->insert(third);
    const QList<qint64> ids = { m_first, m_second, thirdId };
    const qint64 lup = m_test->authorityId(QStringLiteral("LUP"));
    const qint64 room = m_inventory->id(MasterDataKind::Room, QStringLiteral("E 011"));
    const qint64 site = m_inventory->id(MasterDataKind::Site, QStringLiteral("Kreishaus Parchim"));
    const qint64 historyBefore = m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong();

    AssetBulkUpdater updater(m_test->database(), m_inventory->assets().context());
    QList<Asset> previous;
    QString error;
    const AssetBulkUpdater::Changes changes = { { AssetField::UsingAuthority, lup },
                                                { AssetField::Site, site },
                                                { AssetField::Room, room },
                                                { AssetField::Status, QStringLiteral("in_repair") } };
    QVERIFY2(updater.apply(ids, changes, &previous, &error), qPrintable(error));
    QCOMPARE(previous.size(), 3);
    // 3 assets x 4 fields.
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong(), historyBefore + 12);
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity_id = %1 AND field = "
                                         "'room_id' AND new_value = '%2'")
                              .arg(thirdId)
                              .arg(room))
                 .toInt(),
             1);
    for (qint64 id : ids) {
        const Asset changed = *m_inventory->assets().find(id, nullptr);
        QCOMPARE(changed.usingAuthorityId, lup);
        QCOMPARE(changed.roomId, room);
        QCOMPARE(changed.status, AssetStatus::InRepair);
    }

    QVERIFY2(updater.restore(previous, changes.keys(), &error), qPrintable(error));
    for (const Asset &old : previous) {
        const Asset restored = *m_inventory->assets().find(old.id, nullptr);
        QCOMPARE(restored.usingAuthorityId, old.usingAuthorityId);
        QCOMPARE(restored.roomId, old.roomId);
        QCOMPARE(restored.status, old.status);
    }
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong(), historyBefore + 24);
}

void TestAssetServices::bulkChangeRecordsWhoMadeIt_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("named user") << QStringLiteral("anna.schulz");
    // The window's context names nobody: the change is the database user's, as
    // with a single edit.
    QTest::newRow("no user in the context") << QString();
}

void TestAssetServices::bulkChangeRecordsWhoMadeIt()
{
    QFETCH(QString, user);
    AssetBulkUpdater updater(m_test->database(), ChangeContext { user, 0 });
    QString error;
    QVERIFY2(updater.apply({ m_first, m_second }, { { AssetField::Status, QStringLiteral("missing") } },
                           nullptr, &error),
             qPrintable(error));
    const QString expected = user.isEmpty() ? m_test->database().userName() : user;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE field = 'status' AND "
                                         "new_value = 'missing' AND changed_by = '%1'")
                              .arg(expected))
                 .toInt(),
             2);
}

void TestAssetServices::bulkChangeIsAllOrNothing()
{
    AssetBulkUpdater updater(m_test->database(), m_inventory->assets().context());
    QString error;
    // The second id does not exist: the first asset must stay unchanged.
    QVERIFY(!updater.apply({ m_first, 999999 }, { { AssetField::Status, QStringLiteral("missing") } },
                           nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_inventory->assets().find(m_first, nullptr)->status, AssetStatus::InUse);
}

void TestAssetServices::bulkChangeLeavesAssetsThatAlreadyHaveTheValue()
{
    Asset second = *m_inventory->assets().find(m_second, nullptr);
    second.status = AssetStatus::InRepair;
    QCOMPARE(m_inventory->assets().update(second, nullptr), AssetRepository::UpdateResult::Updated);
    const int versionBefore = m_inventory->assets().find(m_second, nullptr)->rowVersion;
    const qint64 historyBefore = m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong();

    AssetBulkUpdater updater(m_test->database(), m_inventory->assets().context());
    QString error;
    QVERIFY2(updater.apply({ m_first, m_second }, { { AssetField::Status, QStringLiteral("in_repair") } },
                           nullptr, &error),
             qPrintable(error));
    // Only the first asset changed: one history row, and the second keeps its version.
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong(), historyBefore + 1);
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT entity_id FROM history ORDER BY id DESC LIMIT 1")).toLongLong(),
        m_first);
    QCOMPARE(m_inventory->assets().find(m_second, nullptr)->rowVersion, versionBefore);
    QCOMPARE(m_inventory->assets().find(m_first, nullptr)->rowVersion, 2);
    QCOMPARE(m_inventory->assets().find(m_first, nullptr)->status, AssetStatus::InRepair);
}

void TestAssetServices::bulkUndoGivesEachAssetItsOwnValue()
{
    Asset second = *m_inventory->assets().find(m_second, nullptr);
    second.status = AssetStatus::InStock;
    second.usingAuthorityId = 0;
    QCOMPARE(m_inventory->assets().update(second, nullptr), AssetRepository::UpdateResult::Updated);
    Asset first = *m_inventory->assets().find(m_first, nullptr);
    first.usingAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    QCOMPARE(m_inventory->assets().update(first, nullptr), AssetRepository::UpdateResult::Updated);

    AssetBulkUpdater updater(m_test->database(), m_inventory->assets().context());
    const AssetBulkUpdater::Changes changes = { { AssetField::Status, QStringLiteral("missing") },
                                                { AssetField::UsingAuthority,
                                                  m_test->authorityId(QStringLiteral("LUP")) } };
    QList<Asset> previous;
    QString error;
    QVERIFY2(updater.apply({ m_first, m_second }, changes, &previous, &error), qPrintable(error));
    QCOMPARE(m_inventory->assets().find(m_second, nullptr)->status, AssetStatus::Missing);
    QVERIFY2(updater.restore(previous, changes.keys(), &error), qPrintable(error));

    QCOMPARE(m_inventory->assets().find(m_first, nullptr)->status, AssetStatus::InUse);
    QCOMPARE(m_inventory->assets().find(m_first, nullptr)->usingAuthorityId,
             m_test->authorityId(QStringLiteral("SN")));
    QCOMPARE(m_inventory->assets().find(m_second, nullptr)->status, AssetStatus::InStock);
    QCOMPARE(m_inventory->assets().find(m_second, nullptr)->usingAuthorityId, 0);
    // The undo is in the history too: the second asset's using authority went back to none.
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity_id = %1 AND field = "
                                         "'using_authority_id' AND old_value = '%2' AND new_value IS NULL")
                              .arg(m_second)
                              .arg(m_test->authorityId(QStringLiteral("LUP"))))
                 .toInt(),
             1);
}

void TestAssetServices::bulkChangeOfSiteUpdatesTheSearch()
{
    QCOMPARE(m_test->searchCount(QStringLiteral("parchim")), 0);
    AssetBulkUpdater updater(m_test->database(), m_inventory->assets().context());
    QString error;
    const qint64 site = m_inventory->id(MasterDataKind::Site, QStringLiteral("Kreishaus Parchim"));
    QVERIFY2(updater.apply({ m_first, m_second },
                           { { AssetField::Site, site }, { AssetField::Room, QVariant() } }, nullptr, &error),
             qPrintable(error));
    QCOMPARE(m_test->searchCount(QStringLiteral("parchim")), 2);
    QCOMPARE(m_test->searchCount(QStringLiteral("B 212")), 0);
    QCOMPARE(m_inventory->assets().find(m_first, nullptr)->roomId, 0);
}

void TestAssetServices::bulkChangeOfTenThousandAssets()
{
    // The window allows 10,000 rows per change: all of them, with their history,
    // in a few statements (a write per asset took seconds on the GUI thread).
    const int count = 10000;
    QVERIFY(m_test->exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO asset (inventory_no, category_id, owner_authority_id, status, "
                       "created_at, updated_at) "
                       "SELECT 'BULK-' || i, %2, %3, 'in_use', '2026-01-01', '2026-01-01' FROM n")
            .arg(count)
            .arg(m_test->categoryId(QStringLiteral("Notebook")))
            .arg(m_test->authorityId(QStringLiteral("SN")))));
    QList<qint64> ids;
    QSqlQuery query(m_test->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM asset WHERE inventory_no LIKE 'BULK-%' ORDER BY id")));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QCOMPARE(ids.size(), count);
    const qint64 lup = m_test->authorityId(QStringLiteral("LUP"));

    AssetBulkUpdater updater(m_test->database(), m_inventory->assets().context());
    QList<Asset> previous;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(updater.apply(
                 ids,
                 { { AssetField::OwnerAuthority, lup }, { AssetField::Status, QStringLiteral("in_stock") } },
                 &previous, &error),
             qPrintable(error));
    qInfo("bulk change of %d assets, 2 fields: %lld ms", count, timer.elapsed());
    QCOMPARE(previous.size(), count);
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE owner_authority_id = %1 AND "
                                         "status = 'in_stock' AND owner_sort = 'LUP' AND row_version = 2")
                              .arg(lup))
                 .toInt(),
             count);
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE action = 'update' AND "
                                         "field IN ('owner_authority_id', 'status')"))
                 .toInt(),
             2 * count);
    timer.restart();
    QVERIFY2(updater.restore(previous, { AssetField::OwnerAuthority, AssetField::Status }, &error),
             qPrintable(error));
    qInfo("undo of the same: %lld ms", timer.elapsed());
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE inventory_no LIKE 'BULK-%' AND "
                                         "status = 'in_use' AND owner_sort = 'SN' AND row_version = 3"))
                 .toInt(),
             count);
}

void TestAssetServices::historyModelResolvesNames()
{
    Asset asset = *m_inventory->assets().find(m_first, nullptr);
    asset.roomId = m_inventory->id(MasterDataKind::Room, QStringLiteral("A 101"));
    asset.status = AssetStatus::InStock;
    QCOMPARE(m_inventory->assets().update(asset, nullptr), AssetRepository::UpdateResult::Updated);

    AssetHistoryModel model(m_test->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(model.load(m_first, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 3); // created, room, status
    QStringList changes;
    for (int row = 0; row < model.rowCount(); ++row) {
        changes.append(QStringLiteral("%1: %2 -> %3")
                           .arg(model.index(row, AssetHistoryModel::Field).data().toString(),
                                model.index(row, AssetHistoryModel::OldValue).data().toString(),
                                model.index(row, AssetHistoryModel::NewValue).data().toString()));
        QCOMPARE(model.index(row, AssetHistoryModel::Who).data().toString(), QStringLiteral("mmueller"));
    }
    changes.sort();
    QCOMPARE(changes,
             QStringList({ QStringLiteral("Created:  -> "),
                           QString::fromUtf8("Room: Rathaus Am Markt · B 212 -> Rathaus Am Markt · A 101"),
                           QStringLiteral("Status: In use -> In stock") }));
}

void TestAssetServices::completionModelOffersExistingValues()
{
    AssetCompletionModel model(m_test->database(), AssetCompletionModel::Source::Manufacturer);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPrefix(QStringLiteral("h")));
    QCOMPARE(model.stringList(), QStringList({ QStringLiteral("HP"), QStringLiteral("Hewlett Packard") }));
    QVERIFY(model.setPrefix(QStringLiteral("Hew")));
    QCOMPARE(model.stringList(), QStringList({ QStringLiteral("Hewlett Packard") }));
    // LIKE wildcards typed by the user are literal.
    QVERIFY(model.setPrefix(QStringLiteral("%")));
    QCOMPARE(model.stringList(), QStringList());

    AssetCompletionModel people(m_test->database(), AssetCompletionModel::Source::Person);
    QVERIFY(people.setPrefix(QString::fromUtf8("j")));
    QCOMPARE(people.stringList(), QStringList({ QString::fromUtf8("Jürgen Köhler") }));
}

void TestAssetServices::deletingReferencedMasterDataIsRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("room") << int(MasterDataKind::Room) << QStringLiteral("B 212")
                          << QStringLiteral("Room B 212 is used by 2 asset(s), e.g. SN-2024-000001.");
    QTest::newRow("site") << int(MasterDataKind::Site) << QStringLiteral("Rathaus Am Markt")
                          << QStringLiteral(
                                 "Site Rathaus Am Markt is used by 2 asset(s), e.g. SN-2024-000001; "
                                 "4 room(s), e.g. A 101.");
    QTest::newRow("person") << int(MasterDataKind::Person) << QString::fromUtf8("Jürgen Köhler")
                            << QString::fromUtf8(
                                   "Person Jürgen Köhler is used by 2 asset(s), e.g. SN-2024-000001.");
    QTest::newRow("authority") << int(MasterDataKind::Authority) << QStringLiteral("LUP")
                               << QString::fromUtf8(
                                      "Authority Landkreis Ludwigslust-Parchim is used by 2 unit(s), "
                                      "e.g. Gesundheitsamt.");
}

void TestAssetServices::deletingReferencedMasterDataIsRefused()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const MasterDataKind masterKind = static_cast<MasterDataKind>(kind);
    const qint64 id = m_inventory->id(masterKind, name);
    QString error;
    QVERIFY(!m_inventory->masterData().remove(masterKind, id, &error));
    QCOMPARE(error, expected);
    QVERIFY(m_inventory->masterData().find(masterKind, id, &error).has_value());
}

void TestAssetServices::deletingUnusedMasterDataWorks()
{
    const qint64 id = m_inventory->id(MasterDataKind::Room, QStringLiteral("Keller Lager"));
    QString error;
    QCOMPARE(m_inventory->masterData().usage(MasterDataKind::Room, id, &error), QString());
    QVERIFY2(m_inventory->masterData().remove(MasterDataKind::Room, id, &error), qPrintable(error));
    QVERIFY(!m_inventory->masterData().find(MasterDataKind::Room, id, &error).has_value());
}

void TestAssetServices::anonymiseKeepsRowAndHistory()
{
    const qint64 person = m_inventory->id(MasterDataKind::Person, QString::fromUtf8("Jürgen Köhler"));
    Asset asset = *m_inventory->assets().find(m_first, nullptr);
    asset.personId = m_inventory->id(MasterDataKind::Person, QStringLiteral("Anke Schröder"));
    QCOMPARE(m_inventory->assets().update(asset, nullptr), AssetRepository::UpdateResult::Updated);

    QString error;
    QVERIFY2(m_inventory->masterData().anonymisePerson(person, &error), qPrintable(error));
    const std::optional<MasterDataRecord> record =
        m_inventory->masterData().find(MasterDataKind::Person, person, &error);
    QVERIFY(record);
    QCOMPARE(record->name, QStringLiteral("anonymised #%1").arg(person));
    QVERIFY(record->anonymised);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT person_id FROM asset WHERE id = %1").arg(m_second))
                 .toLongLong(),
             person);
    QCOMPARE(
        m_test->scalar(QString::fromUtf8("SELECT COUNT(*) FROM person WHERE name LIKE '%Köhler%'")).toInt(),
        0);
    // The old name is not findable any more; the history entry now reads the placeholder.
    QCOMPARE(m_test->searchCount(QString::fromUtf8("Köhler")), 0);
    AssetHistoryModel history(m_test->database());
    QVERIFY(history.load(m_first, &error));
    bool found = false;
    for (int row = 0; row < history.rowCount(); ++row) {
        if (history.index(row, AssetHistoryModel::Field).data().toString() == QLatin1String("Person")) {
            QCOMPARE(history.index(row, AssetHistoryModel::OldValue).data().toString(),
                     QStringLiteral("anonymised #%1").arg(person));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestAssetServices::masterDataTableModelEdits()
{
    MasterDataTableModel model(m_test->database(), MasterDataKind::Room);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 rathaus = m_inventory->id(MasterDataKind::Site, QStringLiteral("Rathaus Am Markt"));
    model.setParentFilter(rathaus);
    QCOMPARE(model.rowCount(), 4);
    QString error;
    const int row = model.addRecord(&error);
    QVERIFY2(row >= 0, qPrintable(error));
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.setData(model.index(row, 0), QStringLiteral("C 301")));
    QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("C 301"));
    QCOMPARE(model.index(row, 1).data().toString(), QStringLiteral("Rathaus Am Markt"));
    // A name already used in this site is refused and reported.
    QSignalSpy errors(&model, &MasterDataTableModel::errorOccurred);
    QVERIFY(!model.setData(model.index(row, 0), QStringLiteral("B 212")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("C 301"));
    QVERIFY(!model.removeRecord(model.rowOf(m_inventory->id(MasterDataKind::Room, QStringLiteral("B 212"))),
                                &error));
    QVERIFY2(model.removeRecord(row, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 4);

    MasterDataTableModel people(m_test->database(), MasterDataKind::Person);
    QAbstractItemModelTester peopleTester(&people, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(people.anonymise(0, &error));
    QVERIFY(!(people.flags(people.index(0, 0)) & Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(TestAssetServices)
#include "tst_assetservices.moc"
