#include "assets/assetdetailpanel.h"
#include "assets/asseteditdialog.h"
#include "assets/assetfilterpanel.h"
#include "assets/assettablemodel.h"
#include "assets/bulkchangedialog.h"
#include "assets/historyview.h"
#include "billing/billingraterepository.h"
#include "billing/billingrundialog.h"
#include "common/referencecombobox.h"
#include "handovers/handoverdialog.h"
#include "import/importbatchesdialog.h"
#include "import/importbatchtablemodel.h"
#include "import/importwizard.h"
#include "importwizarddriver.h"
#include "labels/labelitemquery.h"
#include "labels/labelprintdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/secondaryscreens.h"
#include "masterdata/masterdatadialog.h"
#include "masterdata/masterdatatablemodel.h"
#include "overview/overviewwidget.h"
#include "sampleinventory.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// Renders the main screens with a realistic database in the German UI and
// writes them to <build>/screenshots/*.png, so anyone can look at them.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow();
    void editDialog();
    void filterPanel();
    void historyTab();
    void bulkChangeDialog();
    void masterDataEditor_data();
    void masterDataEditor();
    void importWizard();
    void overview();
    void labelPreview();
    void handoverDialog();
    void billingStatement();

private:
    void save(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    QDir m_outputDir;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<SampleInventory> m_inventory;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    qint64 m_edited = 0;
};

void TestScreenshots::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KSM-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("Bestand-Screenshots"));

    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    QVERIFY(
        m_translator.load(german, QStringLiteral("bestand"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_translator);
    if (m_qtTranslator.load(german, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);

    m_outputDir = QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots"));
    QVERIFY(m_outputDir.mkpath(QStringLiteral(".")));

    m_test = std::make_unique<TestDatabase>();
    m_inventory = std::make_unique<SampleInventory>(m_test->database());
    m_inventory->build(300);

    // One asset with a story: imported, moved, repaired.
    QVERIFY(m_test->exec(QStringLiteral("INSERT INTO import_batch (kind, file_name, checksum, profile, "
                                        "started_by, started_at, status) VALUES "
                                        "('assets', 'SIS_Export_2018.csv', 'x', 'sis', 'mmueller', "
                                        "'2025-03-01T08:00:00.000Z', 'completed')")));
    const qint64 batch = m_test->scalar(QStringLiteral("SELECT MAX(id) FROM import_batch")).toLongLong();
    QString error;
    m_edited = *m_inventory->assets().findByInventoryNo(QStringLiteral("SN-2021-000003"), &error);
    AssetRepository imported(m_test->database(), ChangeContext { QStringLiteral("import"), batch });
    Asset asset = *imported.find(m_edited, &error);
    asset.costCentre = QStringLiteral("KST-4711");
    asset.notes = QString::fromUtf8("Übernommen aus SIS");
    QCOMPARE(imported.update(asset, &error), AssetRepository::UpdateResult::Updated);
    AssetRepository technician(m_test->database(), ChangeContext { QStringLiteral("akrueger"), 0 });
    asset = *technician.find(m_edited, &error);
    asset.roomId = m_inventory->id(MasterDataKind::Room, QStringLiteral("B 212"));
    asset.siteId = m_inventory->id(MasterDataKind::Site, QStringLiteral("Rathaus Am Markt"));
    asset.personId = m_inventory->id(MasterDataKind::Person, QString::fromUtf8("Doreen Weiß"));
    asset.status = AssetStatus::InRepair;
    QCOMPARE(technician.update(asset, &error), AssetRepository::UpdateResult::Updated);

    m_window = std::make_unique<MainWindow>(m_test->database());
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->assetModel()->isReady());
    m_window->showAsset(m_edited);
    QTRY_COMPARE(m_window->currentAssetId(), m_edited);
    QTRY_VERIFY(m_window->assetModel()->isRowLoaded(m_window->assetView()->currentIndex().row()));
}

void TestScreenshots::cleanupTestCase()
{
    m_window.reset();
    m_inventory.reset();
    m_test.reset();
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
    const QString path = m_outputDir.filePath(name + QStringLiteral(".png"));
    // A text set just now is laid out with the next events; the user sees it laid out.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QImage image = widget->grab().toImage();
    QVERIFY(image.save(path));
    QVERIFY(QFileInfo(path).size() > 8000);
    // Not a blank area: a real screen has many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8,
             qPrintable(QStringLiteral("%1 has %2 colours").arg(name).arg(colours.size())));
    qInfo("wrote %s", qPrintable(path));
}

