#include "assets/assetrepository.h"
#include "auditfixture.h"
#include "audits/auditduequery.h"
#include "audits/auditscanimporter.h"
#include "audits/auditservice.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using Outcome = AuditScanResult::Outcome;

class TestAuditService : public QObject
{
    Q_OBJECT

private slots:
    void scopeSelection_data();
    void scopeSelection();
    void scanByEveryIdentifier_data();
    void scanByEveryIdentifier();
    void unexpectedAndOutOfScope();
    void ambiguousCodeChangesNothing();
    void pauseRefusesScans();
    void batchFileWithBadLines();
    void closeAppliesEverythingAndFreezes();
    void closeIsAllOrNothing();
    void closeWritesWhatAnEditWould();
    void countersMatchTheItems();
    void dueForAudit();
};

static QList<qint64> ids(TestDatabase &test, const QString &sql)
{
    QList<qint64> result;
    QSqlQuery query(test.database().connection());
    if (!query.exec(sql))
        qWarning("%s", qPrintable(Sql::errorText(query)));
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

void TestAuditService::scopeSelection_data()
{
    QTest::addColumn<QStringList>("owners");
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<QList<qint64>>("sites");
    QTest::addColumn<QList<qint64>>("rooms");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("reference"); // WHERE clause over asset a

    const QString notRetired = QStringLiteral("a.status <> 'retired'");
    QTest::newRow("whole inventory") << QStringList() << QStringList() << QList<qint64>() << QList<qint64>()
                                     << QStringList() << notRetired;
    QTest::newRow("owner SN") << QStringList({ QStringLiteral("SN") }) << QStringList() << QList<qint64>()
                              << QList<qint64>() << QStringList()
                              << notRetired
            + QStringLiteral(" AND a.owner_authority_id = (SELECT id FROM authority WHERE code = 'SN')");
    QTest::newRow("user LUP") << QStringList() << QStringList({ QStringLiteral("LUP") }) << QList<qint64>()
                              << QList<qint64>() << QStringList()
                              << notRetired
            + QStringLiteral(" AND a.using_authority_id = (SELECT id FROM authority WHERE code = 'LUP')");
    QTest::newRow("owner SN, site 1")
        << QStringList({ QStringLiteral("SN") }) << QStringList() << QList<qint64>({ 1 }) << QList<qint64>()
        << QStringList()
        << notRetired
            + QStringLiteral(
                " AND a.site_id = 1 AND a.owner_authority_id = (SELECT id FROM authority WHERE code = 'SN')");
    QTest::newRow("two rooms") << QStringList() << QStringList() << QList<qint64>()
                               << QList<qint64>({ 11, 21 }) << QStringList()
                               << notRetired + QStringLiteral(" AND a.room_id IN (11, 21)");
    QTest::newRow("site 2, monitors")
        << QStringList() << QStringList() << QList<qint64>({ 2 }) << QList<qint64>()
        << QStringList({ QStringLiteral("Monitor") })
        << notRetired
            + QStringLiteral(
                " AND a.site_id = 2 AND a.category_id = (SELECT id FROM category WHERE name = 'Monitor')");
    QTest::newRow("both owners, PC and Monitor, room 11")
        << QStringList({ QStringLiteral("SN"), QStringLiteral("LUP") }) << QStringList() << QList<qint64>()
        << QList<qint64>({ 11 }) << QStringList({ QStringLiteral("PC"), QStringLiteral("Monitor") })
        << notRetired + QStringLiteral(" AND a.room_id = 11");
    QTest::newRow("nothing matches") << QStringList({ QStringLiteral("KSM") }) << QStringList()
                                     << QList<qint64>() << QList<qint64>() << QStringList()
                                     << QStringLiteral("0 = 1");
}

void TestAuditService::scopeSelection()
{
    QFETCH(QStringList, owners);
    QFETCH(QStringList, users);
    QFETCH(QList<qint64>, sites);
    QFETCH(QList<qint64>, rooms);
    QFETCH(QStringList, categories);
    QFETCH(QString, reference);
    TestDatabase test;
    AuditFixture fixture(test);
    AuditScope scope;
    for (const QString &code : owners)
        scope.ownerAuthorityIds.append(test.authorityId(code));
    for (const QString &code : users)
        scope.usingAuthorityIds.append(test.authorityId(code));
    scope.siteIds = sites;
    scope.roomIds = rooms;
    for (const QString &name : categories)
        scope.categoryIds.append(test.categoryId(name));

    AuditService service(test.database());
    QString error;
    const std::optional<qint64> auditId = service.create(
        QStringLiteral("Inventur"), scope, QStringLiteral("Frau A"), QDate(2026, 12, 31), &error);
    QVERIFY2(auditId, qPrintable(error));
    const QList<qint64> expected =
        ids(test, QStringLiteral("SELECT a.id FROM asset a WHERE %1 ORDER BY a.id").arg(reference));
    const QList<qint64> actual =
        ids(test,
            QStringLiteral("SELECT asset_id FROM audit_item WHERE audit_id = %1 ORDER BY asset_id")
                .arg(*auditId));
    QCOMPARE(actual, expected);
    QCOMPARE(service.counters(*auditId, &error)->expected, int(expected.size()));
    const std::optional<Audit> audit = service.find(*auditId, &error);
    QVERIFY(audit);
    QCOMPARE(audit->scope.roomIds, rooms);
    QCOMPARE(audit->responsible, QStringLiteral("Frau A"));
    QCOMPARE(audit->dueDate, QDate(2026, 12, 31));
}

void TestAuditService::scanByEveryIdentifier_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("inventory number, typed loosely") << QStringLiteral(" inv-2 ");
    QTest::newRow("legacy number") << QStringLiteral("L-2");
    QTest::newRow("serial, lower case") << QStringLiteral("ser2");
    QTest::newRow("MAC, other notation") << QStringLiteral("00-11-22-33-44-02");
    QTest::newRow("host name, upper case") << QStringLiteral("HOST2");
}

