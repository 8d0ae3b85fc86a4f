#include "access/accessroles.h"
#include "assets/assetrepository.h"
#include "handovers/handoverservice.h"
#include "handovers/handoverstore.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

// Roles on a shared server hold for every SQL client, not only for this program:
// each test connects as a login of its own and tries what the role must not do.
class TestAccessRoles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void localFileHasNoRoles();
    void readerCannotChangeAnything_data();
    void readerCannotChangeAnything();
    void editorEditsAndTheHistoryNamesTheLogin();
    void editorHandsOverReaderAndViewerCannot();
    void viewerSeesOnlyItsAuthoritysItems();
    void commandLineGrantsListsAndRevokes();

private:
    // A login on the test server, dropped again in cleanup(); unique per run
    // because roles belong to the whole server that other tests share.
    QString createLogin(const QString &name);
    std::unique_ptr<Database> connectAs(const QString &login);
    qint64 addAsset(const QString &inventoryNo, const QString &owner, const QString &user = QString());

    std::unique_ptr<TestDatabase> m_test;
    QStringList m_logins;
};

void TestAccessRoles::init()
{
    m_test = std::make_unique<TestDatabase>();
}

void TestAccessRoles::cleanup()
{
    for (const QString &login : std::as_const(m_logins))
        m_test->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    m_logins.clear();
    m_test.reset();
}

QString TestAccessRoles::createLogin(const QString &name)
{
    const QString login = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(name);
    m_test->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    if (m_test->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)))
        m_logins.append(login);
    return login;
}

std::unique_ptr<Database> TestAccessRoles::connectAs(const QString &login)
{
    DatabaseSettings settings = m_test->settings();
    settings.userName = login;
    settings.password.clear();
    auto database = std::make_unique<Database>(settings);
    QString error;
    if (!database->open(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return database;
}

qint64 TestAccessRoles::addAsset(const QString &inventoryNo, const QString &owner, const QString &user)
{
    AssetRepository repository(m_test->database(), { QStringLiteral("setup"), 0 });
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.serialNo = inventoryNo + QStringLiteral("-SER");
    asset.categoryId = m_test->categoryId(QStringLiteral("Notebook"));
    asset.manufacturer = QStringLiteral("Dell");
    asset.model = QStringLiteral("Latitude 5440");
    asset.ownerAuthorityId = m_test->authorityId(owner);
    if (!user.isEmpty())
        asset.usingAuthorityId = m_test->authorityId(user);
    QString error;
    if (!repository.insert(asset, &error))
        qWarning("%s", qPrintable(error));
    return asset.id;
}

void TestAccessRoles::localFileHasNoRoles()
{
    if (m_test->isPostgres())
        QSKIP("a server has roles");
    QString error;
    QVERIFY(!AccessRoles::grant(m_test->database(), QStringLiteral("anna"), AccessRoles::Role::Editor, {},
                                &error));
    QVERIFY2(error.contains(QStringLiteral("PostgreSQL")), qPrintable(error));
    QString out;
    QString err;
    QCOMPARE(runBestand(
                 { QStringLiteral("access"), QStringLiteral("--db"), m_test->path(), QStringLiteral("list") },
                 &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("PostgreSQL")), qPrintable(err));
    // Whoever opens the file may do everything with it.
    const std::optional<QList<AccessRoles::Role>> roles =
        AccessRoles::currentRoles(m_test->database(), &error);
    QVERIFY(roles);
    QVERIFY(roles->contains(AccessRoles::Role::Editor));
    QVERIFY(!roles->contains(AccessRoles::Role::Viewer));
}

void TestAccessRoles::readerCannotChangeAnything_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("edit an asset") << QStringLiteral("UPDATE asset SET notes = 'mine now'");
    QTest::newRow("delete an asset") << QStringLiteral("DELETE FROM asset");
    QTest::newRow("add an asset") << QStringLiteral(
        "INSERT INTO asset (inventory_no, category_id, owner_authority_id, status, created_at, updated_at) "
        "SELECT 'X-1', category_id, owner_authority_id, status, created_at, updated_at FROM asset LIMIT 1");
    QTest::newRow("forge history") << QStringLiteral(
        "INSERT INTO history (entity, entity_id, action, changed_by, changed_at) "
        "VALUES ('asset', 1, 'update', 'someone', '2026-01-01T00:00:00.000Z')");
    QTest::newRow("rename an authority") << QStringLiteral("UPDATE authority SET name = 'x'");
    QTest::newRow("start an import") << QStringLiteral(
        "INSERT INTO import_batch (kind, file_name, checksum, profile, started_by, started_at) "
        "VALUES ('assets', 'x.csv', '', 'sis', 'someone', '2026-01-01T00:00:00.000Z')");
    QTest::newRow("grant itself a role") << QStringLiteral("GRANT bestand_editor TO CURRENT_USER");
}

void TestAccessRoles::readerCannotChangeAnything()
{
    if (!m_test->isPostgres())
        QSKIP("roles are the server's");
    QFETCH(QString, statement);
    const qint64 id = addAsset(QStringLiteral("SN-1"), QStringLiteral("SN"));
    const QString login = createLogin(QStringLiteral("reader"));
    QString error;
    QVERIFY2(AccessRoles::grant(m_test->database(), login, AccessRoles::Role::Reader, {}, &error),
             qPrintable(error));

    std::unique_ptr<Database> reader = connectAs(login);
    QVERIFY(reader);
    QSqlQuery query(reader->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM asset")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Its own SQL, not this program's: the server refuses.
    QVERIFY(!query.exec(statement));
    // insufficient_privilege, whatever language the server speaks
    QVERIFY2(query.lastError().nativeErrorCode() == QLatin1String("42501"),
             qPrintable(query.lastError().text()));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 1);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT notes FROM asset")).toString(), QString());

    // Through the program the refusal is a message, and nothing is half-written.
    AssetRepository repository(*reader, {});
    Asset asset = *repository.find(id, &error);
    asset.notes = QStringLiteral("mine now");
    QCOMPARE(repository.update(asset, &error), AssetRepository::UpdateResult::Failed);
    QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE action = 'update'")).toInt(),
             0);
}

