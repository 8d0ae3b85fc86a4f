#include "assets/assetrepository.h"
#include "licences/compliancemodel.h"
#include "licences/compliancewidget.h"
#include "licences/licenceassignmentmodel.h"
#include "licences/licencedetaileditor.h"
#include "licences/licencehistorymodel.h"
#include "licences/licencerepository.h"
#include "licences/licenceseatspanel.h"
#include "licences/licencetablemodel.h"
#include "licences/licencewidget.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace {
const QString secretKey = QStringLiteral("6M9DV-G9HYB-FYTKM-JRQ6G-338WB");
}

class TestLicenceWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listShowsMaskedKeyAndShowKeyRecordsReveal();
    void assignAndUnassignThroughTheWidget();
    void unknownDeviceIsReported();
    void complianceWidgetShowsRowsAndTotals();

private:
    qint64 addAsset(const QString &inventoryNo);
    template<typename T>
    T *child(QWidget &parent, const QString &name)
    {
        T *found = parent.findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    std::unique_ptr<TestDatabase> m_test;
    qint64 m_licenceId = 0;
};

void TestLicenceWidget::init()
{
    m_test = std::make_unique<TestDatabase>();
    LicenceRepository repository(m_test->database(), ChangeContext { QStringLiteral("setup"), 0 });
    Licence licence;
    licence.product = QStringLiteral("AutoCAD LT");
    licence.type = LicenceType::Single;
    licence.metric = LicenceMetric::Device;
    licence.quantity = 1;
    licence.licenceKey = secretKey;
    licence.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    QString error;
    QVERIFY2(repository.insert(licence, &error), qPrintable(error));
    m_licenceId = licence.id;
    addAsset(QStringLiteral("SN-000001"));
    addAsset(QStringLiteral("SN-000002"));
}

void TestLicenceWidget::cleanup()
{
    m_test.reset();
}

qint64 TestLicenceWidget::addAsset(const QString &inventoryNo)
{
    AssetRepository assets(m_test->database(), ChangeContext { QStringLiteral("setup"), 0 });
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
    asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    QString error;
    if (!assets.insert(asset, &error))
        qWarning("%s", qPrintable(error));
    return asset.id;
}

void TestLicenceWidget::listShowsMaskedKeyAndShowKeyRecordsReveal()
{
    LicenceWidget widget(m_test->database());
    widget.show();
    QCOMPARE(widget.tableModel()->rowCount(), 1);
    QCOMPARE(widget.tableModel()->index(0, LicenceTableModel::LicenceKey).data().toString(),
             QStringLiteral("•••••-338WB"));
    child<QTableView>(widget, QStringLiteral("licenceTable"))->selectRow(0);
    QCOMPARE(widget.editor()->licenceId(), m_licenceId);

    auto *keyEdit = child<QLineEdit>(widget, QStringLiteral("keyEdit"));
    QVERIFY(keyEdit);
    QCOMPARE(keyEdit->text(), QStringLiteral("•••••-338WB"));
    QVERIFY(keyEdit->isReadOnly());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE action = 'reveal'")).toInt(),
             0);

    QTest::mouseClick(child<QPushButton>(widget, QStringLiteral("showKeyButton")), Qt::LeftButton);
    QCOMPARE(keyEdit->text(), secretKey);
    QVERIFY(!keyEdit->isReadOnly());
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE action = 'reveal' AND entity = "
                                         "'licence'"))
                 .toInt(),
             1);
    // The History tab shows the showing at once.
    QCOMPARE(widget.historyModel()->index(0, LicenceHistoryModel::Action).data().toString(),
             QStringLiteral("Key shown"));
    QCOMPARE(widget.historyModel()->index(0, LicenceHistoryModel::Who).data().toString(),
             m_test->database().userName());
}