void TestAuditService::scanByEveryIdentifier()
{
    QFETCH(QString, code);
    TestDatabase test;
    AuditFixture fixture(test);
    AuditService service(test.database(), { QStringLiteral("scanner"), 0 });
    QString error;
    const qint64 auditId = created(service, QStringLiteral("A"), {});
    const qint64 asset = fixture.id("INV-2"); // expected in room 11

    // Found where expected.
    std::optional<AuditScanResult> result = service.recordScan(auditId, at(code, 11), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->outcome, Outcome::Found);
    QCOMPARE(result->assetId, asset);
    QCOMPARE(result->inventoryNo, QStringLiteral("INV-2"));
    QCOMPARE(result->counters.found, 1);
    QCOMPARE(result->counters.open(), 6);

    // The same item again, any identifier, same room: harmless.
    result = service.recordScan(auditId, at(code, 11), &error);
    QCOMPARE(result->outcome, Outcome::Duplicate);
    result = service.recordScan(auditId, at(QStringLiteral("INV-2"), 0), &error);
    QCOMPARE(result->outcome, Outcome::Duplicate);
    QCOMPARE(result->counters.found, 1);
    QCOMPARE(result->counters.moved, 0);

    // Seen again in another room: it is there now, counted once as moved.
    result = service.recordScan(auditId, at(code, 22), &error);
    QCOMPARE(result->outcome, Outcome::Moved);
    QCOMPARE(result->expectedRoomId, 11);
    QCOMPARE(result->foundRoomId, 22);
    QCOMPARE(result->counters.found, 0);
    QCOMPARE(result->counters.moved, 1);
    QVERIFY2(result->message.contains(QStringLiteral("Schule / A 2")), qPrintable(result->message));
    result = service.recordScan(auditId, at(code, 22), &error);
    QCOMPARE(result->outcome, Outcome::Duplicate);
    QCOMPARE(result->counters.moved, 1);
    QCOMPARE(result->counters.unexpected, 0);

    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_scan WHERE audit_id = %1").arg(auditId))
                 .toInt(),
             5);
    QCOMPARE(
        test.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_scan WHERE outcome = 'duplicate'")).toInt(),
        3);
    QCOMPARE(test.scalar(QStringLiteral("SELECT scanned_by FROM audit_scan LIMIT 1")).toString(),
             QStringLiteral("scanner"));
}

