#include "assets/assetrepository.h"
#include "import/assetimporter.h"
#include "import/importprofile.h"
#include "import/importundo.h"
#include "import/licenceimporter.h"
#include "licences/licencerepository.h"
#include "masterdata/masterdatarepository.h"
#include "schema/schemamigrator.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Undoing import batches: licence batches, and the master data a batch leaves behind.
class TestImportUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void licenceBatchUndoRestoresTheDatabase();
    void licenceBatchUndoRefusedAfterAChange_data();
    void licenceBatchUndoRefusedAfterAChange();
    void masterDataOfTheBatchIsRemoved_data();
    void masterDataOfTheBatchIsRemoved();
    void handMadeSiteFirstUsedByTheBatchIsKept();
    void batchWithoutRecordRemovesNoMasterData();
    void removingARowDropsItsBatchRecord();
    void migrationRecordsBatchesOfAVersion5Database();

private:
    QStringList recordedSites(qint64 batchId);
    QString writeFile(const QString &text);
    ImportResult importLicences(const QString &rows, ImportOptions options = ImportOptions());
    ImportResult importAssets(const QStringList &rows);
    QMap<QString, qint64> tableCounts();
    qint64 licenceId(const QString &contract);

    std::unique_ptr<TestDatabase> m_test;
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {
const QString licenceHeader =
    QStringLiteral("Produkt;Hersteller;Lizenzart;Anzahl;Lizenzschlüssel;Vertrag;gültig bis;"
                   "Preis je Lizenz;Eigentümer;genutzt von;Bemerkung\n");

const QString sisHeader =
    QStringLiteral("Inventar-Nr;Gerätetyp;Hersteller;Modell;Seriennummer;Standort;Raum;Nutzer;"
                   "Organisationseinheit;Kaufdatum;Kaufpreis;Garantie bis;Status;Hostname;MAC-Adresse;"
                   "IP-Adresse;Bemerkung\n");

// A SIS asset line: number, category, serial, site, room, person, unit.
QString sisLine(const QString &number, const QString &category, const QString &serial, const QString &site,
                const QString &room, const QString &person, const QString &unit)
{
    return QStringList({ number, category, QStringLiteral("Dell"), QStringLiteral("OptiPlex"), serial, site,
                         room, person, unit, QString(), QString(), QString(), QStringLiteral("in Betrieb"),
                         QString(), QString(), QString(), QString() })
        .join(QLatin1Char(';'));
}

const QStringList masterTables = { QStringLiteral("authority"), QStringLiteral("org_unit"),
                                   QStringLiteral("site"),      QStringLiteral("room"),
                                   QStringLiteral("person"),    QStringLiteral("category") };
} // namespace

void TestImportUndo::init()
{
    m_test = std::make_unique<TestDatabase>();
}

void TestImportUndo::cleanup()
{
    m_test.reset();
}

QString TestImportUndo::writeFile(const QString &text)
{
    const QString path = m_dir.filePath(QStringLiteral("list-%1.csv").arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

ImportResult TestImportUndo::importLicences(const QString &rows, ImportOptions options)
{
    const std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("sis-lizenzen"), nullptr);
    if (!profile)
        qFatal("no licence profile");
    options.user = QStringLiteral("importer");
    return LicenceImporter(m_test->database(), *profile).run(writeFile(licenceHeader + rows), options);
}

ImportResult TestImportUndo::importAssets(const QStringList &rows)
{
    const std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("sis"), nullptr);
    if (!profile)
        qFatal("no sis profile");
    ImportOptions options;
    options.user = QStringLiteral("importer");
    return AssetImporter(m_test->database(), *profile)
        .run(writeFile(sisHeader + rows.join(QLatin1Char('\n')) + QLatin1Char('\n')), options);
}

QMap<QString, qint64> TestImportUndo::tableCounts()
{
    QMap<QString, qint64> counts;
    for (const char *table :
         { "licence", "licence_allocation", "licence_assignment", "import_reject", "asset",
           "legacy_identifier", "authority", "org_unit", "site", "room", "person", "category" }) {
        const QString name = QLatin1String(table);
        counts.insert(name, m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(name)).toLongLong());
    }
    return counts;
}

