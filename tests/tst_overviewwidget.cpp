#include "assets/assetfilterpanel.h"
#include "assets/assetrepository.h"
#include "assets/assettablemodel.h"
#include "licences/licencerepository.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/secondaryscreens.h"
#include "overview/overviewwidget.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <cmath>

// The overview window as a manager uses it: the charts show the counts of a small
// inventory worked out by hand below, and a click on a bar or a slice opens the
// asset table with exactly the devices it counts.
//   SN:  PC (200 days old), PC (100 days), PC (4 years), notebook without a
//        purchase date, all in use
//   LUP: PC in repair (6 years), monitor missing without a date, notebook retired
//   KSM: printer in stock (30 days)
class TestOverviewWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void authorityChartCountsAndOpensWhatWasClicked();
    void sharedSegmentOpensItsCategories();
    void statusSliceOpensTheDevicesWithThatStatus();
    void ageBarOpensTheDevicesOfThatAge();
    void overDeployedLicenceIsListedInRed();
    void refreshShowsAColleaguesNewDevice();
    void colleaguesChangesAreReadOnceAfterADelay();

private:
    qint64 addAsset(const QString &inventoryNo, const QString &category, AssetStatus status,
                    const QString &owner, const QDate &purchased);
    OverviewWidget *openOverview();
    // The inventory numbers the main window's table shows, once it shows count rows.
    QStringList shownAssets(int count);
    void click(QChartView *view, const QPointF &chartPoint);
    static QBarSet *barSet(QChartView *view, const QString &label);
    static QStringList setLabels(QAbstractBarSeries *series);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<MainWindow> m_window;
    const QDate m_today = QDate::currentDate();
    QList<qint64> m_cityPcs;
};

void TestOverviewWidget::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_cityPcs = {
        addAsset(QStringLiteral("SN-1"), QStringLiteral("PC"), AssetStatus::InUse, QStringLiteral("SN"),
                 m_today.addDays(-200)),
        addAsset(QStringLiteral("SN-2"), QStringLiteral("PC"), AssetStatus::InUse, QStringLiteral("SN"),
                 m_today.addDays(-100)),
        addAsset(QStringLiteral("SN-3"), QStringLiteral("PC"), AssetStatus::InUse, QStringLiteral("SN"),
                 m_today.addYears(-4)),
    };
    addAsset(QStringLiteral("SN-4"), QStringLiteral("Notebook"), AssetStatus::InUse, QStringLiteral("SN"),
             QDate());
    addAsset(QStringLiteral("LUP-1"), QStringLiteral("PC"), AssetStatus::InRepair, QStringLiteral("LUP"),
             m_today.addYears(-6));
    addAsset(QStringLiteral("LUP-2"), QStringLiteral("Monitor"), AssetStatus::Missing, QStringLiteral("LUP"),
             QDate());
    addAsset(QStringLiteral("LUP-3"), QStringLiteral("Notebook"), AssetStatus::Retired, QStringLiteral("LUP"),
             QDate());
    addAsset(QStringLiteral("KSM-1"), QStringLiteral("Drucker"), AssetStatus::InStock, QStringLiteral("KSM"),
             m_today.addDays(-30));
    m_window = std::make_unique<MainWindow>(m_test->database());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 8);
}

void TestOverviewWidget::cleanup()
{
    m_window.reset();
    m_test.reset();
}

qint64 TestOverviewWidget::addAsset(const QString &inventoryNo, const QString &category, AssetStatus status,
                                    const QString &owner, const QDate &purchased)
{
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.categoryId = m_test->categoryId(category);
    asset.status = status;
    asset.ownerAuthorityId = m_test->authorityId(owner);
    asset.purchaseDate = purchased;
    return m_test->insertAsset(asset);
}

OverviewWidget *TestOverviewWidget::openOverview()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("overviewAction"));
    if (!action)
        return nullptr;
    action->trigger();
    OverviewWidget *overview = m_window->findChild<OverviewWidget *>();
    if (!overview || !QTest::qWaitForWindowExposed(overview))
        return nullptr;
    if (!QTest::qWaitFor([overview] { return !overview->isLoading(); }, 10000))
        return nullptr;
    // The charts lay themselves out on the next turn of the event loop.
    QTest::qWait(100);
    return overview;
}

QStringList TestOverviewWidget::shownAssets(int count)
{
    AssetTableModel *model = m_window->assetModel();
    if (!QTest::qWaitFor(
            [&] { return model->rowCount() == count && (count == 0 || model->assetId(count - 1) > 0); },
            10000))
        return { QStringLiteral("%1 rows instead of %2").arg(model->rowCount()).arg(count) };
    QStringList numbers;
    for (int row = 0; row < model->rowCount(); ++row)
        numbers.append(model->index(row, AssetTableModel::InventoryNo).data().toString());
    numbers.sort();
    return numbers;
}

void TestOverviewWidget::click(QChartView *view, const QPointF &chartPoint)
{
    const QPoint viewPoint = view->mapFromScene(view->chart()->mapToScene(chartPoint));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, viewPoint);
}

