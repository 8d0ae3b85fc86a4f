#include "assets/assetdetailpanel.h"
#include "assets/asseteditdialog.h"
#include "assets/assetexportdialog.h"
#include "assets/assetexportjob.h"
#include "assets/assetfilterpanel.h"
#include "assets/assettablemodel.h"
#include "assets/bulkchangedialog.h"
#include "assets/historyview.h"
#include "common/referencecombobox.h"
#include "common/scanfield.h"
#include "common/searchfield.h"
#include "mainwindow/mainwindow.h"
#include "masterdata/masterdatadialog.h"
#include "masterdata/masterdatatablemodel.h"
#include "sampleinventory.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

// The technicians' screen driven like a user would: typing into the search and
// scan fields, editing, bulk change with undo, master data.
class TestTechnicianScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void searchShowsMatchingRows();
    void scanSelectsTheAsset_data();
    void scanSelectsTheAsset();
    void scanOfUnknownCodeSaysSo();
    void scanOfAssetOutsideTheFilterClearsIt();
    void filterPanelCombinesFilters();
    void editDialogShowsMessagesAtTheFields();
    void editDialogSavesAndUndoRestores();
    void duplicateKeepsAllButIdentifiers();
    void bulkChangeOfThreeRowsAndUndo();
    void masterDataDeleteRefusedWhenReferenced();
    void masterDataAnonymise();
    void columnsAndFiltersAreRestored();
    void retireWithDeleteAndUndo();
    void exportWritesTheVisibleColumnsInOrder();
    void cancelledExportLeavesNoFile();

private:
    QSet<qint64> shownIds() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<SampleInventory> m_inventory;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_known = 0;
};

void TestTechnicianScreen::initTestCase()
{
    // Never touch the user's real settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KSM-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("Bestand-Test"));
}

void TestTechnicianScreen::init()
{
    QSettings().clear();
    m_test = std::make_unique<TestDatabase>();
    m_inventory = std::make_unique<SampleInventory>(m_test->database());
    m_inventory->build(60);
    Asset asset;
    asset.inventoryNo = QStringLiteral("KSM-2025-777777");
    asset.categoryId = m_test->categoryId(QStringLiteral("Notebook"));
    asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("KSM"));
    asset.usingAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    asset.manufacturer = QStringLiteral("HP");
    asset.model = QStringLiteral("ZBook Firefly 14");
    asset.serialNo = QStringLiteral("5CG1234XYZ");
    asset.mac = QStringLiteral("3C:52:82:AA:BB:CC");
    asset.hostname = QStringLiteral("sn-nb-helpdesk");
    asset.roomId = m_inventory->id(MasterDataKind::Room, QStringLiteral("B 212"));
    asset.siteId = m_inventory->id(MasterDataKind::Site, QStringLiteral("Rathaus Am Markt"));
    m_known = m_inventory->insert(asset);
    QString error;
    QVERIFY(m_inventory->assets().addLegacyIdentifier(
        m_known, { QStringLiteral("SIS"), QStringLiteral("SIS-2017-004711") }, &error));

    m_window = std::make_unique<MainWindow>(m_test->database());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->assetModel()->isReady());
}

void TestTechnicianScreen::cleanup()
{
    m_window.reset();
    m_inventory.reset();
    m_test.reset();
}

QSet<qint64> TestTechnicianScreen::shownIds() const
{
    QSet<qint64> ids;
    AssetTableModel *model = m_window->assetModel();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->assetId(row));
    return ids;
}

void TestTechnicianScreen::searchShowsMatchingRows()
{
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 61);
    m_window->searchField()->setFocus();
    QTest::keyClicks(m_window->searchField(), QStringLiteral("zbook fire"));
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 1);
    QCOMPARE(shownIds(), QSet<qint64>({ m_known }));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("1 of 61 assets"));

    // Every EliteBook of the sample (one in ten) and nothing else.
    m_window->searchField()->clear();
    QTest::keyClicks(m_window->searchField(), QStringLiteral("EliteBook"));
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 6);
    const QVariant expected =
        m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE model = 'EliteBook 840 G8'"));
    QCOMPARE(m_window->assetModel()->rowCount(), expected.toInt());

    QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 61);
}