QStringList TestImportUndo::recordedSites(qint64 batchId)
{
    QSqlQuery query(m_test->database().connection());
    query.prepare(
        QStringLiteral("SELECT s.name FROM import_batch_master_data m JOIN site s ON s.id = m.row_id "
                       "WHERE m.batch_id = ? AND m.kind = 'site' ORDER BY s.name"));
    query.addBindValue(batchId);
    query.exec();
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

qint64 TestImportUndo::licenceId(const QString &contract)
{
    return m_test->scalar(QStringLiteral("SELECT id FROM licence WHERE contract_no = '%1'").arg(contract))
        .toLongLong();
}

void TestImportUndo::licenceBatchUndoRestoresTheDatabase()
{
    const ImportResult first =
        importLicences(QStringLiteral("Shared;V;Volumenlizenz;11;;C-1;;10,00;SIS;Stadt Schwerin, LK LUP;\n"
                                      "Own;V;Einzelplatz;5;;C-2;;;LK LUP;;\n"));
    QCOMPARE(first.counts.created, qint64(2));
    const QMap<QString, qint64> before = tableCounts();

    ImportOptions update;
    update.policy = ImportOptions::Policy::UpdateMatched;
    const ImportResult second =
        importLicences(QStringLiteral("Shared;V;Volumenlizenz;11;;C-1;;10,00;SIS;Stadt Schwerin, LK LUP;\n"
                                      "Own;V;Einzelplatz;7;;C-2;31.12.2027;;LK LUP;;verlängert\n"
                                      "New;V;Volumenlizenz;4;;C-9;;;SIS;Stadt Schwerin, LK LUP;\n"),
                       update);
    QVERIFY2(second.status == ImportResult::Status::Completed, qPrintable(second.error));
    QCOMPARE(second.counts.created, qint64(1));
    QCOMPARE(second.counts.updated, qint64(1));
    QCOMPARE(second.counts.unchanged, qint64(1));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT quantity FROM licence WHERE contract_no = 'C-2'")).toInt(),
             7);
    QCOMPARE(tableCounts().value(QStringLiteral("licence_allocation")),
             before.value(QStringLiteral("licence_allocation")) + 2);
    const qint64 historyBefore = m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong();

    const ImportUndo::Result undone =
        ImportUndo(m_test->database()).undo(second.batchId, QStringLiteral("tester"));
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(undone.kind, QStringLiteral("licences"));
    QCOMPARE(undone.deleted, qint64(1));
    QCOMPARE(undone.reverted, qint64(1));
    QCOMPARE(tableCounts(), before);
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT status FROM import_batch WHERE id = %1").arg(second.batchId))
            .toString(),
        QStringLiteral("undone"));

    // The changed licence has its values from before the batch again.
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT quantity FROM licence WHERE contract_no = 'C-2'")).toInt(),
             5);
    QVERIFY(
        m_test->scalar(QStringLiteral("SELECT valid_until FROM licence WHERE contract_no = 'C-2'")).isNull());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT notes FROM licence WHERE contract_no = 'C-2'")).toString(),
             QString(QLatin1String("")));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence WHERE contract_no = 'C-9'")).toInt(),
             0);

    // Every step is in the history, by the one who undid it, filed under the undone batch.
    QCOMPARE(
        m_test
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE id > %1 AND (changed_by <> 'tester' "
                                    "OR import_batch_id IS NOT %2 OR entity <> 'licence')")
                         .arg(historyBefore)
                         .arg(second.batchId))
            .toInt(),
        0);
    const qint64 restored = licenceId(QStringLiteral("C-2"));
    QCOMPARE(
        m_test
            ->scalar(QStringLiteral("SELECT old_value || '->' || new_value FROM history WHERE id > %1 AND "
                                    "entity_id = %2 AND field = 'quantity'")
                         .arg(historyBefore)
                         .arg(restored))
            .toString(),
        QStringLiteral("7->5"));
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE id > %1 AND entity_id = %2 AND "
                                         "action = 'update'")
                              .arg(historyBefore)
                              .arg(restored))
                 .toInt(),
             3);
    QCOMPARE(
        m_test
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE id > %1 AND action = 'update' AND "
                                    "field LIKE 'allocation:%' AND new_value IS NULL")
                         .arg(historyBefore))
            .toInt(),
        2);
    QCOMPARE(
        m_test
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE id > %1 AND action = 'delete' AND "
                                    "old_value LIKE '%C-9%'")
                         .arg(historyBefore))
            .toInt(),
        1);

    // The first batch, whose C-2 the second changed and its undo changed back, can go too.
    const ImportUndo::Result firstUndone = ImportUndo(m_test->database()).undo(first.batchId, QString());
    QVERIFY2(firstUndone.ok, qPrintable(firstUndone.error));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence")).toInt(), 0);
}