void TestAuditService::unexpectedAndOutOfScope()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditService service(test.database());
    QString error;
    AuditScope scope;
    scope.siteIds = { 1 };
    const qint64 auditId = created(service, QStringLiteral("Rathaus"), scope);

    std::optional<AuditScanResult> result =
        service.recordScan(auditId, at(QStringLiteral("unknown 42"), 11), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->outcome, Outcome::Unexpected);
    QVERIFY(result->unexpectedId > 0);
    QCOMPARE(result->counters.unexpected, 1);
    result = service.recordScan(auditId, at(QStringLiteral("UNKNOWN42"), 12), &error);
    QCOMPARE(result->outcome, Outcome::Duplicate);
    QCOMPARE(result->counters.unexpected, 1);
    UnexpectedCapture capture;
    capture.categoryId = test.categoryId(QStringLiteral("Drucker"));
    capture.manufacturer = QStringLiteral("HP");
    capture.model = QStringLiteral("LaserJet");
    capture.note = QStringLiteral("im Flur");
    QVERIFY2(service.captureUnexpected(auditId, result->unexpectedId, capture, &error), qPrintable(error));

    // INV-4 is in the inventory but at the school: outside this audit.
    result = service.recordScan(auditId, at(QStringLiteral("ser4"), 11), &error);
    QCOMPARE(result->outcome, Outcome::OutOfScope);
    QCOMPARE(result->assetId, fixture.id("INV-4"));
    result = service.recordScan(auditId, at(QStringLiteral("host4"), 11), &error);
    QCOMPARE(result->outcome, Outcome::Duplicate);
    QCOMPARE(result->counters.unexpected, 2);
    QCOMPARE(result->counters.found + result->counters.moved, 0);
    QCOMPARE(
        test.scalar(QStringLiteral("SELECT model FROM audit_unexpected WHERE code = 'UNKNOWN42'")).toString(),
        QStringLiteral("LaserJet"));
}

void TestAuditService::ambiguousCodeChangesNothing()
{
    TestDatabase test;
    AuditFixture fixture(test);
    // INV-3's host name is INV-1's serial: the code names two assets of the audit.
    test.exec(QStringLiteral("UPDATE asset SET hostname = 'ser1' WHERE inventory_no = 'INV-3'"));
    AuditService service(test.database());
    QString error;
    const qint64 auditId = created(service, QStringLiteral("A"), {});
    const std::optional<AuditScanResult> result =
        service.recordScan(auditId, at(QStringLiteral("SER1"), 11), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->outcome, Outcome::Ambiguous);
    QCOMPARE(result->counters.found + result->counters.moved + result->counters.unexpected, 0);
}

void TestAuditService::pauseRefusesScans()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditService service(test.database());
    QString error;
    const qint64 auditId = created(service, QStringLiteral("A"), {});
    QVERIFY(service.pause(auditId, &error));
    QVERIFY(!service.pause(auditId, &error));
    QVERIFY(!service.recordScan(auditId, at(QStringLiteral("INV-1"), 11), &error));
    QVERIFY2(error.contains(QStringLiteral("paused")), qPrintable(error));
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_scan")).toInt(), 0);
    QVERIFY(service.resume(auditId, &error));
    QVERIFY(service.recordScan(auditId, at(QStringLiteral("INV-1"), 11), &error));
    QCOMPARE(service.find(auditId, &error)->status, AuditStatus::Open);
}

