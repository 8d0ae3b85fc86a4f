#include "access/accessroles.h"
#include "assets/assetrepository.h"
#include "assets/assettablemodel.h"
#include "audits/auditwidget.h"
#include "import/importwizard.h"
#include "importwizarddriver.h"
#include "labels/labelprintdialog.h"
#include "licences/licencewidget.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/secondaryscreens.h"
#include "masterdata/masterdatadialog.h"
#include "masterdata/masterdatarepository.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {
// BULK-00001 … in one statement: enough rows that the view loads them in pages.
bool addBulkAssets(TestDatabase &test, int count)
{
    // One pass of arg(): SQLite's padding is printf('%05d', …), which a second pass would read.
    return test.exec(
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
            "INSERT INTO asset (inventory_no, category_id, owner_authority_id, created_at, updated_at) "
            "SELECT 'BULK-' || %1, 1, 1, '2026-01-01', '2026-01-01' FROM n")
            .arg(test.zeroPadded(QStringLiteral("i"), 5), QString::number(count)));
}

// Shows the window over 3,000 assets and selects rows 0-99 (loaded) and 2500-2599
// (not loaded yet, sorted by inventory number): an action must reach all 200.
bool selectLoadedAndUnloadedRows(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    AssetTableModel *model = window.assetModel();
    if (!QTest::qWaitFor([model] { return model->rowCount() == 3000 && model->assetId(0) > 0; }, 10000)
        || model->assetId(2999) != 0)
        return false;
    QItemSelection selection;
    selection.select(model->index(0, 0), model->index(99, model->columnCount() - 1));
    selection.select(model->index(2500, 0), model->index(2599, model->columnCount() - 1));
    window.assetView()->setFocus();
    window.assetView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return true;
}
} // namespace

namespace {
// A login of the test server with the reader role; dropped again with the object.
class ReaderLogin
{
public:
    ReaderLogin(TestDatabase &test, const char *name)
        : m_test(test)
        , m_login(QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(name)))
    {
        test.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_login));
        m_granted = test.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_login))
            && AccessRoles::grant(test.database(), m_login, AccessRoles::Role::Reader, {}, &m_error);
    }
    ~ReaderLogin() { m_test.exec(QStringLiteral("DROP ROLE %1").arg(m_login)); }

    bool granted() const { return m_granted; }
    const QString &error() const { return m_error; }
    DatabaseSettings settings() const
    {
        DatabaseSettings settings = m_test.settings();
        settings.userName = m_login;
        return settings;
    }

private:
    TestDatabase &m_test;
    QString m_login;
    QString m_error;
    bool m_granted = false;
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void startsAndShowsTheAssetTable();
    void changeOfPartlyLoadedSelectionReachesEveryRow();
    void changeOfTooLargeASelectionIsRefused();
    void labelsOfAPartlyLoadedSelectionListEveryDevice();
    void importAndItsUndoShowInTheTable();
    void showsAColleaguesChangeKeepingTheCurrentAsset();
    void readOnlyLoginGetsNoChangingActions();
    void readOnlyLoginGetsNoChangingButtonsOnTheOtherScreens();
};

void TestMainWindow::startsAndShowsTheAssetTable()
{
    TestDatabase test;
    MainWindow window(test.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.assetView()->isVisible());
}

void TestMainWindow::changeOfPartlyLoadedSelectionReachesEveryRow()
{
    // Far more rows than the view loads: retiring a selection must reach exactly
    // the selected rows, also those not loaded yet, and no others.
    TestDatabase test;
    QVERIFY(addBulkAssets(test, 3000));
    MainWindow window(test.database());
    QVERIFY(selectLoadedAndUnloadedRows(window));
    window.retireSelected();
    QTRY_COMPARE_WITH_TIMEOUT(
        test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE status = 'retired'")).toInt(), 200,
        30000);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE status = 'retired' AND "
                                        "(inventory_no BETWEEN 'BULK-00001' AND 'BULK-00100' OR "
                                        "inventory_no BETWEEN 'BULK-02501' AND 'BULK-02600')"))
                 .toInt(),
             200);
    QVERIFY2(window.messageLabel()->text().contains(QStringLiteral("200")),
             qPrintable(window.messageLabel()->text()));
}

void TestMainWindow::changeOfTooLargeASelectionIsRefused()
{
    TestDatabase test;
    QVERIFY(addBulkAssets(test, 12000));
    MainWindow window(test.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.assetModel()->rowCount(), 12000);
    window.assetView()->setFocus();
    window.assetView()->selectAll();
    window.retireSelected();
    QVERIFY2(window.messageLabel()->text().contains(QStringLiteral("12000")),
             qPrintable(window.messageLabel()->text()));
    QTest::qWait(1500); // time enough for a change that should not have started
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE status = 'retired'")).toInt(), 0);
}

void TestMainWindow::labelsOfAPartlyLoadedSelectionListEveryDevice()
{
    // Rows 0-99 (loaded) and 2500-2599 (not loaded yet): the label dialog opens
    // with the 200 selected devices, read off the GUI thread.
    TestDatabase test;
    QVERIFY(addBulkAssets(test, 3000));
    MainWindow window(test.database());
    QVERIFY(selectLoadedAndUnloadedRows(window));

    QString summary;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<LabelPrintDialog *>(QApplication::activeModalWidget())) {
            summary = dialog->summaryLabel()->text();
            dialog->reject();
        }
    });
    poll.start(50);
    window.printLabelsForSelection();
    QTRY_VERIFY_WITH_TIMEOUT(!summary.isEmpty(), 30000);
    QVERIFY2(summary.startsWith(QStringLiteral("200 labels")), qPrintable(summary));
    QVERIFY(window.isEnabled());
}

