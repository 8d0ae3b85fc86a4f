#include "importwizard.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void previewDryRunImportAndUndo();
};

void TestImportWizard::previewDryRunImportAndUndo()
{
    TestDatabase test;
    const QString input = test.folder() + QStringLiteral("/lk.csv");
    QVERIFY(QFile::copy(QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/landkreis_inventar.csv"), input));
    ImportWizard wizard(test.database());
    wizard.show();
    wizard.setFilePath(input);
    QCOMPARE(wizard.previewRowCount(), 20);

    wizard.next();
    auto *profile = wizard.findChild<QComboBox *>(QStringLiteral("profile"));
    QVERIFY(profile);
    const int index = profile->findData(QStringLiteral("landkreis"));
    QVERIFY(index >= 0);
    profile->setCurrentIndex(index);
    wizard.next();

    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    auto *check = wizard.findChild<QPushButton *>(QStringLiteral("checkButton"));
    QVERIFY(check);
    check->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(wizard.lastResult()->status, ImportResult::Status::DryRun);
    QCOMPARE(wizard.lastResult()->counts.dataRows, 3000);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 0);

    wizard.next(); // the commit page starts the import
    QVERIFY(finished.wait(60000));
    QCOMPARE(wizard.lastResult()->status, ImportResult::Status::Completed);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toLongLong(),
             wizard.lastResult()->counts.created);
    QVERIFY(wizard.lastResult()->counts.created > 2900);

    auto *undo = wizard.findChild<QPushButton *>(QStringLiteral("undoButton"));
    QVERIFY(undo && undo->isVisible());
    undo->click();
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 0);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
