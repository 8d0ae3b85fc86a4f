#include "import/columnmappingwidget.h"
#include "import/importproblemlist.h"
#include "import/importprofile.h"
#include "import/importwizard.h"
#include "importwizarddriver.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void previewDryRunImportAndUndo();
    void mapColumnsByHand();
    void previewOfALargeFileIsQuick();
    void licenceListImportsAndUndoes();
};

namespace {
void chooseField(QTableWidget *table, int column, const QString &field)
{
    auto *box = qobject_cast<QComboBox *>(table->cellWidget(column, 2));
    QVERIFY(box);
    const int index = box->findData(field);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}
} // namespace

void TestImportWizard::previewDryRunImportAndUndo()
{
    TestDatabase test;
    const QString input = test.folder() + QStringLiteral("/lk.csv");
    QVERIFY(QFile::copy(QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/landkreis_inventar.csv"), input));
    ImportWizard wizard(test.database());
    wizard.show();
    wizard.setFilePath(input);
    QCOMPARE(wizard.previewRowCount(), 20);

    ImportWizardDriver driver(wizard);
    wizard.next();
    QVERIFY(driver.chooseProfile(QStringLiteral("landkreis")));
    wizard.next();

    const std::optional<ImportResult> checked = driver.dryRun();
    QVERIFY(checked);
    QCOMPARE(checked->status, ImportResult::Status::DryRun);
    QCOMPARE(checked->counts.dataRows, 3000);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 0);
    // Before importing, the technician reads every rejected row, repaired value and
    // skipped line, by line number.
    auto *problems = wizard.findChild<ImportProblemList *>(QStringLiteral("checkProblems"));
    QVERIFY(problems);
    QAbstractItemModelTester tester(problems->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ImportCounts &counts = checked->counts;
    QVERIFY(counts.rejected > 0 && counts.warnings > 0 && counts.skippedLines > 0);
    QCOMPARE(problems->topLevelItemCount(), int(counts.rejected + counts.warnings + counts.skippedLines));
    QCOMPARE(problems->unlistedCount(), 0);
    QMap<QString, int> outcomes;
    qint64 lastLine = 0;
    for (int row = 0; row < problems->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = problems->topLevelItem(row);
        const qint64 line = item->data(ImportProblemList::LineColumn, Qt::DisplayRole).toLongLong();
        QVERIFY(line > lastLine || (line == lastLine && row > 0));
        lastLine = line;
        QVERIFY(!item->text(ImportProblemList::MessageColumn).isEmpty());
        ++outcomes[item->text(ImportProblemList::OutcomeColumn)];
    }
    QCOMPARE(outcomes.value(QStringLiteral("rejected")), int(counts.rejected));
    QCOMPARE(outcomes.value(QStringLiteral("warning")), int(counts.warnings));
    QCOMPARE(outcomes.value(QStringLiteral("skipped")), int(counts.skippedLines));

    const std::optional<ImportResult> imported = driver.import();
    QVERIFY(imported);
    QCOMPARE(imported->status, ImportResult::Status::Completed);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toLongLong(),
             imported->counts.created);
    QVERIFY(imported->counts.created > 2900);

    const std::optional<ImportUndo::Result> undone = driver.undo();
    QVERIFY(undone && undone->ok);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 0);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM site")).toInt(), 0);
    QVERIFY2(
        wizard.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("master data")),
        qPrintable(wizard.findChild<QLabel *>(QStringLiteral("summary"))->text()));
}