void TestAuditService::batchFileWithBadLines()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditService service(test.database());
    QString error;
    const qint64 auditId = created(service, QStringLiteral("A"), {});
    const QString path = test.folder() + QStringLiteral("/scans.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("code;timestamp;room\r\n" // 1 header
               "INV-1;2026-11-25T10:15:00;B 212\r\n" // 2 found
               "\r\n" // 3 blank
               "ser3;2026-11-25T10:16:00;Rathaus / B 212\r\n" // 4 moved (expected B 213)
               ";2026-11-25T10:17:00;B 212\r\n" // 5 bad: no code
               "INV-1;gestern;B 212\r\n" // 6 bad: timestamp
               "INV-2;2026-11-25T10:18:00;Keller\r\n" // 7 bad: unknown room
               "INV-2;;;x\r\n" // 8 bad: too many fields
               "# a comment\r\n" // 9
               "FREMD-1;25.11.2026 10:19\r\n" // 10 unexpected, default room
               "INV-1\r\n" // 11 duplicate
               "host4\t2026-11-25 10:20\tA 1\r\n"); // 12 found, tab separated
    file.close();
    AuditScanImporter importer(service);
    const std::optional<AuditScanImporter::Report> report = importer.importFile(auditId, path, 11, &error);
    QVERIFY2(report, qPrintable(error));
    QList<qint64> badLines;
    for (const AuditScanFileProblem &problem : report->problems)
        badLines.append(problem.lineNo);
    QCOMPARE(badLines, QList<qint64>({ 5, 6, 7, 8 }));
    QCOMPARE(report->applied, 5);
    QCOMPARE(report->outcomes.value(Outcome::Found), 2);
    QCOMPARE(report->outcomes.value(Outcome::Moved), 1);
    QCOMPARE(report->outcomes.value(Outcome::Unexpected), 1);
    QCOMPARE(report->outcomes.value(Outcome::Duplicate), 1);
    QCOMPARE(report->counters.found, 2);
    QCOMPARE(report->counters.moved, 1);
    QCOMPARE(report->counters.unexpected, 1);
    QCOMPARE(test.scalar(QStringLiteral("SELECT line_no FROM audit_scan WHERE code = 'FREMD-1'")).toInt(),
             10);
    QCOMPARE(
        test.scalar(QStringLiteral("SELECT room_id FROM audit_unexpected WHERE code = 'FREMD-1'")).toInt(),
        11);
    QCOMPARE(test.scalar(QStringLiteral("SELECT scanned_at FROM audit_scan WHERE line_no = 2")).toString(),
             QDateTime(QDate(2026, 11, 25), QTime(10, 15)).toUTC().toString(Qt::ISODateWithMs));
    QCOMPARE(test.scalar(QStringLiteral("SELECT source FROM audit_scan WHERE line_no = 2")).toString(),
             QStringLiteral("file"));
}

void TestAuditService::closeAppliesEverythingAndFreezes()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditService service(test.database(), { QStringLiteral("pruefer"), 0 });
    QString error;
    AuditScope scope;
    scope.siteIds = { 1, 2 };
    const qint64 auditId = created(service, QStringLiteral("A"), scope);
    // Expected: INV-1..5 and INV-8 (INV-6 retired, INV-7 without site).
    QCOMPARE(service.counters(auditId, &error)->expected, 6);
    QCOMPARE(service.recordScan(auditId, at(QStringLiteral("INV-1"), 11), &error)->outcome, Outcome::Found);
    QCOMPARE(service.recordScan(auditId, at(QStringLiteral("INV-2"), 21), &error)->outcome, Outcome::Moved);
    QCOMPARE(service.recordScan(auditId, at(QStringLiteral("INV-3"), 21), &error)->outcome, Outcome::Moved);
    QCOMPARE(service.recordScan(auditId, at(QStringLiteral("INV-5"), 22), &error)->outcome, Outcome::Found);
    QVERIFY2(service.acceptMove(auditId, fixture.id("INV-2"), true, &error), qPrintable(error));
    QVERIFY(!service.acceptMove(auditId, fixture.id("INV-1"), true, &error)); // not moved
    const int historyBefore = test.scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toInt();

    QVERIFY2(service.close(auditId, &error), qPrintable(error));

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    auto column = [&](const char *number, const QString &name) {
        return test.scalar(QStringLiteral("SELECT %1 FROM asset WHERE inventory_no = '%2'")
                               .arg(name, QString::fromLatin1(number)));
    };
    QCOMPARE(column("INV-1", QStringLiteral("last_audited")).toString(), today);
    QCOMPARE(column("INV-2", QStringLiteral("room_id")).toInt(), 21); // accepted move
    QCOMPARE(column("INV-2", QStringLiteral("site_id")).toInt(), 2);
    QCOMPARE(column("INV-3", QStringLiteral("room_id")).toInt(), 12); // not accepted: unchanged
    QCOMPARE(column("INV-3", QStringLiteral("last_audited")).toString(), today);
    QCOMPARE(column("INV-5", QStringLiteral("status")).toString(),
             QStringLiteral("in_use")); // missing, found again
    QCOMPARE(column("INV-4", QStringLiteral("status")).toString(), QStringLiteral("missing"));
    QCOMPARE(column("INV-8", QStringLiteral("status")).toString(), QStringLiteral("missing"));
    QVERIFY(column("INV-4", QStringLiteral("last_audited")).isNull());
    QCOMPARE(column("INV-7", QStringLiteral("status")).toString(),
             QStringLiteral("in_repair")); // not in scope

    // History: who, and one row per changed field.
    QCOMPARE(
        test.scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity_id = %1 AND field = 'status' "
                                   "AND new_value = 'missing' AND changed_by = 'pruefer'")
                        .arg(fixture.id("INV-4")))
            .toInt(),
        1);
    QCOMPARE(
        test.scalar(QStringLiteral("SELECT old_value || '>' || new_value FROM history WHERE entity_id = %1 "
                                   "AND field = 'room_id'")
                        .arg(fixture.id("INV-2")))
            .toString(),
        QStringLiteral("11>21"));
    // 4 found x last_audited, INV-5 status, INV-2 room + site, INV-4 and INV-8 status.
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toInt() - historyBefore,
             4 + 1 + 2 + 2);

    const std::optional<Audit> audit = service.find(auditId, &error);
    QCOMPARE(audit->status, AuditStatus::Closed);
    QCOMPARE(audit->closedBy, QStringLiteral("pruefer"));
    QVERIFY(audit->closedAt.isValid());
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_item WHERE state = 'missing'")).toInt(),
             2);

    // Frozen.
    QVERIFY(!service.recordScan(auditId, at(QStringLiteral("INV-4"), 21), &error));
    QVERIFY2(error.contains(QStringLiteral("closed")), qPrintable(error));
    QVERIFY(!service.acceptMove(auditId, fixture.id("INV-3"), true, &error));
    QVERIFY(!service.pause(auditId, &error));
    QVERIFY(!service.resume(auditId, &error));
    QVERIFY(!service.close(auditId, &error));
    QVERIFY(!service.captureUnexpected(auditId, 1, {}, &error));
    QCOMPARE(column("INV-4", QStringLiteral("status")).toString(), QStringLiteral("missing"));
}