QBarSet *TestOverviewWidget::barSet(QChartView *view, const QString &label)
{
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->label() == label)
                    return set;
            }
        }
    }
    return nullptr;
}

QStringList TestOverviewWidget::setLabels(QAbstractBarSeries *series)
{
    QStringList labels;
    for (QBarSet *set : series->barSets())
        labels.append(set->label());
    return labels;
}

void TestOverviewWidget::authorityChartCountsAndOpensWhatWasClicked()
{
    OverviewWidget *overview = openOverview();
    QVERIFY(overview);
    QChartView *view = overview->authorityChart();
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    // The largest category first; the retired notebook is not counted. The first
    // authority by code is drawn at the top, so the bars run SN, LUP, KSM upwards.
    const QStringList labels = setLabels(series);
    QCOMPARE(labels,
             (QStringList { QStringLiteral("PC"), QStringLiteral("Drucker"), QStringLiteral("Monitor"),
                            QStringLiteral("Notebook") }));
    QBarSet *pcs = barSet(view, QStringLiteral("PC"));
    QCOMPARE(pcs->count(), 3);
    QCOMPARE(pcs->at(0), 3.0); // SN
    QCOMPARE(pcs->at(1), 1.0); // LUP
    QCOMPARE(pcs->at(2), 0.0); // KSM
    QCOMPARE(barSet(view, QStringLiteral("Notebook"))->at(0), 1.0);
    QCOMPARE(barSet(view, QStringLiteral("Notebook"))->at(1), 0.0);

    // SN's PC segment is the first of its bar: from 0 to 3.
    QSignalSpy requested(overview, &OverviewWidget::assetFilterRequested);
    click(view, view->chart()->mapToPosition(QPointF(1.5, 0), series));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(shownAssets(3),
             (QStringList { QStringLiteral("SN-1"), QStringLiteral("SN-2"), QStringLiteral("SN-3") }));
    const AssetFilter shown = m_window->filterPanel()->filter();
    QCOMPARE(shown.ownerAuthorityIds, QList<qint64> { m_test->authorityId(QStringLiteral("SN")) });
    QCOMPARE(shown.categoryIds, QList<qint64> { m_test->categoryId(QStringLiteral("PC")) });

    // LUP's bar: PC (0–1), then the monitor (1–2), drawn after the printer set (empty there).
    click(view, view->chart()->mapToPosition(QPointF(1.5, 1), series));
    QCOMPARE(shownAssets(1), QStringList { QStringLiteral("LUP-2") });
}

// Nine categories: PC (4 devices) and the first five of the rest by name get a
// segment of their own; Switch, Tablet and Telefon share the last one.
void TestOverviewWidget::sharedSegmentOpensItsCategories()
{
    for (const char *category : { "Switch", "Telefon", "Tablet", "Beamer", "Smartphone" })
        addAsset(QStringLiteral("KSM-%1").arg(QLatin1String(category)), QString::fromLatin1(category),
                 AssetStatus::InUse, QStringLiteral("KSM"), m_today.addDays(-10));
    OverviewWidget *overview = openOverview();
    QVERIFY(overview);
    QChartView *view = overview->authorityChart();
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    const QStringList labels = setLabels(series);
    QCOMPARE(labels.size(), OverviewWidget::chartedCategories);
    QCOMPARE(labels.mid(0, 6),
             (QStringList { QStringLiteral("PC"), QStringLiteral("Beamer"), QStringLiteral("Drucker"),
                            QStringLiteral("Monitor"), QStringLiteral("Notebook"),
                            QStringLiteral("Smartphone") }));
    QBarSet *others = series->barSets().constLast();
    QCOMPARE(others->at(2), 3.0); // KSM: Switch, Tablet, Telefon

    // Inventory numbers are stored in capitals. KSM's bar: Beamer (0–1), Drucker (1–2), Smartphone (2–3),
    // then the shared segment (3–6).
    click(view, view->chart()->mapToPosition(QPointF(4.5, 2), series));
    QCOMPARE(shownAssets(3),
             (QStringList { QStringLiteral("KSM-SWITCH"), QStringLiteral("KSM-TABLET"),
                            QStringLiteral("KSM-TELEFON") }));
    QCOMPARE(m_window->filterPanel()->filter().categoryIds.size(), 3);
}

void TestOverviewWidget::statusSliceOpensTheDevicesWithThatStatus()
{
    OverviewWidget *overview = openOverview();
    QVERIFY(overview);
    QChartView *view = overview->statusChart();
    auto *pie = qobject_cast<QPieSeries *>(view->chart()->series().value(0));
    QVERIFY(pie);
    // Every status that occurs, with its count in the label; retired included.
    QStringList labels;
    for (QPieSlice *slice : pie->slices())
        labels.append(slice->label());
    QVERIFY2(labels.size() == 5, qPrintable(labels.join(QLatin1Char('|'))));
    QPieSlice *missing = nullptr;
    for (QPieSlice *slice : pie->slices()) {
        if (slice->label() == AssetStatusText::displayName(AssetStatus::Missing) + QStringLiteral(" 1"))
            missing = slice;
    }
    QVERIFY2(missing, qPrintable(labels.join(QLatin1Char('|'))));

    // Halfway out along the middle of the slice (angles run clockwise from 12 o'clock).
    const QRectF plot = view->chart()->plotArea();
    const double radius = pie->pieSize() * std::min(plot.width(), plot.height()) / 2;
    const double angle = (missing->startAngle() + missing->angleSpan() / 2) * M_PI / 180;
    click(view, plot.center() + QPointF(std::sin(angle), -std::cos(angle)) * radius * 0.6);
    QCOMPARE(shownAssets(1), QStringList { QStringLiteral("LUP-2") });
    QCOMPARE(m_window->filterPanel()->filter().statuses, QList<AssetStatus> { AssetStatus::Missing });
}

