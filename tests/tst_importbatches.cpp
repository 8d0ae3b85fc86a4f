#include "import/assetimporter.h"
#include "import/importbatchesdialog.h"
#include "import/importbatchtablemodel.h"
#include "import/importproblemlist.h"
#include "import/importprofile.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// The list of imports and Undo long after the wizard was closed: the district
// list, then the city's list that merges into the district's devices.
class TestImportBatches : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listShowsEachImportNewestFirst();
    void olderImportIsUndoneAfterTheOneThatChangedIt();
    void rejectedRowsOfTheSelectedBatchAreShown();

private:
    ImportResult importSample(const QString &profile, const QString &sample);
    std::optional<ImportUndo::Result> undo(ImportBatchesDialog &dialog, qint64 batchId);

    std::unique_ptr<TestDatabase> m_test;
    ImportResult m_district;
    ImportResult m_city;
};

ImportResult TestImportBatches::importSample(const QString &profile, const QString &sample)
{
    const QString path = m_test->folder() + QLatin1Char('/') + sample;
    if (!QFile::copy(QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/") + sample, path))
        qFatal("cannot copy %s", qPrintable(sample));
    ImportOptions options;
    options.user = QStringLiteral("mmueller");
    return AssetImporter(m_test->database(), *ImportProfile::load(profile, nullptr)).run(path, options);
}

std::optional<ImportUndo::Result> TestImportBatches::undo(ImportBatchesDialog &dialog, qint64 batchId)
{
    QSignalSpy finished(&dialog, &ImportBatchesDialog::undoFinished);
    if (!dialog.undoBatch(batchId) || !finished.wait(60000))
        return std::nullopt;
    return finished.first().first().value<ImportUndo::Result>();
}

void TestImportBatches::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_district = importSample(QStringLiteral("landkreis"), QStringLiteral("landkreis_inventar.csv"));
    m_city = importSample(QStringLiteral("sis"), QStringLiteral("sis_inventar.csv"));
    QCOMPARE(m_district.status, ImportResult::Status::Completed);
    QCOMPARE(m_city.status, ImportResult::Status::Completed);
    QVERIFY(m_city.counts.updated > 0); // devices of both lists, merged into the district's
}

void TestImportBatches::cleanup()
{
    m_test.reset();
}

void TestImportBatches::listShowsEachImportNewestFirst()
{
    ImportBatchTableModel model(m_test->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(model.refresh(&error), qPrintable(error));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.batchId(0), m_city.batchId);
    QCOMPARE(model.batchId(1), m_district.batchId);
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, ImportBatchTableModel::File), QStringLiteral("sis_inventar.csv"));
    QCOMPARE(text(0, ImportBatchTableModel::Profile), QStringLiteral("sis"));
    QCOMPARE(text(0, ImportBatchTableModel::User), QStringLiteral("mmueller"));
    QCOMPARE(text(0, ImportBatchTableModel::Status), QStringLiteral("imported"));
    QVERIFY(!text(0, ImportBatchTableModel::Started).isEmpty());
    // The counts as the import reported them (numbers in the user's locale).
    const QLocale locale;
    QCOMPARE(text(1, ImportBatchTableModel::DataRows), locale.toString(m_district.counts.dataRows));
    QCOMPARE(text(1, ImportBatchTableModel::Created), locale.toString(m_district.counts.created));
    QCOMPARE(text(0, ImportBatchTableModel::Updated), locale.toString(m_city.counts.updated));
    QCOMPARE(text(0, ImportBatchTableModel::Rejected), locale.toString(m_city.counts.rejected));
    QCOMPARE(text(0, ImportBatchTableModel::Warnings), locale.toString(m_city.counts.warnings));
    QVERIFY(model.canBeUndone(0));
    QCOMPARE(model.rowOf(m_district.batchId), 1);
    QCOMPARE(model.rowOf(999), -1);
}

void TestImportBatches::olderImportIsUndoneAfterTheOneThatChangedIt()
{
    ImportBatchesDialog dialog(m_test->database());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ImportBatchTableModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 2);
    auto *undoButton = dialog.findChild<QPushButton *>(QStringLiteral("undoBatchButton"));
    QVERIFY(undoButton);
    QVERIFY(undoButton->isEnabled()); // the newest is selected

    // The city's import gave district devices their SIS numbers: the district's
    // import cannot be taken back before it, and the dialog says which devices.
    std::optional<ImportUndo::Result> result = undo(dialog, m_district.batchId);
    QVERIFY(result);
    QVERIFY(!result->ok);
    QVERIFY(!result->changedSince.isEmpty());
    QVERIFY2(dialog.message().contains(result->changedSince.first()), qPrintable(dialog.message()));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toLongLong(),
             m_district.counts.created + m_city.counts.created);

    result = undo(dialog, m_city.batchId);
    QVERIFY(result && result->ok);
    QCOMPARE(result->deleted, m_city.counts.created);
    QCOMPARE(model->index(model->rowOf(m_city.batchId), ImportBatchTableModel::Status).data().toString(),
             QStringLiteral("undone"));
    QVERIFY(!model->canBeUndone(model->rowOf(m_city.batchId)));
    QVERIFY(!dialog.undoBatch(m_city.batchId)); // twice is refused

    result = undo(dialog, m_district.batchId);
    QVERIFY(result && result->ok);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 0);
    QVERIFY2(dialog.message().contains(QString::number(m_district.batchId)), qPrintable(dialog.message()));

    // With nothing left to undo, the button offers nothing.
    dialog.view()->selectRow(model->rowOf(m_district.batchId));
    QVERIFY(!undoButton->isEnabled());
}

void TestImportBatches::rejectedRowsOfTheSelectedBatchAreShown()
{
    // Long after the import, its rejected rows are still there to read, line by line.
    ImportBatchesDialog dialog(m_test->database());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ImportProblemList *list = dialog.rejects();
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const ImportResult *batch : { &m_city, &m_district }) {
        dialog.view()->selectRow(dialog.model()->rowOf(batch->batchId));
        QVERIFY(batch->counts.rejected > 0);
        QCOMPARE(list->topLevelItemCount(), int(batch->counts.rejected));
        QCOMPARE(list->unlistedCount(), 0);
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = list->topLevelItem(row);
            // The same lines and reasons the import reported when it ran.
            QCOMPARE(item->data(ImportProblemList::LineColumn, Qt::DisplayRole).toLongLong(),
                     batch->rejects.at(row).line);
            QCOMPARE(item->text(ImportProblemList::MessageColumn), batch->rejects.at(row).reason);
            QCOMPARE(item->text(ImportProblemList::OutcomeColumn), QStringLiteral("rejected"));
        }
    }
    // Reloaded (after an undo or an import elsewhere), the selected batch's rejects stay shown.
    dialog.refresh();
    QCOMPARE(dialog.model()->batchId(dialog.view()->currentIndex().row()), m_district.batchId);
    QCOMPARE(list->topLevelItemCount(), int(m_district.counts.rejected));
}

QTEST_MAIN(TestImportBatches)
#include "tst_importbatches.moc"