void TestAuditService::closeIsAllOrNothing()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditService service(test.database());
    QString error;
    const qint64 auditId = created(service, QStringLiteral("A"), {});
    QVERIFY(service.recordScan(auditId, at(QStringLiteral("INV-1"), 11), &error));
    QVERIFY(service.recordScan(auditId, at(QStringLiteral("INV-2"), 12), &error));
    QVERIFY(service.acceptMove(auditId, fixture.id("INV-2"), true, &error));
    // The last asset written (INV-8, highest id, still open) makes the database refuse.
    if (test.isPostgres()) {
        QVERIFY(test.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                         "$body$ BEGIN IF NEW.inventory_no = 'INV-8' THEN RAISE EXCEPTION "
                                         "'refused'; END IF; RETURN NEW; END $body$")));
        QVERIFY(test.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE OF status ON asset FOR EACH "
                                         "ROW EXECUTE FUNCTION refuse()")));
    } else {
        QVERIFY(test.exec(
            QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE OF status ON asset "
                           "WHEN NEW.inventory_no = 'INV-8' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    }
    const QString state =
        QStringLiteral("SELECT %1 FROM (SELECT * FROM asset ORDER BY id) a")
            .arg(test.groupConcat(
                QStringLiteral("inventory_no || status || COALESCE(CAST(last_audited AS TEXT), '-') || "
                               "COALESCE(CAST(room_id AS TEXT), '-') || row_version"),
                QStringLiteral(",")));
    const QString before = test.scalar(state).toString();
    const int historyBefore = test.scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toInt();

    QVERIFY(!service.close(auditId, &error));
    QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));

    QCOMPARE(test.scalar(state).toString(), before);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toInt(), historyBefore);
    QCOMPARE(service.find(auditId, &error)->status, AuditStatus::Open);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_item WHERE state = 'missing'")).toInt(),
             0);

    // Once the obstacle is gone the same close goes through.
    QVERIFY(test.exec(test.isPostgres() ? QStringLiteral("DROP TRIGGER refuse ON asset")
                                        : QStringLiteral("DROP TRIGGER refuse")));
    QVERIFY2(service.close(auditId, &error), qPrintable(error));
    QCOMPARE(test.scalar(QStringLiteral("SELECT room_id FROM asset WHERE inventory_no = 'INV-2'")).toInt(),
             12);
}