void TestLicenceWidget::assignAndUnassignThroughTheWidget()
{
    LicenceWidget widget(m_test->database());
    widget.show();
    child<QTableView>(widget, QStringLiteral("licenceTable"))->selectRow(0);
    auto *code = child<QLineEdit>(widget, QStringLiteral("assetCodeEdit"));
    auto *assign = child<QPushButton>(widget, QStringLiteral("assignButton"));
    auto *warning = child<QLabel>(widget, QStringLiteral("overDeploymentWarning"));
    QVERIFY(code && assign && warning);
    LicenceAssignmentModel *assignments = widget.seatsPanel()->assignmentModel();
    QCOMPARE(assignments->rowCount(), 0);

    // The one seat: within the allocation, no warning. Identifiers are normalised.
    code->setText(QStringLiteral("sn-000001"));
    QTest::mouseClick(assign, Qt::LeftButton);
    QCOMPARE(assignments->rowCount(), 1);
    QVERIFY(warning->isHidden());
    QCOMPARE(widget.tableModel()->index(0, LicenceTableModel::Assigned).data().toInt(), 1);

    // A second device on a one-seat licence: assigned, but the warning shows.
    code->setText(QStringLiteral("SN-000002"));
    QTest::mouseClick(assign, Qt::LeftButton);
    QCOMPARE(assignments->rowCount(), 2);
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("over-deployed")), qPrintable(warning->text()));
    QCOMPARE(widget.tableModel()->index(0, LicenceTableModel::Assigned).data().toInt(), 2);
    QCOMPARE(widget.editor()->licenceId(), m_licenceId);

    // Freeing one seat ends the over-deployment.
    auto *view = child<QTableView>(widget, QStringLiteral("assignmentView"));
    view->selectRow(1);
    QTest::mouseClick(child<QPushButton>(widget, QStringLiteral("unassignButton")), Qt::LeftButton);
    QCOMPARE(assignments->rowCount(), 1);
    QCOMPARE(assignments->index(0, LicenceAssignmentModel::Holder).data().toString(),
             QStringLiteral("SN-000001"));
    QVERIFY(warning->isHidden());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence_assignment")).toInt(), 1);
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'licence' AND field = "
                                         "'assignment' AND action = 'update'"))
                 .toInt(),
             3);
}

void TestLicenceWidget::unknownDeviceIsReported()
{
    LicenceWidget widget(m_test->database());
    widget.show();
    child<QTableView>(widget, QStringLiteral("licenceTable"))->selectRow(0);
    child<QLineEdit>(widget, QStringLiteral("assetCodeEdit"))->setText(QStringLiteral("NOPE-42"));
    QTest::mouseClick(child<QPushButton>(widget, QStringLiteral("assignButton")), Qt::LeftButton);
    QCOMPARE(widget.seatsPanel()->assignmentModel()->rowCount(), 0);
    QVERIFY(!child<QLabel>(widget, QStringLiteral("licenceMessage"))->text().isEmpty());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM licence_assignment")).toInt(), 0);
}

void TestLicenceWidget::complianceWidgetShowsRowsAndTotals()
{
    LicenceRepository repository(m_test->database(), ChangeContext { QStringLiteral("setup"), 0 });
    QString error;
    QVERIFY(repository.assignToAsset(m_licenceId, m_test->authorityId(QStringLiteral("SN")), 1, &error));
    QVERIFY(repository.assignToAsset(m_licenceId, m_test->authorityId(QStringLiteral("SN")), 2, &error));
    ComplianceWidget widget(m_test->database());
    widget.show();
    QCOMPARE(widget.model()->rowCount(), 1);
    QCOMPARE(widget.model()->index(0, ComplianceModel::OverDeployed).data().toInt(), 1);
    auto *totals = child<QTableWidget>(widget, QStringLiteral("complianceTotals"));
    QCOMPARE(totals->rowCount(), 3);
    QVERIFY(child<QLabel>(widget, QStringLiteral("complianceSummary"))
                ->text()
                .contains(QStringLiteral("1 over")));
}

QTEST_MAIN(TestLicenceWidget)
#include "tst_licencewidget.moc"