void TestTechnicianScreen::scanSelectsTheAsset_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("inventory number") << QStringLiteral("KSM-2025-777777");
    QTest::newRow("inventory number, lower case") << QStringLiteral("ksm-2025-777777");
    QTest::newRow("legacy SIS number") << QStringLiteral("SIS-2017-004711");
    QTest::newRow("serial") << QStringLiteral("5cg1234xyz");
    QTest::newRow("MAC with dashes") << QStringLiteral("3c-52-82-aa-bb-cc");
    QTest::newRow("MAC Cisco notation") << QStringLiteral("3c52.82aa.bbcc");
    QTest::newRow("host name") << QStringLiteral("SN-NB-HELPDESK");
}

void TestTechnicianScreen::scanSelectsTheAsset()
{
    QFETCH(QString, code);
    ScanField *scan = m_window->scanField();
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QTRY_VERIFY(scan->hasFocus());
    QTest::keyClicks(scan, code);
    QTest::keyClick(scan, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentAssetId(), m_known);
    QCOMPARE(m_window->detailPanel()->assetId(), m_known);
    QCOMPARE(m_window->assetView()->selectionModel()->selectedRows().size(), 1);
    // Ready for the next scan: the code is selected, so it is replaced.
    QCOMPARE(scan->selectedText(), code);
    QVERIFY(!scan->property("scanFailed").toBool());
}

void TestTechnicianScreen::scanOfUnknownCodeSaysSo()
{
    ScanField *scan = m_window->scanField();
    scan->setFocus();
    QTest::keyClicks(scan, QStringLiteral("XYZ-0000"));
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY(scan->property("scanFailed").toBool());
    QCOMPARE(scan->selectedText(), QStringLiteral("XYZ-0000"));
    QLabel *message = m_window->messageLabel();
    QVERIFY2(message->text().contains(QLatin1String("XYZ-0000")), qPrintable(message->text()));
    QVERIFY(message->property("isError").toBool());
    // The next scan replaces the text and clears the red mark.
    QTest::keyClicks(scan, QStringLiteral("5CG1234XYZ"));
    QVERIFY(!scan->property("scanFailed").toBool());
    QTest::keyClick(scan, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentAssetId(), m_known);
}

void TestTechnicianScreen::scanOfAssetOutsideTheFilterClearsIt()
{
    QTest::keyClicks(m_window->searchField(), QStringLiteral("Kyocera"));
    QTRY_VERIFY(!shownIds().contains(m_known) && m_window->assetModel()->rowCount() > 0);
    m_window->scanCode(QStringLiteral("sn-nb-helpdesk"));
    QTRY_COMPARE(m_window->currentAssetId(), m_known);
    QCOMPARE(m_window->searchField()->text(), QString());
    QCOMPARE(m_window->assetModel()->rowCount(), 61);
}

void TestTechnicianScreen::filterPanelCombinesFilters()
{
    AssetFilter filter;
    filter.ownerAuthorityIds = { m_test->authorityId(QStringLiteral("KSM")) };
    filter.usingAuthorityIds = { m_test->authorityId(QStringLiteral("SN")) };
    filter.categoryIds = { m_test->categoryId(QStringLiteral("Notebook")) };
    m_window->filterPanel()->setFilter(filter);
    const int expected =
        m_test
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE owner_authority_id = %1 AND "
                                    "using_authority_id = %2 AND category_id = %3")
                         .arg(filter.ownerAuthorityIds.first())
                         .arg(filter.usingAuthorityIds.first())
                         .arg(filter.categoryIds.first()))
            .toInt();
    QVERIFY(expected >= 1);
    QTRY_COMPARE(m_window->assetModel()->rowCount(), expected);
    QVERIFY(shownIds().contains(m_known));
    QCOMPARE(m_window->assetModel()->filter().categoryIds, filter.categoryIds);
}