// The set-based close must leave what one AssetRepository::update per item left:
// one history row per changed field in field order per asset, a new row version
// only where something changed, sort keys and the search document of moved assets.
void TestAuditService::closeWritesWhatAnEditWould()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditService service(test.database(), { QStringLiteral("pruefer"), 0 });
    QString error;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QVERIFY(test.exec(
        QStringLiteral("UPDATE asset SET last_audited = '2020-01-10' WHERE inventory_no = 'INV-3'")));
    AuditScope scope;
    scope.siteIds = { 1, 2 };
    const qint64 auditId = created(service, QStringLiteral("A"), scope); // INV-1..5, INV-8
    // Meanwhile: INV-4 retired (left alone), INV-1 audited today already (nothing changes).
    QVERIFY(test.exec(QStringLiteral("UPDATE asset SET status = 'retired' WHERE inventory_no = 'INV-4'")));
    QVERIFY(test.exec(
        QStringLiteral("UPDATE asset SET last_audited = '%1' WHERE inventory_no = 'INV-1'").arg(today)));
    QVERIFY(service.recordScan(auditId, at(QStringLiteral("INV-1"), 11), &error));
    QVERIFY(service.recordScan(auditId, at(QStringLiteral("INV-2"), 21), &error));
    QVERIFY(service.recordScan(auditId, at(QStringLiteral("INV-3"), 21), &error));
    QVERIFY(service.recordScan(auditId, at(QStringLiteral("INV-5"), 22), &error));
    QVERIFY2(service.acceptMove(auditId, fixture.id("INV-2"), true, &error), qPrintable(error));
    const qint64 lastHistoryId = test.scalar(QStringLiteral("SELECT MAX(id) FROM history")).toLongLong();
    const QString updatedBefore =
        test.scalar(QStringLiteral("SELECT updated_at FROM asset WHERE inventory_no = 'INV-2'")).toString();

    QVERIFY2(service.close(auditId, &error), qPrintable(error));

    QStringList history;
    QSqlQuery query(test.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT a.inventory_no, h.entity, h.action, h.field, "
                                      "COALESCE(h.old_value, 'NULL'), COALESCE(h.new_value, 'NULL'), "
                                      "h.changed_by, COALESCE(h.import_batch_id, 0), h.changed_at "
                                      "FROM history h JOIN asset a ON a.id = h.entity_id WHERE h.id > %1 "
                                      "ORDER BY h.id")
                           .arg(lastHistoryId)));
    while (query.next()) {
        QVERIFY(QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs).isValid());
        QStringList row;
        for (int i = 0; i < 8; ++i)
            row.append(query.value(i).toString());
        history.append(row.join(QLatin1Char(' ')));
    }
    const QString by = QStringLiteral(" pruefer 0");
    QCOMPARE(history,
             QStringList({
                 QStringLiteral("INV-2 asset update site_id 1 2") + by,
                 QStringLiteral("INV-2 asset update room_id 11 21") + by,
                 QStringLiteral("INV-2 asset update last_audited NULL %1").arg(today) + by,
                 QStringLiteral("INV-3 asset update last_audited 2020-01-10 %1").arg(today) + by,
                 QStringLiteral("INV-5 asset update status missing in_use") + by,
                 QStringLiteral("INV-5 asset update last_audited NULL %1").arg(today) + by,
                 QStringLiteral("INV-8 asset update status in_use missing") + by,
             }));

    QCOMPARE(test.scalar(QStringLiteral("SELECT %1 FROM (SELECT * FROM asset ORDER BY id) a")
                             .arg(test.groupConcat(
                                 QStringLiteral("inventory_no || ':' || row_version || ':' || status"),
                                 QStringLiteral(" "))))
                 .toString(),
             QStringLiteral("INV-1:1:in_use INV-2:2:in_use INV-3:2:in_stock INV-4:1:retired INV-5:2:in_use "
                            "INV-6:1:retired INV-7:1:in_repair INV-8:2:missing"));
    QVERIFY(
        test.scalar(QStringLiteral("SELECT updated_at FROM asset WHERE inventory_no = 'INV-2'")).toString()
        != updatedBefore);
    QCOMPARE(test.scalar(QStringLiteral("SELECT site_sort || ' / ' || room_sort FROM asset "
                                        "WHERE inventory_no = 'INV-2'"))
                 .toString(),
             QStringLiteral("Schule / A 1"));
    auto matches = [&](const QString &word) {
        return test.searchCount(word, fixture.id("INV-2"));
    };
    QCOMPARE(matches(QStringLiteral("Schule")), 1);
    QCOMPARE(matches(QStringLiteral("Rathaus")), 0);
}