void TestImportUndo::licenceBatchUndoRefusedAfterAChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("named");
    QTest::newRow("field edited") << QStringLiteral("edit") << QStringLiteral("Shared (C-1)");
    QTest::newRow("allocation changed") << QStringLiteral("allocate") << QStringLiteral("Shared (C-1)");
    QTest::newRow("seat assigned") << QStringLiteral("assign") << QStringLiteral("Server CAL (User) (C-4)");
}

void TestImportUndo::licenceBatchUndoRefusedAfterAChange()
{
    QFETCH(QString, change);
    QFETCH(QString, named);
    const ImportResult result =
        importLicences(QStringLiteral("Shared;V;Volumenlizenz;11;;C-1;;10,00;SIS;Stadt Schwerin, LK LUP;\n"
                                      "Server CAL (User);V;Volumenlizenz;50;;C-4;;;SIS;;\n"));
    QCOMPARE(result.counts.created, qint64(2));

    LicenceRepository repository(m_test->database(), { QStringLiteral("someone"), 0 });
    QString error;
    if (change == QLatin1String("edit")) {
        std::optional<Licence> licence = repository.find(licenceId(QStringLiteral("C-1")), &error);
        QVERIFY2(licence, qPrintable(error));
        licence->notes = QStringLiteral("edited by hand");
        QCOMPARE(repository.update(*licence, &error), LicenceRepository::UpdateResult::Updated);
    } else if (change == QLatin1String("allocate")) {
        QVERIFY2(repository.setAllocation(licenceId(QStringLiteral("C-1")),
                                          m_test->authorityId(QStringLiteral("KSM")), 1, &error),
                 qPrintable(error));
    } else {
        QVERIFY(m_test->exec(QStringLiteral("INSERT INTO person (name) VALUES ('Seat, Holder')")));
        const qint64 person = m_test->scalar(QStringLiteral("SELECT id FROM person")).toLongLong();
        QVERIFY2(repository.assignToPerson(licenceId(QStringLiteral("C-4")),
                                           m_test->authorityId(QStringLiteral("SN")), person, &error),
                 qPrintable(error));
    }
    const QMap<QString, qint64> before = tableCounts();

    const ImportUndo::Result undone = ImportUndo(m_test->database()).undo(result.batchId, QString());
    QVERIFY(!undone.ok);
    QCOMPARE(undone.changedSince, QStringList({ named }));
    QVERIFY2(undone.error.contains(named), qPrintable(undone.error));
    QCOMPARE(tableCounts(), before);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT status FROM import_batch")).toString(),
             QStringLiteral("completed"));
}

void TestImportUndo::masterDataOfTheBatchIsRemoved_data()
{
    QTest::addColumn<bool>("siteUsedByHand");
    QTest::newRow("nothing else uses it") << false;
    QTest::newRow("a hand-made asset uses the new site") << true;
}

