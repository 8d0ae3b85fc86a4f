#include "assets/assetquery.h"
#include "assets/assetrepository.h"
#include "assets/assettablemodel.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

class TestCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void helpNamesTheCommand_data();
    void helpNamesTheCommand();
    void healthyDatabasePasses();
    void corruptedDatabaseFails_data();
    void corruptedDatabaseFails();
    void searchIndexIsCheckedAndRebuilt();
    void missingDatabaseIsAnError();
    void unknownCommandIsAUsageError();
};

void TestCheckCommand::versionAndHelp()
{
    QString out;
    QCOMPARE(runBestand({ QStringLiteral("--version") }, &out), 0);
    QVERIFY2(out.startsWith(QStringLiteral("bestand ")), qPrintable(out));
    QCOMPARE(runBestand({ QStringLiteral("--help") }, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("check")), qPrintable(out));
    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--help") }, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("--db")), qPrintable(out));
}

void TestCheckCommand::helpNamesTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::newRow("check") << QStringList { QStringLiteral("check") }
                           << QStringLiteral("bestand check [options]");
    QTest::newRow("import") << QStringList { QStringLiteral("import") }
                            << QStringLiteral("bestand import [options] FILE");
    QTest::newRow("export") << QStringList { QStringLiteral("export") }
                            << QStringLiteral("bestand export [options]");
    QTest::newRow("audit new") << QStringList { QStringLiteral("audit"), QStringLiteral("new") }
                               << QStringLiteral("bestand audit new [options]");
}

void TestCheckCommand::helpNamesTheCommand()
{
    // The usage line is what a user copies: it must name the command, not the binary's path.
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QString out;
    QCOMPARE(runBestand(arguments + QStringList { QStringLiteral("--help") }, &out), 0);
    const QString firstLine = out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.startsWith(QStringLiteral("Usage: ") + usage), qPrintable(firstLine));
    QVERIFY2(!out.contains(QStringLiteral(BESTAND_EXECUTABLE)), qPrintable(out));
}

void TestCheckCommand::healthyDatabasePasses()
{
    TestDatabase test;
    AssetRepository repository(test.database(), {});
    Asset asset;
    asset.inventoryNo = QStringLiteral("OK-1");
    asset.categoryId = test.categoryId(QStringLiteral("PC"));
    asset.ownerAuthorityId = test.authorityId(QStringLiteral("SN"));
    QVERIFY(repository.insert(asset, nullptr));

    QString out, err;
    QCOMPARE(
        runBestand({ QStringLiteral("check"), QStringLiteral("--db"), test.path(), QStringLiteral("--json") },
                   &out, &err),
        0);
    const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(result.value(QStringLiteral("problems")).toArray().isEmpty());
    QVERIFY(result.value(QStringLiteral("schema_version")).toInt() > 0);
}

void TestCheckCommand::corruptedDatabaseFails_data()
{
    QTest::addColumn<QStringList>("corruption");
    QTest::addColumn<QString>("expectedProblem");
    const QString insertAsset =
        QStringLiteral("INSERT INTO asset (inventory_no, category_id, owner_authority_id, "
                       "serial_no, created_at, updated_at) VALUES ");
    QTest::newRow("owner authority missing")
        << QStringList({ QStringLiteral("PRAGMA foreign_keys = OFF"),
                         insertAsset + QStringLiteral("('BAD-1', 1, 999, '', 'x', 'x')") })
        << QStringLiteral("BAD-1");
    QTest::newRow("duplicate inventory number")
        << QStringList({ QStringLiteral("PRAGMA writable_schema = OFF"),
                         QStringLiteral("CREATE TABLE asset_copy AS SELECT * FROM asset"),
                         QStringLiteral("DROP TABLE asset_search"), QStringLiteral("DROP TABLE asset"),
                         // Other tables' triggers name asset: rename without re-checking them.
                         QStringLiteral("PRAGMA legacy_alter_table = ON"),
                         QStringLiteral("ALTER TABLE asset_copy RENAME TO asset"),
                         insertAsset + QStringLiteral("('DUP-1', 1, 1, '', 'x', 'x')"),
                         insertAsset + QStringLiteral("('DUP-1', 1, 1, '', 'x', 'x')") })
        << QStringLiteral("DUP-1");
    QTest::newRow("duplicate serial")
        << QStringList({ QStringLiteral("DROP INDEX asset_serial_unique"),
                         insertAsset + QStringLiteral("('S-1', 1, 1, 'SAME', 'x', 'x')"),
                         insertAsset + QStringLiteral("('S-2', 1, 1, 'SAME', 'x', 'x')") })
        << QStringLiteral("SAME");
    QTest::newRow("serial not normalised")
        << QStringList({ insertAsset + QStringLiteral("('S-3', 1, 1, 'ab 12', 'x', 'x')") })
        << QStringLiteral("ab 12");
    QTest::newRow("asset without history")
        << QStringList({ insertAsset + QStringLiteral("('NOHIST-1', 1, 1, '', 'x', 'x')") })
        << QStringLiteral("NOHIST-1");
}