void TestTechnicianScreen::editDialogShowsMessagesAtTheFields()
{
    const Asset stored = *m_inventory->assets().find(m_known, nullptr);
    MasterDataRepository masterData(m_test->database());
    AssetEditDialog dialog(m_test->database(), masterData, m_inventory->assets(), AssetEditDialog::Mode::Edit,
                           stored);
    int saves = 0;
    dialog.setSaveHandler([&saves](Asset &, QString *) {
        ++saves;
        return AssetEditDialog::SaveOutcome::Saved;
    });
    dialog.show();
    const auto edit = [&dialog](AssetField field) {
        return qobject_cast<QLineEdit *>(dialog.fieldWidget(field));
    };
    const QString taken = m_test->scalar(QStringLiteral("SELECT MIN(inventory_no) FROM asset")).toString();
    edit(AssetField::InventoryNo)->setText(taken.toLower());
    edit(AssetField::Mac)->setText(QStringLiteral("3C:52:82:AA:BB"));
    edit(AssetField::Ip)->setText(QStringLiteral("192.168.1"));
    edit(AssetField::WarrantyEnd)->setText(QStringLiteral("32.13.2026"));
    QVERIFY(!dialog.save());
    QCOMPARE(saves, 0);
    QCOMPARE(dialog.fieldMessage(AssetField::InventoryNo),
             QStringLiteral("Inventory number %1 is already used by another asset.").arg(taken));
    QCOMPARE(dialog.fieldMessage(AssetField::Mac),
             QStringLiteral("Not a MAC address. Expected six pairs of hex digits, e.g. 00:1A:2B:3C:4D:5E."));
    QCOMPARE(dialog.fieldMessage(AssetField::Ip), QStringLiteral("Not an IP address, e.g. 10.20.30.40."));
    QCOMPARE(dialog.fieldMessage(AssetField::WarrantyEnd),
             QStringLiteral("Not a date. Type it as dd.mm.yyyy, e.g. 31.12.2027."));
    QCOMPARE(dialog.fieldMessage(AssetField::Model), QString());
    QVERIFY(dialog.fieldWidget(AssetField::Mac)->styleSheet().contains(QLatin1String("border")));
    QVERIFY(dialog.fieldWidget(AssetField::InventoryNo)->hasFocus() || !dialog.isActiveWindow());
    // Nothing was written.
    QCOMPARE(m_inventory->assets().find(m_known, nullptr)->inventoryNo, stored.inventoryNo);

    edit(AssetField::InventoryNo)->setText(stored.inventoryNo);
    edit(AssetField::Mac)->setText(QStringLiteral("3c52.82aa.bbcd"));
    edit(AssetField::Ip)->setText(QStringLiteral("192.168.1.20"));
    edit(AssetField::WarrantyEnd)->setText(QStringLiteral("31.12.2028"));
    QVERIFY(dialog.save());
    QCOMPARE(saves, 1);
    QCOMPARE(dialog.fieldMessage(AssetField::Mac), QString());
    QCOMPARE(dialog.asset().mac, QStringLiteral("3C:52:82:AA:BB:CD"));
}

void TestTechnicianScreen::editDialogSavesAndUndoRestores()
{
    m_window->showAsset(m_known);
    QTRY_COMPARE(m_window->currentAssetId(), m_known);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<AssetEditDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        qobject_cast<QLineEdit *>(dialog->fieldWidget(AssetField::Model))
            ->setText(QStringLiteral("ZBook Power G10"));
        dialog->accept();
    });
    QTest::keyClick(m_window->assetView(), Qt::Key_F2);
    QCOMPARE(m_inventory->assets().find(m_known, nullptr)->model, QStringLiteral("ZBook Power G10"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_inventory->assets().find(m_known, nullptr)->model, QStringLiteral("ZBook Firefly 14"));
    m_window->undoStack()->redo();
    QCOMPARE(m_inventory->assets().find(m_known, nullptr)->model, QStringLiteral("ZBook Power G10"));
    // Undo and redo are edits like any other: recorded in the history.
    QCOMPARE(
        m_test
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity_id = %1 AND field = 'model'")
                         .arg(m_known))
            .toInt(),
        3);
}

void TestTechnicianScreen::duplicateKeepsAllButIdentifiers()
{
    m_window->showAsset(m_known);
    QTRY_COMPARE(m_window->currentAssetId(), m_known);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<AssetEditDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->fieldWidget(AssetField::InventoryNo))->text(), QString());
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->fieldWidget(AssetField::SerialNo))->text(), QString());
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->fieldWidget(AssetField::Model))->text(),
                 QStringLiteral("ZBook Firefly 14"));
        qobject_cast<QLineEdit *>(dialog->fieldWidget(AssetField::InventoryNo))
            ->setText(QStringLiteral("KSM-2025-777778"));
        dialog->accept();
    });
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QString error;
    const std::optional<qint64> copyId =
        m_inventory->assets().findByInventoryNo(QStringLiteral("KSM-2025-777778"), &error);
    QVERIFY(copyId);
    const Asset copy = *m_inventory->assets().find(*copyId, nullptr);
    QCOMPARE(copy.model, QStringLiteral("ZBook Firefly 14"));
    QCOMPARE(copy.roomId, m_inventory->id(MasterDataKind::Room, QStringLiteral("B 212")));
    QCOMPARE(copy.serialNo, QString());
    QCOMPARE(copy.mac, QString());
    QTRY_COMPARE(m_window->currentAssetId(), *copyId);
    m_window->undoStack()->undo();
    QVERIFY(!m_inventory->assets().findByInventoryNo(QStringLiteral("KSM-2025-777778"), &error));
}

