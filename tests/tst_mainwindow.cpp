#include "mainwindow.h"
#include "testsupport.h"

#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void startsAndShowsTheAssetTable();
};

void TestMainWindow::startsAndShowsTheAssetTable()
{
    TestDatabase test;
    MainWindow window(test.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.assetView()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