void TestImportUndo::masterDataOfTheBatchIsRemoved()
{
    QFETCH(bool, siteUsedByHand);
    const QString stadthaus = QStringLiteral("Stadthaus, Am Packhof 2-6");
    const ImportResult first = importAssets(
        { sisLine(QStringLiteral("SIS-1"), QStringLiteral("PC"), QStringLiteral("A1"), stadthaus,
                  QStringLiteral("3.21"), QStringLiteral("Müller, Anna"), QStringLiteral("FD 20")) });
    QCOMPARE(first.counts.created, qint64(1));
    QMap<QString, qint64> before;
    for (const QString &table : masterTables)
        before.insert(table,
                      m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong());

    // New site, room, person, unit and category; a new room in the known site; a
    // built-in category nothing else uses yet.
    const ImportResult second = importAssets(
        { sisLine(QStringLiteral("SIS-2"), QStringLiteral("Plotter"), QStringLiteral("A2"),
                  QStringLiteral("Neubau, Ring 1"), QStringLiteral("0.01"), QStringLiteral("Neu, Nina"),
                  QStringLiteral("FD 99")),
          sisLine(QStringLiteral("SIS-3"), QStringLiteral("Scanner"), QStringLiteral("A3"), stadthaus,
                  QStringLiteral("3.22"), QStringLiteral("Müller, Anna"), QStringLiteral("FD 20")) });
    QVERIFY2(second.ran(), qPrintable(second.error));
    QCOMPARE(second.counts.created, qint64(2));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM room")).toInt(), 3);

    QStringList expectedRemoved = { QStringLiteral("Person Neu, Nina"), QStringLiteral("Room 0.01"),
                                    QStringLiteral("Room 3.22"),        QStringLiteral("Unit FD 99"),
                                    QStringLiteral("Site Neubau"),      QStringLiteral("Category Plotter") };
    if (siteUsedByHand) {
        AssetRepository repository(m_test->database(), { QStringLiteral("someone"), 0 });
        Asset asset;
        asset.inventoryNo = QStringLiteral("HAND-1");
        asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
        asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
        asset.siteId =
            m_test->scalar(QStringLiteral("SELECT id FROM site WHERE name = 'Neubau'")).toLongLong();
        QString error;
        QVERIFY2(repository.insert(asset, &error), qPrintable(error));
        expectedRemoved.removeOne(QStringLiteral("Site Neubau"));
        before[QStringLiteral("site")] += 1;
    }

    const ImportUndo::Result undone =
        ImportUndo(m_test->database()).undo(second.batchId, QStringLiteral("tester"));
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(undone.deleted, qint64(2));
    QCOMPARE(undone.removedMasterData, expectedRemoved);
    for (const QString &table : masterTables)
        QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong(),
                 before.value(table));
    // What the first batch's asset uses stays.
    QCOMPARE(m_test
                 ->scalar(QStringLiteral(
                     "SELECT s.name || '/' || r.name || '/' || p.name || '/' || u.name FROM asset a "
                     "JOIN site s ON s.id = a.site_id JOIN room r ON r.id = a.room_id "
                     "JOIN person p ON p.id = a.person_id JOIN org_unit u ON u.id = a.unit_id "
                     "WHERE a.inventory_no = 'SIS-1'"))
                 .toString(),
             QStringLiteral("Stadthaus/3.21/Müller, Anna/FD 20"));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM category WHERE name = 'Scanner'")).toInt(),
             1);
    if (siteUsedByHand)
        QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM site WHERE name = 'Neubau'")).toInt(),
                 1);
}

// Someone adds a site by hand, then imports a list that is the first to use it and
// also brings new sites: the batch created only the new ones, and only they go.
void TestImportUndo::handMadeSiteFirstUsedByTheBatchIsKept()
{
    MasterDataRepository repository(m_test->database());
    MasterDataRecord rathaus;
    rathaus.kind = MasterDataKind::Site;
    rathaus.name = QStringLiteral("Rathaus");
    QString error;
    QVERIFY2(repository.insert(rathaus, &error), qPrintable(error));

    const ImportResult batch =
        importAssets({ sisLine(QStringLiteral("SIS-1"), QStringLiteral("PC"), QStringLiteral("A1"),
                               QStringLiteral("Rathaus"), QString(), QString(), QString()),
                       sisLine(QStringLiteral("SIS-2"), QStringLiteral("PC"), QStringLiteral("A2"),
                               QStringLiteral("Neubau, Ring 1"), QString(), QString(), QString()),
                       sisLine(QStringLiteral("SIS-3"), QStringLiteral("PC"), QStringLiteral("A3"),
                               QStringLiteral("Altbau"), QString(), QString(), QString()) });
    QVERIFY2(batch.ran(), qPrintable(batch.error));
    QCOMPARE(batch.counts.created, qint64(3));
    QCOMPARE(recordedSites(batch.batchId),
             QStringList({ QStringLiteral("Altbau"), QStringLiteral("Neubau") }));

    const ImportUndo::Result undone =
        ImportUndo(m_test->database()).undo(batch.batchId, QStringLiteral("tester"));
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(undone.removedMasterData,
             QStringList({ QStringLiteral("Site Neubau"), QStringLiteral("Site Altbau") }));
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT %1 FROM site")
                              .arg(m_test->groupConcat(QStringLiteral("name"), QStringLiteral(","))))
                 .toString(),
             QStringLiteral("Rathaus"));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch_master_data")).toInt(), 0);
}