void TestOverviewWidget::ageBarOpensTheDevicesOfThatAge()
{
    OverviewWidget *overview = openOverview();
    QVERIFY(overview);
    QChartView *view = overview->ageChart();
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    QBarSet *ages = series->barSets().value(0);
    QVERIFY(ages);
    QCOMPARE(ages->count(), int(OverviewFigures::AgeBandCount));
    QCOMPARE(ages->at(OverviewFigures::UnderOneYear), 3.0); // SN-1, SN-2, KSM-1
    QCOMPARE(ages->at(OverviewFigures::ThreeToFiveYears), 1.0); // SN-3
    QCOMPARE(ages->at(OverviewFigures::FiveToEightYears), 1.0); // LUP-1
    QCOMPARE(ages->at(OverviewFigures::AgeUnknown), 2.0); // SN-4, LUP-2 (LUP-3 is retired)

    click(view, view->chart()->mapToPosition(QPointF(OverviewFigures::UnderOneYear, 1.5), series));
    QCOMPARE(shownAssets(3),
             (QStringList { QStringLiteral("KSM-1"), QStringLiteral("SN-1"), QStringLiteral("SN-2") }));
    click(view, view->chart()->mapToPosition(QPointF(OverviewFigures::AgeUnknown, 1), series));
    QCOMPARE(shownAssets(2), (QStringList { QStringLiteral("LUP-2"), QStringLiteral("SN-4") }));
}

void TestOverviewWidget::overDeployedLicenceIsListedInRed()
{
    LicenceRepository licences(m_test->database(), ChangeContext { QStringLiteral("test") });
    QString error;
    Licence licence;
    licence.product = QStringLiteral("CAD Pro");
    licence.quantity = 1;
    licence.validFrom = m_today.addYears(-1);
    licence.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    QVERIFY2(licences.insert(licence, &error), qPrintable(error));
    const qint64 city = m_test->authorityId(QStringLiteral("SN"));
    QVERIFY2(licences.assignToAsset(licence.id, city, m_cityPcs.at(0), &error), qPrintable(error));
    QVERIFY2(licences.assignToAsset(licence.id, city, m_cityPcs.at(1), &error), qPrintable(error));

    OverviewWidget *overview = openOverview();
    QVERIFY(overview);
    QTableWidget *table = overview->licenceTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("CAD Pro"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1"));
    const QColor colour = table->item(0, 3)->foreground().color();
    QVERIFY2(colour.red() > 150 && colour.green() < 50 && colour.blue() < 80, qPrintable(colour.name()));
}

void TestOverviewWidget::refreshShowsAColleaguesNewDevice()
{
    OverviewWidget *overview = openOverview();
    QVERIFY(overview);
    QCOMPARE(overview->figures().inInventory, 7);
    addAsset(QStringLiteral("KSM-2"), QStringLiteral("Drucker"), AssetStatus::InStock, QStringLiteral("KSM"),
             m_today.addDays(-3));
    // Refreshing twice at once reads once more after the running read, not twice in parallel.
    overview->refresh();
    overview->refresh();
    QTRY_VERIFY(!overview->isLoading());
    QCOMPARE(overview->figures().inInventory, 8);
    QCOMPARE(barSet(overview->authorityChart(), QStringLiteral("Drucker"))->at(2), 2.0);
}

void TestOverviewWidget::colleaguesChangesAreReadOnceAfterADelay()
{
    OverviewWidget *overview = openOverview();
    QVERIFY(overview);
    overview->setChangeRefreshDelay(300);
    QSignalSpy reads(overview, &OverviewWidget::figuresShown);
    addAsset(QStringLiteral("KSM-2"), QStringLiteral("Drucker"), AssetStatus::InStock, QStringLiteral("KSM"),
             m_today.addDays(-3));
    for (int change = 0; change < 5; ++change) {
        overview->noteChangesElsewhere();
        QTest::qWait(20);
    }
    QCOMPARE(reads.size(), 0);
    QTRY_COMPARE(reads.size(), 1);
    QCOMPARE(overview->figures().inInventory, 8);
    QTest::qWait(600);
    QCOMPARE(reads.size(), 1);

    // A closed overview reads nothing; opening it again reads.
    overview->close();
    overview->noteChangesElsewhere();
    QTest::qWait(600);
    QCOMPARE(reads.size(), 1);
}

QTEST_MAIN(TestOverviewWidget)
#include "tst_overviewwidget.moc"