void TestMainWindow::importAndItsUndoShowInTheTable()
{
    // The technician imports from the window and undoes it again: the table
    // follows both without a manual refresh.
    TestDatabase test;
    const QString input = test.folder() + QStringLiteral("/lk.csv");
    QVERIFY(QFile::copy(QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/landkreis_inventar.csv"), input));
    MainWindow window(test.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.assetModel()->rowCount(), 0);

    auto *importAction = window.findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(importAction);
    importAction->trigger();
    ImportWizard *wizard = window.secondaryScreens()->showImportWizard();
    QVERIFY(wizard);
    wizard->setFilePath(input);
    ImportWizardDriver driver(*wizard);
    wizard->next();
    QVERIFY(driver.chooseProfile(QStringLiteral("landkreis")));
    wizard->next();
    const std::optional<ImportResult> imported = driver.import();
    QVERIFY(imported);
    QVERIFY(imported->counts.created > 2900);
    QTRY_COMPARE(window.assetModel()->rowCount(), int(imported->counts.created));

    const std::optional<ImportUndo::Result> undone = driver.undo();
    QVERIFY(undone && undone->ok);
    QTRY_COMPARE(window.assetModel()->rowCount(), 0);
}

void TestMainWindow::showsAColleaguesChangeKeepingTheCurrentAsset()
{
    TestDatabase test;
    QVERIFY(addBulkAssets(test, 300));
    MainWindow window(test.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModel *model = window.assetModel();
    QTRY_COMPARE(model->rowCount(), 300);
    QTRY_VERIFY(window.assetModel()->assetId(150) > 0);
    window.assetView()->selectionModel()->setCurrentIndex(
        model->index(150, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 current = window.currentAssetId();
    QVERIFY(current > 0);

    // A colleague at another workstation changes that asset and adds one that sorts first.
    QString error;
    std::unique_ptr<Database> colleague = test.database().openAnother(&error);
    QVERIFY2(colleague, qPrintable(error));
    AssetRepository repository(*colleague, {});
    Asset asset = *repository.find(current, &error);
    asset.model = QStringLiteral("vom Kollegen geändert");
    QCOMPARE(repository.update(asset, &error), AssetRepository::UpdateResult::Updated);
    Asset added;
    added.inventoryNo = QStringLiteral("AAA-1");
    added.categoryId = 1;
    added.ownerAuthorityId = 1;
    QVERIFY2(repository.insert(added, &error), qPrintable(error));

    // Without a refresh by the user: the new row is there, the same asset is current.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 301, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentAssetId(), current, 10000);
    const int row = window.assetView()->currentIndex().row();
    QCOMPARE(row, 151);
    QTRY_COMPARE(model->data(model->index(row, AssetTableModel::Model)).toString(),
                 QStringLiteral("vom Kollegen geändert"));
}

void TestMainWindow::readOnlyLoginGetsNoChangingActions()
{
    TestDatabase test;
    const auto enabled = [](MainWindow &window, const char *name) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        return action && action->isEnabled();
    };
    {
        // The owner (and whoever opens a local file) may do everything.
        MainWindow window(test.database());
        QVERIFY(enabled(window, "newAssetAction"));
        QVERIFY(enabled(window, "importAction"));
    }
    if (!test.isPostgres())
        return;
    ReaderLogin login(test, "window_reader");
    QVERIFY2(login.granted(), qPrintable(login.error()));
    QString error;
    Database reader(login.settings());
    QVERIFY2(reader.open(&error), qPrintable(error));
    MainWindow window(reader);
    QVERIFY(!enabled(window, "newAssetAction"));
    QVERIFY(!enabled(window, "bulkChangeAction"));
    QVERIFY(!enabled(window, "retireAction"));
    QVERIFY(!enabled(window, "importAction"));
    QVERIFY(!enabled(window, "importBatchesAction"));
    QVERIFY(window.messageLabel()->text().contains(QStringLiteral("Read only")));
}

void TestMainWindow::readOnlyLoginGetsNoChangingButtonsOnTheOtherScreens()
{
    TestDatabase test;
    // What the licence, audit and master data screens offer to a login: true where
    // every changing button is enabled, false where none is.
    const auto changingButtons = [](Database &database) -> std::optional<bool> {
        QList<bool> states;
        const auto state = [&states](QWidget &screen, const char *name) {
            auto *button = screen.findChild<QPushButton *>(QLatin1String(name));
            if (button)
                states.append(!button->testAttribute(Qt::WA_ForceDisabled)); // its own state, not its panel's
            else
                qWarning("no button %s", name);
        };
        LicenceWidget licences(database);
        for (const char *name :
             { "newLicenceButton", "saveLicenceButton", "assignButton", "saveAllocationsButton" })
            state(licences, name);
        AuditWidget audits(database);
        state(audits, "newAuditButton");
        MasterDataRepository repository(database);
        MasterDataDialog rooms(database, repository, MasterDataKind::Room);
        state(rooms, "addMasterDataButton");
        if (states.size() != 6 || (states.contains(true) && states.contains(false)))
            return std::nullopt;
        return states.first();
    };
    QCOMPARE(changingButtons(test.database()), std::optional<bool>(true));
    if (!test.isPostgres())
        return;
    ReaderLogin login(test, "screens_reader");
    QVERIFY2(login.granted(), qPrintable(login.error()));
    QString error;
    Database reader(login.settings());
    QVERIFY2(reader.open(&error), qPrintable(error));
    QCOMPARE(changingButtons(reader), std::optional<bool>(false));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