void TestAccessRoles::editorEditsAndTheHistoryNamesTheLogin()
{
    if (!m_test->isPostgres())
        QSKIP("roles are the server's");
    const qint64 id = addAsset(QStringLiteral("SN-1"), QStringLiteral("SN"));
    const QString login = createLogin(QStringLiteral("editor"));
    QString error;
    QVERIFY2(AccessRoles::grant(m_test->database(), login, AccessRoles::Role::Editor, {}, &error),
             qPrintable(error));
    std::unique_ptr<Database> editor = connectAs(login);
    QVERIFY(editor);
    const std::optional<QList<AccessRoles::Role>> roles = AccessRoles::currentRoles(*editor, &error);
    QVERIFY2(roles, qPrintable(error));
    QCOMPARE(*roles, QList<AccessRoles::Role>({ AccessRoles::Role::Reader, AccessRoles::Role::Editor }));

    // A context naming someone else does not let the editor write another name.
    AssetRepository repository(*editor, {});
    Asset asset = *repository.find(id, &error);
    asset.notes = QStringLiteral("Akku getauscht");
    QCOMPARE(repository.update(asset, &error), AssetRepository::UpdateResult::Updated);
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT changed_by FROM history WHERE action = 'update'")).toString(),
        login);

    // An editor neither imports nor closes audits.
    QSqlQuery query(editor->connection());
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO import_batch (kind, file_name, checksum, profile, started_by, "
                       "started_at) VALUES ('assets', 'x.csv', '', 'sis', 'x', "
                       "'2026-01-01T00:00:00.000Z')")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit SET status = 'closed'")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
}