// A batch imported before schema 6 has no record of what it created: its undo
// leaves the master data rather than guess (and maybe take rows made by hand).
void TestImportUndo::batchWithoutRecordRemovesNoMasterData()
{
    const ImportResult batch =
        importAssets({ sisLine(QStringLiteral("SIS-1"), QStringLiteral("Plotter"), QStringLiteral("A1"),
                               QStringLiteral("Neubau"), QStringLiteral("0.01"), QString(), QString()) });
    QVERIFY2(batch.ran(), qPrintable(batch.error));
    QVERIFY(m_test->exec(QStringLiteral("DELETE FROM import_batch_master_data")));

    const ImportUndo::Result undone =
        ImportUndo(m_test->database()).undo(batch.batchId, QStringLiteral("tester"));
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(undone.deleted, qint64(1));
    QCOMPARE(undone.removedMasterData, QStringList());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM site WHERE name = 'Neubau'")).toInt(), 1);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM category WHERE name = 'Plotter'")).toInt(),
             1);
}

// SQLite hands a deleted newest id to the next row; a record left behind would
// make the batch's undo take that new row.
void TestImportUndo::removingARowDropsItsBatchRecord()
{
    const ImportResult batch =
        importAssets({ sisLine(QStringLiteral("SIS-1"), QStringLiteral("PC"), QStringLiteral("A1"),
                               QStringLiteral("Neubau"), QString(), QString(), QString()) });
    QVERIFY2(batch.ran(), qPrintable(batch.error));
    const qint64 neubau =
        m_test->scalar(QStringLiteral("SELECT id FROM site WHERE name = 'Neubau'")).toLongLong();
    QVERIFY(m_test->exec(QStringLiteral("UPDATE asset SET site_id = NULL")));
    QString error;
    MasterDataRepository repository(m_test->database());
    QVERIFY2(repository.remove(MasterDataKind::Site, neubau, &error), qPrintable(error));
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch_master_data WHERE kind = 'site'"))
            .toInt(),
        0);

    MasterDataRecord handMade;
    handMade.kind = MasterDataKind::Site;
    handMade.name = QStringLiteral("Werkstatt");
    QVERIFY2(repository.insert(handMade, &error), qPrintable(error));
    // PostgreSQL's identity never hands an id out twice; the record must be gone on both.
    if (!m_test->isPostgres())
        QCOMPARE(handMade.id, neubau);
    QCOMPARE(recordedSites(batch.batchId), QStringList());
}

void TestImportUndo::migrationRecordsBatchesOfAVersion5Database()
{
    TestDatabase old(false);
    SchemaMigrator migrator(old.database());
    QVERIFY(migrator.migrateTo(5).ok());
    QVERIFY(!old.database().connection().tables().contains(QStringLiteral("import_batch_master_data")));
    QVERIFY(
        old.exec(QStringLiteral("INSERT INTO import_batch (kind, file_name, checksum, profile, started_by, "
                                "started_at, status) VALUES ('assets', 'old.csv', 'x', 'sis', 'someone', "
                                "'2026-01-01 10:00:00', 'completed')")));

    const SchemaMigrator::Result result = migrator.migrate();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.fromVersion, 5);
    QCOMPARE(result.toVersion, SchemaMigrator::latestVersion());
    // The batch from before the upgrade has no record: nothing is made up for it.
    QCOMPARE(old.scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch_master_data")).toInt(), 0);

    const qint64 batchId = old.scalar(QStringLiteral("SELECT id FROM import_batch")).toLongLong();
    QSqlQuery query(old.database().connection());
    QVERIFY(query.prepare(
        QStringLiteral("INSERT INTO import_batch_master_data (batch_id, kind, row_id) VALUES (?, ?, 1)")));
    query.addBindValue(batchId);
    query.addBindValue(QStringLiteral("site"));
    QVERIFY(query.exec());
    // Authorities are never an import's to create; unknown batches are refused.
    query.addBindValue(batchId);
    query.addBindValue(QStringLiteral("authority"));
    QVERIFY(!query.exec());
    query.addBindValue(batchId + 1);
    query.addBindValue(QStringLiteral("site"));
    QVERIFY(!query.exec());
    // The record goes with its batch.
    QVERIFY(old.exec(QStringLiteral("DELETE FROM import_batch")));
    QCOMPARE(old.scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch_master_data")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestImportUndo)
#include "tst_importundo.moc"