void TestTechnicianScreen::bulkChangeOfThreeRowsAndUndo()
{
    QTableView *view = m_window->assetView();
    AssetTableModel *model = m_window->assetModel();
    QTRY_VERIFY(model->isRowLoaded(2));
    QItemSelection selection(model->index(0, 0), model->index(2, 0));
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QList<qint64> ids = m_window->selectedAssetIds();
    QCOMPARE(ids.size(), 3);
    QList<Asset> before;
    for (qint64 id : ids)
        before.append(*m_inventory->assets().find(id, nullptr));
    const qint64 lup = m_test->authorityId(QStringLiteral("LUP"));
    const qint64 site = m_inventory->id(MasterDataKind::Site, QStringLiteral("Kreishaus Parchim"));
    const qint64 room = m_inventory->id(MasterDataKind::Room, QStringLiteral("E 011"));
    const qint64 historyBefore = m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong();

    QTimer::singleShot(0, this, [=] {
        auto *dialog = qobject_cast<BulkChangeDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setChange(AssetField::UsingAuthority, lup);
        dialog->setChange(AssetField::Site, site);
        dialog->setChange(AssetField::Room, room);
        dialog->accept();
    });
    view->setFocus();
    QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);

    int changedFields = 0;
    for (const Asset &old : before) {
        const Asset now = *m_inventory->assets().find(old.id, nullptr);
        QCOMPARE(now.usingAuthorityId, lup);
        QCOMPARE(now.siteId, site);
        QCOMPARE(now.roomId, room);
        changedFields += int(old.usingAuthorityId != lup) + int(old.siteId != site) + int(old.roomId != room);
    }
    QVERIFY(changedFields > 3);
    // One history entry per item and changed field.
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong(),
             historyBefore + changedFields);

    QCOMPARE(m_window->undoStack()->index(), 1);
    // Shortcuts act in the active window; after the modal dialog that is ours again.
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->undoStack()->index(), 0);
    QVERIFY2(!m_window->messageLabel()->property("isError").toBool(),
             qPrintable(m_window->messageLabel()->text()));
    for (const Asset &old : before) {
        const Asset now = *m_inventory->assets().find(old.id, nullptr);
        QCOMPARE(now.usingAuthorityId, old.usingAuthorityId);
        QCOMPARE(now.siteId, old.siteId);
        QCOMPARE(now.roomId, old.roomId);
    }
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong(),
             historyBefore + 2 * changedFields);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_inventory->assets().find(before.first().id, nullptr)->roomId, room);
}

void TestTechnicianScreen::masterDataDeleteRefusedWhenReferenced()
{
    MasterDataRepository repository(m_test->database());
    MasterDataDialog dialog(m_test->database(), repository, MasterDataKind::Room);
    const int row = dialog.model()->rowOf(m_inventory->id(MasterDataKind::Room, QStringLiteral("B 212")));
    QVERIFY(row >= 0);
    dialog.view()->setCurrentIndex(dialog.model()->index(row, 0));
    const int before = dialog.model()->rowCount();
    dialog.deleteCurrent();
    QCOMPARE(dialog.model()->rowCount(), before);
    const int count = m_test
                          ->scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE room_id = %1")
                                       .arg(m_inventory->id(MasterDataKind::Room, QStringLiteral("B 212"))))
                          .toInt();
    QVERIFY2(
        dialog.message().startsWith(QStringLiteral("Room B 212 is used by %1 asset(s), e.g. ").arg(count)),
        qPrintable(dialog.message()));

    // A new, unused room can be deleted. New rooms go to the chosen site.
    dialog.addEntry();
    QCOMPARE(dialog.model()->rowCount(), before);
    QVERIFY2(dialog.message().startsWith(QLatin1String("Choose the Site")), qPrintable(dialog.message()));
    dialog.findChild<ReferenceComboBox *>(QStringLiteral("parentFilter"))
        ->setCurrentId(m_inventory->id(MasterDataKind::Site, QStringLiteral("Stadthaus")));
    const int inStadthaus = dialog.model()->rowCount();
    dialog.addEntry();
    QCOMPARE(dialog.model()->rowCount(), inStadthaus + 1);
    dialog.view()->setCurrentIndex(dialog.model()->index(inStadthaus, 0));
    dialog.deleteCurrent();
    QCOMPARE(dialog.model()->rowCount(), inStadthaus);
}