void TestCheckCommand::corruptedDatabaseFails()
{
    QFETCH(QStringList, corruption);
    QFETCH(QString, expectedProblem);
    // A server enforces foreign keys and unique columns itself: those corruptions
    // cannot be made there.
    if (TestDatabase::backend() == DatabaseSettings::Backend::Postgres
        && corruption.constFirst().startsWith(QLatin1String("PRAGMA")))
        QSKIP("SQLite only: PostgreSQL refuses this corruption");
    TestDatabase test;
    for (const QString &statement : corruption)
        QVERIFY(test.exec(statement));
    test.database().close();

    QString out, err;
    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), test.path() }, &out, &err), 1);
    QVERIFY2(err.contains(expectedProblem), qPrintable(err));
}

void TestCheckCommand::searchIndexIsCheckedAndRebuilt()
{
    // A search alone is counted in the search index, so an asset missing there, or
    // an entry of a removed asset, would show a wrong number of matches.
    TestDatabase test;
    AssetRepository repository(test.database(), {});
    QList<qint64> ids;
    for (const QString &number : { QStringLiteral("FIND-1"), QStringLiteral("LOST-1") }) {
        Asset asset;
        asset.inventoryNo = number;
        asset.categoryId = test.categoryId(QStringLiteral("PC"));
        asset.ownerAuthorityId = test.authorityId(QStringLiteral("SN"));
        QVERIFY(repository.insert(asset, nullptr));
        ids.append(asset.id);
    }
    const auto searchCount = [&](const QString &text) {
        AssetFilter filter;
        filter.searchText = text;
        const AssetQuery query(test.database().dialect(), filter, AssetTableModel::InventoryNo,
                               Qt::AscendingOrder);
        QSqlQuery count(test.database().connection());
        QString error;
        if (!query.prepareCount(count, &error) || !Sql::exec(count, &error) || !count.next()) {
            qWarning("%s", qPrintable(error));
            return qint64(-1);
        }
        return count.value(0).toLongLong();
    };
    QCOMPARE(searchCount(QStringLiteral("lost")), 1);
    if (test.isPostgres()) {
        QVERIFY(test.exec(QStringLiteral("DELETE FROM asset_search WHERE asset_id = %1").arg(ids.at(1))));
        QVERIFY(test.exec(QStringLiteral("INSERT INTO asset_search (asset_id, document) "
                                         "VALUES (987654, to_tsvector('simple', 'lost'))")));
    } else {
        QVERIFY(test.exec(QStringLiteral("DELETE FROM asset_search_docsize WHERE id = %1").arg(ids.at(1))));
        QVERIFY(
            test.exec(QStringLiteral("INSERT INTO asset_search_docsize (id, sz) VALUES (987654, X'01')")));
    }
    test.database().close();

    QString out, err;
    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), test.path() }, &out, &err), 1);
    QVERIFY2(err.contains(QLatin1String("LOST-1")) && err.contains(QLatin1String("987654")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("FIND-1")), qPrintable(err));

    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), test.path(),
                          QStringLiteral("--rebuild-search-index") },
                        &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String("All checks passed")), qPrintable(out));
    QVERIFY(test.database().open(nullptr));
    QCOMPARE(searchCount(QStringLiteral("lost")), 1);
    QCOMPARE(searchCount(QStringLiteral("find")), 1);
    QCOMPARE(searchCount(QString()), 2);
}

void TestCheckCommand::missingDatabaseIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    QString out, err;
    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), path }, &out, &err), 1);
    QVERIFY(!err.isEmpty());
    QVERIFY2(!QFile::exists(path), "check must not create a database");
}

void TestCheckCommand::unknownCommandIsAUsageError()
{
    QString out, err;
    QCOMPARE(runBestand({ QStringLiteral("frobnicate") }, &out, &err), 2);
    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--no-such-option") }, &out, &err), 2);
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