// Handover records on a server: a technician with the editor role hands a device
// over and takes it back; a reader cannot, and an authority's viewer cannot even
// read the records (they name people).
void TestAccessRoles::editorHandsOverReaderAndViewerCannot()
{
    if (!m_test->isPostgres())
        QSKIP("roles are the server's");
    const qint64 id = addAsset(QStringLiteral("SN-1"), QStringLiteral("SN"));
    QVERIFY(m_test->exec(QStringLiteral("INSERT INTO person (name) VALUES ('Doreen Weiß')")));
    const qint64 person = m_test->scalar(QStringLiteral("SELECT id FROM person")).toLongLong();
    HandoverRequest request;
    request.personId = person;
    request.date = QDate(2026, 12, 1);
    HandoverItem item;
    item.assetId = id;
    request.items.append(item);
    QString error;

    const QString reader = createLogin(QStringLiteral("hreader"));
    QVERIFY2(AccessRoles::grant(m_test->database(), reader, AccessRoles::Role::Reader, QString(), &error),
             qPrintable(error));
    std::unique_ptr<Database> readerDatabase = connectAs(reader);
    QVERIFY(readerDatabase);
    QVERIFY(!HandoverService(*readerDatabase, {}).checkOut(request, &error));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM handover")).toInt(), 0);

    const QString editor = createLogin(QStringLiteral("heditor"));
    QVERIFY2(AccessRoles::grant(m_test->database(), editor, AccessRoles::Role::Editor, QString(), &error),
             qPrintable(error));
    std::unique_ptr<Database> editorDatabase = connectAs(editor);
    QVERIFY(editorDatabase);
    HandoverService service(*editorDatabase, {});
    const std::optional<Handover> handed = service.checkOut(request, &error);
    QVERIFY2(handed, qPrintable(error));
    QCOMPARE(handed->handedBy, editor);
    request.personId = 0;
    QVERIFY2(service.takeBack(request, &error), qPrintable(error));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM handover")).toInt(), 2);
    QVERIFY(HandoverStore(*readerDatabase).ofPerson(person, &error));

    const QString viewer = createLogin(QStringLiteral("hviewer"));
    QVERIFY2(AccessRoles::grant(m_test->database(), viewer, AccessRoles::Role::Viewer, QStringLiteral("SN"),
                                &error),
             qPrintable(error));
    std::unique_ptr<Database> viewerDatabase = connectAs(viewer);
    QVERIFY(viewerDatabase);
    QVERIFY(!HandoverStore(*viewerDatabase).ofPerson(person, &error));
}