void TestScreenshots::mainWindow()
{
    // Rows around the current one loaded, so the picture shows data, not placeholders.
    AssetTableModel *model = m_window->assetModel();
    QTRY_VERIFY(
        model->isRowLoaded(m_window->assetView()->rowAt(m_window->assetView()->viewport()->height() - 2)));
    QTest::qWait(50);
    save(m_window.get(), QStringLiteral("mainwindow"));
}

void TestScreenshots::editDialog()
{
    MasterDataRepository masterData(m_test->database());
    QString error;
    const Asset asset = *m_inventory->assets().find(m_edited, &error);
    AssetEditDialog dialog(m_test->database(), masterData, m_inventory->assets(), AssetEditDialog::Mode::Edit,
                           asset);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("edit-dialog"));
    // The same dialog with mistakes typed in, as the user sees the messages.
    qobject_cast<QLineEdit *>(dialog.fieldWidget(AssetField::Mac))->setText(QStringLiteral("00:1A:2B:3C:4D"));
    qobject_cast<QLineEdit *>(dialog.fieldWidget(AssetField::WarrantyEnd))
        ->setText(QStringLiteral("31.02.2027"));
    qobject_cast<QLineEdit *>(dialog.fieldWidget(AssetField::SerialNo))
        ->setText(
            m_test->scalar(QStringLiteral("SELECT serial_no FROM asset WHERE id <> %1 LIMIT 1").arg(m_edited))
                .toString());
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.fieldMessage(AssetField::Mac).isEmpty());
    dialog.adjustSize();
    save(&dialog, QStringLiteral("edit-dialog-validation"));
}

void TestScreenshots::filterPanel()
{
    AssetFilter filter;
    filter.ownerAuthorityIds = { m_test->authorityId(QStringLiteral("KSM")) };
    filter.categoryIds = { m_test->categoryId(QStringLiteral("Notebook")) };
    m_window->filterPanel()->setFilter(filter);
    QTRY_COMPARE(m_window->assetModel()->filter().categoryIds, filter.categoryIds);
    QTRY_VERIFY(m_window->assetModel()->isReady());
    save(m_window->filterPanel(), QStringLiteral("filter-panel"));
    save(m_window.get(), QStringLiteral("mainwindow-filtered"));
    m_window->filterPanel()->clear();
}

void TestScreenshots::historyTab()
{
    m_window->detailPanel()->showAsset(m_edited);
    m_window->showHistory();
    QCOMPARE(m_window->detailPanel()->currentWidget(), m_window->detailPanel()->historyView());
    QVERIFY(m_window->detailPanel()->historyView()->model()->rowCount() >= 5);
    save(m_window->detailPanel(), QStringLiteral("history-tab"));
}

void TestScreenshots::bulkChangeDialog()
{
    MasterDataRepository masterData(m_test->database());
    BulkChangeDialog dialog(masterData, 12);
    dialog.setChange(AssetField::UsingAuthority, m_test->authorityId(QStringLiteral("LUP")));
    dialog.setChange(AssetField::Site,
                     m_inventory->id(MasterDataKind::Site, QStringLiteral("Kreishaus Parchim")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("bulk-change-dialog"));
}

void TestScreenshots::masterDataEditor_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("rooms") << int(MasterDataKind::Room) << QStringLiteral("masterdata-rooms");
    QTest::newRow("people") << int(MasterDataKind::Person) << QStringLiteral("masterdata-people");
    QTest::newRow("categories") << int(MasterDataKind::Category) << QStringLiteral("masterdata-categories");
}

