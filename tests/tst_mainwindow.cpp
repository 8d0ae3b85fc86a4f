#include "assettablemodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void startsAndShowsTheAssetTable();
    void changeOfPartlyLoadedSelectionChangesNothing();
};

void TestMainWindow::startsAndShowsTheAssetTable()
{
    TestDatabase test;
    MainWindow window(test.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.assetView()->isVisible());
}

void TestMainWindow::changeOfPartlyLoadedSelectionChangesNothing()
{
    // Far more rows than the view loads: selecting all of them must not retire only
    // the rows that happen to be loaded.
    TestDatabase test;
    QVERIFY(test.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
        "INSERT INTO asset (inventory_no, category_id, owner_authority_id, created_at, updated_at) "
        "SELECT printf('BULK-%05d', i), 1, 1, '2026-01-01', '2026-01-01' FROM n")));
    MainWindow window(test.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.assetModel()->rowCount(), 3000);
    QTRY_VERIFY(window.assetModel()->assetId(0) > 0);
    QVERIFY(window.assetModel()->assetId(2999) == 0);

    window.assetView()->setFocus();
    window.assetView()->selectAll();
    window.retireSelected();
    QVERIFY2(window.messageLabel()->text().contains(QStringLiteral("not loaded")),
             qPrintable(window.messageLabel()->text()));
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE status = 'retired'")).toInt(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