void TestTechnicianScreen::masterDataAnonymise()
{
    MasterDataRepository repository(m_test->database());
    const qint64 person = m_inventory->id(MasterDataKind::Person, QString::fromUtf8("Björn Maaß"));
    MasterDataDialog dialog(m_test->database(), repository, MasterDataKind::Person);
    dialog.view()->setCurrentIndex(dialog.model()->index(dialog.model()->rowOf(person), 0));
    const int assets =
        m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE person_id = %1").arg(person)).toInt();
    QVERIFY(assets > 0);
    dialog.anonymiseCurrent();
    QCOMPARE(dialog.model()->index(dialog.model()->rowOf(person), 0).data().toString(),
             QStringLiteral("anonymised #%1").arg(person));
    QCOMPARE(
        m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE person_id = %1").arg(person)).toInt(),
        assets);
    QCOMPARE(
        m_test->scalar(QString::fromUtf8("SELECT COUNT(*) FROM person WHERE name = 'Björn Maaß'")).toInt(),
        0);
}

void TestTechnicianScreen::columnsAndFiltersAreRestored()
{
    QHeaderView *header = m_window->assetView()->horizontalHeader();
    header->setSectionHidden(AssetTableModel::Notes, true);
    header->moveSection(header->visualIndex(AssetTableModel::Model), 0);
    AssetFilter filter;
    filter.categoryIds = { m_test->categoryId(QStringLiteral("Monitor")) };
    m_window->filterPanel()->setFilter(filter);
    m_window->close();
    m_window = std::make_unique<MainWindow>(m_test->database());
    header = m_window->assetView()->horizontalHeader();
    QVERIFY(header->isSectionHidden(AssetTableModel::Notes));
    QCOMPARE(header->logicalIndex(0), int(AssetTableModel::Model));
    QCOMPARE(m_window->filterPanel()->filter().categoryIds, filter.categoryIds);
    QTRY_COMPARE(m_window->assetModel()->filter().categoryIds, filter.categoryIds);
}

void TestTechnicianScreen::retireWithDeleteAndUndo()
{
    m_window->showAsset(m_known);
    QTRY_COMPARE(m_window->currentAssetId(), m_known);
    m_window->assetView()->setFocus();
    QTest::keyClick(m_window->assetView(), Qt::Key_Delete);
    QCOMPARE(m_inventory->assets().find(m_known, nullptr)->status, AssetStatus::Retired);
    // Del in the search field edits text and retires nothing.
    m_window->searchField()->setText(QStringLiteral("abc"));
    m_window->searchField()->setFocus();
    m_window->searchField()->setCursorPosition(0);
    QTest::keyClick(m_window->searchField(), Qt::Key_Delete);
    QCOMPARE(m_window->searchField()->text(), QStringLiteral("bc"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_inventory->assets().find(m_known, nullptr)->status, AssetStatus::InUse);
}

void TestTechnicianScreen::exportWritesTheVisibleColumnsInOrder()
{
    QHeaderView *header = m_window->assetView()->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column,
                                 column != AssetTableModel::InventoryNo && column != AssetTableModel::Model);
    header->moveSection(header->visualIndex(AssetTableModel::Model), 0);
    QTest::keyClicks(m_window->searchField(), QStringLiteral("zbook"));
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QSignalSpy exported(m_window.get(), &MainWindow::exportFinished);
    QVERIFY(m_window->startExport(path, AssetCsvExporter::Format::Plain));
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.first().at(0).value<AssetCsvExporter::Result>(), AssetCsvExporter::Result::Written);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1), QStringLiteral("ZBook Firefly 14,KSM-2025-777777"));
}

void TestTechnicianScreen::cancelledExportLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    auto *dialog = new AssetExportDialog(
        new AssetExportJob(m_test->database(), path, AssetCsvExporter::Format::Plain), m_window.get());
    QSignalSpy finished(dialog, &AssetExportDialog::exportFinished);
    auto *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click(); // before the worker writes its first chunk
    dialog->start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<AssetCsvExporter::Result>(), AssetCsvExporter::Result::Cancelled);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_MAIN(TestTechnicianScreen)
#include "tst_technicianscreen.moc"