void TestImportWizard::mapColumnsByHand()
{
    TestDatabase test;
    // Headers no profile knows.
    const QString input = test.folder() + QStringLiteral("/gemeinde.csv");
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nummer;Ger\xC3\xA4t;Firma;Kennung;Kosten;Wer;Notiz\n"
                   "A-100;Drucker;Brother;br 001;\"1.234,56 \xE2\x82\xAC\";Frau Meier;erste Zeile\n"
                   "A-101;Laptop;Lenovo;ln-002;899;Herr Kurz;\n"
                   "A-102;Monitor;Eizo;ez 003;n.v.;;dritte\n");
    }
    ImportWizard wizard(test.database());
    wizard.show();
    wizard.setFilePath(input);
    QCOMPARE(wizard.previewRowCount(), 3);
    wizard.next();
    QCOMPARE(wizard.currentId(), 1);

    auto *mapping = wizard.findChild<ColumnMappingWidget *>();
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("columnMapping"));
    auto *problem = wizard.findChild<QLabel *>(QStringLiteral("mappingProblem"));
    QVERIFY(mapping && table && problem);
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Nummer"));
    QCOMPARE(mapping->sampleText(0), QStringLiteral("A-100 · A-101 · A-102"));
    QCOMPARE(mapping->sampleText(5), QStringLiteral("Frau Meier · Herr Kurz"));
    for (int column = 0; column < table->rowCount(); ++column)
        QCOMPARE(mapping->fieldOfColumn(column), QString());
    // Nothing maps to an inventory number yet: the wizard does not go on.
    QVERIFY(!problem->text().isEmpty());
    wizard.next();
    QCOMPARE(wizard.currentId(), 1);

    chooseField(table, 0, QStringLiteral("inventory_no"));
    chooseField(table, 1, QStringLiteral("category"));
    chooseField(table, 2, QStringLiteral("manufacturer"));
    chooseField(table, 3, QStringLiteral("serial_no"));
    chooseField(table, 4, QStringLiteral("purchase_price"));
    chooseField(table, 6, QStringLiteral("notes"));
    auto *owner = wizard.findChild<QComboBox *>(QStringLiteral("ownerAuthority"));
    QVERIFY(owner);
    owner->setCurrentIndex(owner->findData(QStringLiteral("LUP")));
    QCOMPARE(problem->text(), QString());

    // The mapping saved as a profile loads back the same.
    const QString profilePath = test.folder() + QStringLiteral("/gemeinde-x.json");
    QString error;
    QVERIFY2(wizard.saveProfile(profilePath, &error), qPrintable(error));
    const std::optional<ImportProfile> saved = ImportProfile::load(profilePath, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->name, QStringLiteral("gemeinde-x"));
    QCOMPARE(saved->columns.size(), 6);
    QCOMPARE(saved->columnForField(QStringLiteral("serial_no"))->header, QStringLiteral("Kennung"));
    QCOMPARE(saved->fixedValues.value(QStringLiteral("owner")), QStringLiteral("LUP"));
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("profile"))->currentData().toString(), profilePath);
    QCOMPARE(mapping->fieldOfColumn(3), QStringLiteral("serial_no"));
    QCOMPARE(mapping->fieldOfColumn(5), QString());

    wizard.next();
    QCOMPARE(wizard.currentId(), 2);
    wizard.back(); // going back keeps the mapping made by hand
    QCOMPARE(mapping->fieldOfColumn(0), QStringLiteral("inventory_no"));
    wizard.next();

    const std::optional<ImportResult> imported = ImportWizardDriver(wizard).import();
    QVERIFY(imported);
    QCOMPARE(imported->status, ImportResult::Status::Completed);
    QCOMPARE(imported->counts.created, 3);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 3);
    const QString where = QStringLiteral(" FROM asset WHERE inventory_no = 'A-100'");
    QCOMPARE(test.scalar(QStringLiteral("SELECT manufacturer") + where).toString(),
             QStringLiteral("Brother"));
    QCOMPARE(test.scalar(QStringLiteral("SELECT serial_no") + where).toString(), QStringLiteral("BR001"));
    QCOMPARE(test.scalar(QStringLiteral("SELECT purchase_price_cents") + where).toLongLong(), 123456);
    QCOMPARE(test.scalar(QStringLiteral("SELECT notes") + where).toString(), QStringLiteral("erste Zeile"));
    QCOMPARE(test.scalar(QStringLiteral("SELECT c.name FROM asset a JOIN category c ON c.id = a.category_id"
                                        " WHERE a.inventory_no = 'A-100'"))
                 .toString(),
             QStringLiteral("Drucker"));
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset a JOIN authority o ON o.id = "
                                        "a.owner_authority_id WHERE o.code = 'LUP'"))
                 .toInt(),
             3);
    // The ignored column went nowhere.
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 0);
}

void TestImportWizard::previewOfALargeFileIsQuick()
{
    // Issue #4: the preview of a 250 MB list appears in under a second.
    TestDatabase test;
    const QString input = test.folder() + QStringLiteral("/big.csv");
    // The sample's rows, then a sparse tail up to 250 MB: no disk space needed, and a
    // preview that read the whole file would crawl through 250 MB of NUL bytes.
    QVERIFY(QFile::copy(QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/landkreis_inventar.csv"), input));
    {
        QFile big(input);
        QVERIFY(big.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(big.open(QIODevice::ReadWrite));
        QVERIFY(big.resize(250LL * 1024 * 1024));
    }
    ImportWizard wizard(test.database());
    wizard.show();
    QElapsedTimer timer;
    timer.start();
    wizard.setFilePath(input);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(wizard.previewRowCount(), 20);
    QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("preview took %1 ms").arg(elapsed)));
    QFile::remove(input);
}

void TestImportWizard::licenceListImportsAndUndoes()
{
    // The SIS licence list goes through the same wizard as the asset lists.
    TestDatabase test;
    const QString input = test.folder() + QStringLiteral("/lizenzen.csv");
    QVERIFY(QFile::copy(QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/sis_lizenzen.csv"), input));
    QFile statsFile(QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/sis_lizenzen.stats.json"));
    QVERIFY(statsFile.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(statsFile.readAll()).object();

    ImportWizard wizard(test.database());
    wizard.show();
    wizard.setFilePath(input);
    ImportWizardDriver driver(wizard);
    wizard.next();
    QVERIFY(driver.chooseProfile(QStringLiteral("sis-lizenzen")));

    // The columns map to licence fields, and only those are offered.
    auto *mapping = wizard.findChild<ColumnMappingWidget *>();
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("columnMapping"));
    QVERIFY(mapping && table);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Produkt"));
    QCOMPARE(mapping->fieldOfColumn(0), QStringLiteral("product"));
    const auto *fieldBox = qobject_cast<QComboBox *>(table->cellWidget(0, 2)); // header, sample, field
    QVERIFY(fieldBox);
    QVERIFY(fieldBox->findData(QStringLiteral("licence_type")) >= 0);
    QCOMPARE(fieldBox->findData(QStringLiteral("inventory_no")), -1);
    QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("mappingProblem"))->text(), QString());
    wizard.next();

    const std::optional<ImportResult> imported = driver.import();
    QVERIFY(imported);
    const ImportResult &result = *imported;
    QCOMPARE(result.status, ImportResult::Status::Completed);
    QCOMPARE(result.counts.dataRows, stats.value(QStringLiteral("data_rows")).toInt());
    QCOMPARE(result.counts.created + result.counts.unchanged,
             stats.value(QStringLiteral("valid_rows")).toInt());
    QCOMPARE(result.counts.rejected,
             stats.value(QStringLiteral("data_rows")).toInt()
                 - stats.value(QStringLiteral("valid_rows")).toInt());
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM licence")).toLongLong(), result.counts.created);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 0);

    const std::optional<ImportUndo::Result> undone = driver.undo();
    QVERIFY(undone && undone->ok);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM licence")).toInt(), 0);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