void TestAccessRoles::viewerSeesOnlyItsAuthoritysItems()
{
    if (!m_test->isPostgres())
        QSKIP("roles are the server's");
    const qint64 own = addAsset(QStringLiteral("LUP-1"), QStringLiteral("LUP"));
    const qint64 used = addAsset(QStringLiteral("KSM-1"), QStringLiteral("KSM"), QStringLiteral("LUP"));
    addAsset(QStringLiteral("SN-1"), QStringLiteral("SN"));
    addAsset(QStringLiteral("SN-2"), QStringLiteral("SN"), QStringLiteral("KSM"));
    const QString login = createLogin(QStringLiteral("viewer"));
    QString error;
    QVERIFY2(AccessRoles::grant(m_test->database(), login, AccessRoles::Role::Viewer, QStringLiteral("LUP"),
                                &error),
             qPrintable(error));

    std::unique_ptr<Database> viewer = connectAs(login);
    QVERIFY(viewer);
    const auto ids = [&](const QString &sql) {
        QList<qint64> result;
        QSqlQuery query(viewer->connection());
        if (!query.exec(sql))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            result.append(query.value(0).toLongLong());
        return result;
    };
    QCOMPARE(ids(QStringLiteral("SELECT id FROM asset ORDER BY id")), QList<qint64>({ own, used }));
    QCOMPARE(ids(QStringLiteral("SELECT asset_id FROM asset_search ORDER BY asset_id")),
             QList<qint64>({ own, used }));
    QCOMPARE(ids(QStringLiteral("SELECT DISTINCT entity_id FROM history ORDER BY entity_id")),
             QList<qint64>({ own, used }));
    QCOMPARE(ids(QStringLiteral("SELECT COUNT(*) FROM authority WHERE code = 'SN'")), QList<qint64>({ 0 }));
    // The raw lines of every authority's imports are not a viewer's to read at all.
    QSqlQuery query(viewer->connection());
    QVERIFY(!query.exec(QStringLiteral("SELECT COUNT(*) FROM import_reject")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!query.exec(QStringLiteral("UPDATE asset SET notes = 'x'")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // Through the program: the look-up by inventory number finds nothing of another authority.
    AssetRepository repository(*viewer, {});
    QVERIFY(repository.find(own, &error));
    QVERIFY(!repository.find(own + 2, &error));

    // Everyone else still sees everything.
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 4);
}

void TestAccessRoles::commandLineGrantsListsAndRevokes()
{
    if (!m_test->isPostgres())
        QSKIP("roles are the server's");
    const QString anna = createLogin(QStringLiteral("anna"));
    const QString lup = createLogin(QStringLiteral("lup"));
    const QStringList db = { QStringLiteral("access"), QStringLiteral("--db"), m_test->path() };
    QString out;
    QString err;
    QCOMPARE(runBestand(db + QStringList { QStringLiteral("grant"), anna, QStringLiteral("importer") }, &out,
                        &err),
             0);
    QCOMPARE(runBestand(db
                            + QStringList { QStringLiteral("grant"), lup, QStringLiteral("viewer"),
                                            QStringLiteral("--authority"), QStringLiteral("LUP"),
                                            QStringLiteral("--authority"), QStringLiteral("SN") },
                        &out, &err),
             0);
    QCOMPARE(runBestand(db + QStringList { QStringLiteral("list"), QStringLiteral("--json") }, &out, &err),
             0);
    QJsonArray members;
    for (const QJsonValue &value : QJsonDocument::fromJson(out.toUtf8()).array()) {
        const QString login = value.toObject().value(QStringLiteral("login")).toString();
        if (login == anna || login == lup)
            members.append(value);
    }
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).toObject().value(QStringLiteral("roles")).toArray(),
             QJsonArray({ QStringLiteral("importer") }));
    QCOMPARE(members.at(1).toObject().value(QStringLiteral("authorities")).toArray(),
             QJsonArray({ QStringLiteral("LUP"), QStringLiteral("SN") }));

    // A viewer losing one authority keeps the other; an unknown role is a usage error.
    QCOMPARE(runBestand(db
                            + QStringList { QStringLiteral("revoke"), lup, QStringLiteral("viewer"),
                                            QStringLiteral("--authority"), QStringLiteral("SN") },
                        &out, &err),
             0);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM authority_viewer")).toInt(), 1);
    QCOMPARE(
        runBestand(db + QStringList { QStringLiteral("grant"), anna, QStringLiteral("admin") }, &out, &err),
        2);
    QVERIFY2(err.contains(QStringLiteral("admin")), qPrintable(err));
    QCOMPARE(runBestand(db
                            + QStringList { QStringLiteral("grant"), QStringLiteral("nobody_here"),
                                            QStringLiteral("editor") },
                        &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("nobody_here")), qPrintable(err));
    QCOMPARE(runBestand(db + QStringList { QStringLiteral("revoke"), anna, QStringLiteral("importer") }, &out,
                        &err),
             0);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT pg_has_role('%1', 'bestand_importer', 'USAGE')").arg(anna))
                 .toBool(),
             false);
}

QTEST_GUILESS_MAIN(TestAccessRoles)
#include "tst_accessroles.moc"