void TestAuditService::countersMatchTheItems()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditService service(test.database());
    QString error;
    const qint64 auditId = created(service, QStringLiteral("A"), {});
    const QStringList codes = { QStringLiteral("INV-1"), QStringLiteral("L-3"),   QStringLiteral("x1"),
                                QStringLiteral("INV-1"), QStringLiteral("host4"), QStringLiteral("x1"),
                                QStringLiteral("SER8") };
    const qint64 rooms[] = { 11, 11, 12, 12, 21, 22, 0 };
    for (int i = 0; i < codes.size(); ++i)
        QVERIFY2(service.recordScan(auditId, at(codes.at(i), rooms[i]), &error), qPrintable(error));
    const AuditCounters counters = *service.counters(auditId, &error);
    auto count = [&](const QString &state) {
        return test
            .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_item WHERE audit_id = %1 AND state = '%2'")
                        .arg(auditId)
                        .arg(state))
            .toInt();
    };
    QCOMPARE(counters.found, count(QStringLiteral("found")));
    QCOMPARE(counters.moved, count(QStringLiteral("moved")));
    QCOMPARE(counters.open(), count(QStringLiteral("expected")));
    QCOMPARE(counters.unexpected,
             test.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_unexpected")).toInt());
    QCOMPARE(counters.found, 2); // INV-4 in its room, INV-8 scanned without a room
    QCOMPARE(counters.moved, 2); // INV-1 (12), INV-3 (11 instead of 12)

    int openSum = 0;
    for (const AuditRoomCount &room : service.openCountsByRoom(auditId, &error)) {
        QCOMPARE(service.openCountInRoom(auditId, room.roomId, &error), room.open);
        QCOMPARE(int(service.openItems(auditId, room.roomId, &error).size()), room.open);
        openSum += room.open;
    }
    QCOMPARE(openSum, counters.open());
}

void TestAuditService::dueForAudit()
{
    TestDatabase test;
    AuditFixture fixture(test);
    const QDate today(2026, 11, 25);
    // Monitors every 2 years; PCs keep the default of 5.
    test.exec(QStringLiteral("UPDATE category SET audit_interval_months = 24 WHERE name = 'Monitor'"));
    test.exec(QStringLiteral(
        "UPDATE asset SET last_audited = '2024-01-10' WHERE inventory_no IN ('INV-1', 'INV-2')"));
    test.exec(QStringLiteral(
        "UPDATE asset SET last_audited = '2025-06-01' WHERE inventory_no IN ('INV-3', 'INV-5')"));
    test.exec(QStringLiteral("UPDATE asset SET last_audited = '2020-06-01' WHERE inventory_no = 'INV-4'"));
    AuditDueQuery query(test.database());
    QString error;
    QStringList due;
    const QList<DueAsset> assets = query.dueAssets(today, 0, &error);
    for (const DueAsset &asset : assets)
        due.append(asset.inventoryNo);
    // INV-1 PC 2024: not due; INV-2 monitor 2024-01: due; INV-3 PC 2025: not; INV-4 PC 2020: due;
    // INV-5 monitor 2025-06: not; INV-6 retired; INV-7, INV-8 never audited.
    QCOMPARE(due,
             QStringList({ QStringLiteral("INV-2"), QStringLiteral("INV-4"), QStringLiteral("INV-7"),
                           QStringLiteral("INV-8") }));
    QCOMPARE(query.dueCount(today, &error), 4);
    QCOMPARE(assets.first().dueSince, QDate(2026, 1, 10));
    QCOMPARE(query.dueAssets(today, 2, &error).size(), 2);
}

QTEST_GUILESS_MAIN(TestAuditService)
#include "tst_auditservice.moc"