void TestScreenshots::masterDataEditor()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    MasterDataRepository repository(m_test->database());
    MasterDataDialog dialog(m_test->database(), repository, static_cast<MasterDataKind>(kind));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (static_cast<MasterDataKind>(kind) == MasterDataKind::Room) {
        // What a refused delete looks like.
        dialog.view()->setCurrentIndex(dialog.model()->index(
            dialog.model()->rowOf(m_inventory->id(MasterDataKind::Room, QStringLiteral("B 212"))), 0));
        dialog.deleteCurrent();
        QVERIFY(!dialog.message().isEmpty());
    }
    save(&dialog, name);
}

void TestScreenshots::importWizard()
{
    // The district's sample list, defects and all, through each page of the wizard,
    // into a database of its own so the other pictures keep their data.
    TestDatabase test;
    const QString input = test.folder() + QStringLiteral("/Inventar_LK_LUP.csv");
    QVERIFY(QFile::copy(QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/landkreis_inventar.csv"), input));
    ImportWizard wizard(test.database());
    wizard.resize(1100, 720);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(input);
    QVERIFY(wizard.previewRowCount() > 0);
    save(&wizard, QStringLiteral("import-1-file"));

    ImportWizardDriver driver(wizard);
    wizard.next();
    QVERIFY(driver.chooseProfile(QStringLiteral("landkreis")));
    save(&wizard, QStringLiteral("import-2-profile"));

    wizard.next();
    const std::optional<ImportResult> checked = driver.dryRun();
    QVERIFY(checked && checked->counts.rejected > 0);
    save(&wizard, QStringLiteral("import-3-check"));

    const std::optional<ImportResult> imported = driver.import();
    QVERIFY(imported && imported->counts.created > 0);
    save(&wizard, QStringLiteral("import-4-summary"));

    // Later, File › Imports and undo: the list of imports.
    ImportBatchesDialog batches(test.database());
    batches.show();
    QVERIFY(QTest::qWaitForWindowExposed(&batches));
    QCOMPARE(batches.model()->rowCount(), 1);
    save(&batches, QStringLiteral("import-5-batches"));
}

void TestScreenshots::overview()
{
    OverviewWidget *overview = m_window->secondaryScreens()->showOverview();
    QVERIFY(QTest::qWaitForWindowExposed(overview));
    QTRY_VERIFY(!overview->isLoading());
    QCOMPARE(overview->figures().totalAssets,
             m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toLongLong());
    QTest::qWait(100);
    save(overview, QStringLiteral("overview"));
    overview->close();
}

void TestScreenshots::labelPreview()
{
    QString error;
    const std::optional<QList<LabelItem>> items =
        LabelItemQuery(m_test->database()).forSelection(0, 0, &error);
    QVERIFY2(items && items->size() > 24, qPrintable(error));
    LabelPrintDialog dialog(*items);
    dialog.setLayoutName(QStringLiteral("a4-3x8"));
    dialog.resize(1000, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("labels-sheet"));
    // One label at print resolution, as it comes out of a label printer.
    dialog.setLayoutName(QStringLiteral("roll-62x29"));
    const QImage label = dialog.writer().renderPage(*items, 0, 12);
    QVERIFY(label.save(m_outputDir.filePath(QStringLiteral("label-62x29.png"))));
}

void TestScreenshots::handoverDialog()
{
    QString error;
    std::optional<QList<LabelItem>> items = LabelItemQuery(m_test->database()).forSelection(0, 0, &error);
    QVERIFY2(items && items->size() > 3, qPrintable(error));
    HandoverDialog dialog(m_test->database(), Handover::Kind::Checkout, items->mid(0, 3));
    dialog.resize(900, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.personBox()->setCurrentIndex(1);
    dialog.deviceTable()->item(0, 3)->setText(QStringLiteral("Netzteil, Dockingstation"));
    dialog.deviceTable()->item(1, 4)->setText(QStringLiteral("neuwertig"));
    save(&dialog, QStringLiteral("handover-dialog"));
    QVERIFY2(dialog.submit(), qPrintable(dialog.messageLabel()->text()));
    const QString pdf = m_test->folder() + QStringLiteral("/Uebergabeprotokoll.pdf");
    QVERIFY(dialog.savePdf(pdf));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        return;
    const QString picture = m_outputDir.filePath(QStringLiteral("handover-record"));
    QProcess::execute(QStringLiteral("pdftoppm"),
                      { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                        QStringLiteral("-singlefile"), pdf, picture });
    QVERIFY(QFileInfo(picture + QStringLiteral(".png")).size() > 8000);
}

namespace {
// "1.234,56" from whole cents, worked out here rather than by the writer under test.
QString germanAmount(qint64 cents)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    return german.toString(cents / 100) + QLatin1Char(',')
        + QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

// The statement an authority's controller receives: the billing command writes the
// PDF for the current quarter, its text carries each authority's total and the sum,
// and its first page is kept as a picture.
void TestScreenshots::billingStatement()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftotext and pdftoppm (poppler-utils) are needed");
    BillingRateRepository rates(m_test->database(), ChangeContext { QStringLiteral("controlling") });
    QSqlQuery categories(m_test->database().connection());
    QVERIFY(categories.exec(QStringLiteral("SELECT id FROM category ORDER BY id")));
    QList<qint64> categoryIds;
    while (categories.next())
        categoryIds.append(categories.value(0).toLongLong());
    categories.finish();
    QString error;
    for (const qint64 category : categoryIds) {
        BillingRate rate;
        rate.categoryId = category;
        rate.validFrom = QDate(2020, 1, 1);
        rate.monthlyCents = 1850 + 275 * category;
        QVERIFY2(rates.insert(rate, &error), qPrintable(error));
    }

    const QDate today = QDate::currentDate();
    const QString period = QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() + 2) / 3);
    const QString pdf = m_test->folder() + QStringLiteral("/Abrechnung.pdf");
    QString output;
    QString errors;
    // A German desktop: the statement in German, amounts as "1.234,56 €".
    const QByteArray language = qgetenv("LANGUAGE");
    const QByteArray locale = qgetenv("LC_ALL");
    qputenv("LANGUAGE", "de");
    qputenv("LC_ALL", "de_DE.UTF-8");
    const auto restore = qScopeGuard([&] {
        qputenv("LANGUAGE", language);
        qputenv("LC_ALL", locale);
    });
    QCOMPARE(runBestand({ QStringLiteral("billing"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("--period"), period, QStringLiteral("--pdf"), pdf,
                          QStringLiteral("--json") },
                        &output, &errors),
             0);
    const QJsonObject run = QJsonDocument::fromJson(output.toUtf8()).object();
    const QJsonArray authorities = run.value(QStringLiteral("authorities")).toArray();
    QVERIFY2(!authorities.isEmpty(), qPrintable(output + errors));

    QString text =
        runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    QVERIFY(text.contains(QStringLiteral("Leistungsverrechnung"))
            || text.contains(QStringLiteral("Abrechnung")));
    qint64 sum = 0;
    for (const QJsonValue &value : authorities) {
        const QJsonObject authority = value.toObject();
        const qint64 total = authority.value(QStringLiteral("total_cents")).toInteger();
        QVERIFY(total > 0);
        sum += total;
        QVERIFY2(text.contains(authority.value(QStringLiteral("name")).toString()),
                 qPrintable(authority.value(QStringLiteral("name")).toString()));
        QVERIFY2(text.contains(germanAmount(total) + QStringLiteral(" €")),
                 qPrintable(germanAmount(total) + QStringLiteral(" not in the PDF of ")
                            + authority.value(QStringLiteral("code")).toString()));
    }
    QCOMPARE(sum, run.value(QStringLiteral("total_cents")).toInteger());

    // The same period in the billing window: the kept run, unchanged.
    BillingRunDialog window(m_test->database());
    window.periodEdit()->setText(period);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.bill();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);
    QVERIFY(window.outcome());
    QCOMPARE(window.outcome()->result.totalCents, run.value(QStringLiteral("total_cents")).toInteger());
    save(&window, QStringLiteral("billing-window"));

    const QString picture = m_outputDir.filePath(QStringLiteral("billing-statement"));
    runTool(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
              QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
              pdf, picture });
    QVERIFY(QFileInfo(picture + QStringLiteral(".png")).size() > 8000);
    qInfo("wrote %s.png", qPrintable(picture));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
