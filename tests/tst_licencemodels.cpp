#include "assets/assetrepository.h"
#include "licences/compliancecalculator.h"
#include "licences/compliancemodel.h"
#include "licences/licenceassignmentmodel.h"
#include "licences/licencecsvexporter.h"
#include "licences/licencehistorymodel.h"
#include "licences/licencerepository.h"
#include "licences/licencetablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

class TestLicenceModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableMasksKeys();
    void tableSortsInSql_data();
    void tableSortsInSql();
    void tableSearchesAndFilters_data();
    void tableSearchesAndFilters();
    void assignmentModelMarksReclaimableSeats();
    void complianceModelHasOneRowPerShare();
    void exportMasksKeys();
    void historyModelShowsRevealsAndSeats();

private:
    qint64 addLicence(const QString &product, const QString &vendor, int quantity, const QString &owner,
                      const QString &key, LicenceType type = LicenceType::Volume);
    QStringList column(const QAbstractItemModel &model, int column);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<LicenceRepository> m_repository;
};

void TestLicenceModels::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_repository =
        std::make_unique<LicenceRepository>(m_test->database(), ChangeContext { QStringLiteral("t"), 0 });
    addLicence(QStringLiteral("AutoCAD LT"), QStringLiteral("Autodesk"), 10, QStringLiteral("LUP"),
               QStringLiteral("6M9DV-G9HYB-FYTKM-JRQ6G-338WB"), LicenceType::Single);
    addLicence(QStringLiteral("Windows Server CAL 2019 (Device)"), QStringLiteral("Microsoft"), 250,
               QStringLiteral("KSM"), QStringLiteral("YH9C4-FRBD3-7JV3Q-7JXJF-746JW"));
    addLicence(QStringLiteral("OK.VORFAHRT 100%"), QStringLiteral("AKDB"), 35, QStringLiteral("SN"),
               QString(), LicenceType::Fachverfahren);
}

void TestLicenceModels::cleanup()
{
    m_repository.reset();
    m_test.reset();
}

qint64 TestLicenceModels::addLicence(const QString &product, const QString &vendor, int quantity,
                                     const QString &owner, const QString &key, LicenceType type)
{
    Licence licence;
    licence.product = product;
    licence.vendor = vendor;
    licence.quantity = quantity;
    licence.type = type;
    licence.licenceKey = key;
    licence.ownerAuthorityId = m_test->authorityId(owner);
    QString error;
    if (!m_repository->insert(licence, &error))
        qWarning("%s", qPrintable(error));
    return licence.id;
}

QStringList TestLicenceModels::column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void TestLicenceModels::tableMasksKeys()
{
    LicenceTableModel model(m_test->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(column(model, LicenceTableModel::LicenceKey),
             QStringList({ QStringLiteral("•••••-338WB"), QString(), QStringLiteral("•••••-746JW") }));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int col = 0; col < model.columnCount(); ++col) {
            for (int role : { int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole) }) {
                const QString text = model.index(row, col).data(role).toString();
                QVERIFY2(!text.contains(QStringLiteral("G9HYB")) && !text.contains(QStringLiteral("FRBD3")),
                         qPrintable(text));
            }
        }
    }
}

void TestLicenceModels::tableSortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("products");
    const QString autocad = QStringLiteral("AutoCAD LT");
    const QString windows = QStringLiteral("Windows Server CAL 2019 (Device)");
    const QString vorfahrt = QStringLiteral("OK.VORFAHRT 100%");
    QTest::newRow("product ascending") << int(LicenceTableModel::Product) << int(Qt::AscendingOrder)
                                       << QStringList { autocad, vorfahrt, windows };
    QTest::newRow("seats descending") << int(LicenceTableModel::Quantity) << int(Qt::DescendingOrder)
                                      << QStringList { windows, vorfahrt, autocad };
    QTest::newRow("owner ascending") << int(LicenceTableModel::Owner) << int(Qt::AscendingOrder)
                                     << QStringList { windows, autocad, vorfahrt };
}

void TestLicenceModels::tableSortsInSql()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, products);
    LicenceTableModel model(m_test->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(this->column(model, LicenceTableModel::Product), products);
}

void TestLicenceModels::tableSearchesAndFilters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("type");
    QTest::addColumn<QStringList>("products");
    QTest::newRow("vendor word") << QStringLiteral("microsoft") << QString() << -1
                                 << QStringList { QStringLiteral("Windows Server CAL 2019 (Device)") };
    QTest::newRow("two words") << QStringLiteral("auto lt") << QString() << -1
                               << QStringList { QStringLiteral("AutoCAD LT") };
    QTest::newRow("percent is literal")
        << QStringLiteral("100%") << QString() << -1 << QStringList { QStringLiteral("OK.VORFAHRT 100%") };
    QTest::newRow("underscore is literal") << QStringLiteral("_") << QString() << -1 << QStringList();
    QTest::newRow("key is not searchable") << QStringLiteral("G9HYB") << QString() << -1 << QStringList();
    QTest::newRow("owner") << QString() << QStringLiteral("KSM") << -1
                           << QStringList { QStringLiteral("Windows Server CAL 2019 (Device)") };
    QTest::newRow("type") << QString() << QString() << int(LicenceType::Fachverfahren)
                          << QStringList { QStringLiteral("OK.VORFAHRT 100%") };
}

void TestLicenceModels::tableSearchesAndFilters()
{
    QFETCH(QString, search);
    QFETCH(QString, owner);
    QFETCH(int, type);
    QFETCH(QStringList, products);
    LicenceTableModel model(m_test->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(search);
    if (!owner.isEmpty())
        model.setOwnerFilter(m_test->authorityId(owner));
    if (type >= 0)
        model.setTypeFilter(LicenceType(type));
    QCOMPARE(column(model, LicenceTableModel::Product), products);
    QVERIFY(model.lastError().isEmpty());
}

void TestLicenceModels::assignmentModelMarksReclaimableSeats()
{
    const qint64 licence =
        addLicence(QStringLiteral("Office"), QStringLiteral("Microsoft"), 5, QStringLiteral("SN"), QString());
    AssetRepository assets(m_test->database(), ChangeContext { QStringLiteral("t"), 0 });
    QString error;
    for (const auto &[number, status] : { std::pair { QStringLiteral("SN-1"), AssetStatus::InUse },
                                          std::pair { QStringLiteral("SN-2"), AssetStatus::Retired } }) {
        Asset asset;
        asset.inventoryNo = number;
        asset.manufacturer = QStringLiteral("Dell");
        asset.model = QStringLiteral("OptiPlex 7010");
        asset.status = status;
        asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
        asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
        QVERIFY(assets.insert(asset, &error));
        QVERIFY(m_repository->assignToAsset(licence, m_test->authorityId(QStringLiteral("SN")), asset.id,
                                            &error));
    }

    LicenceAssignmentModel model(m_test->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setLicence(licence);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, LicenceAssignmentModel::Holder).data().toString(),
             QStringLiteral("SN-1 (Dell OptiPlex 7010)"));
    QCOMPARE(model.index(0, LicenceAssignmentModel::Kind).data().toString(), QStringLiteral("Device"));
    QCOMPARE(model.index(0, LicenceAssignmentModel::UsingAuthority).data().toString(), QStringLiteral("SN"));
    QCOMPARE(model.index(0, 0).data(LicenceAssignmentModel::ReclaimableRole).toBool(), false);
    QCOMPARE(model.index(1, 0).data(LicenceAssignmentModel::ReclaimableRole).toBool(), true);
    QVERIFY(model.index(1, LicenceAssignmentModel::AssetStatus)
                .data()
                .toString()
                .contains(QStringLiteral("reclaim")));
    QVERIFY(m_repository->unassign(model.assignmentId(0), &error));
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    model.setLicence(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestLicenceModels::complianceModelHasOneRowPerShare()
{
    const qint64 pool = addLicence(QStringLiteral("Pool"), QString(), 10, QStringLiteral("KSM"), QString());
    QString error;
    QVERIFY(m_repository->setAllocations(pool,
                                         { { m_test->authorityId(QStringLiteral("SN")), 6 },
                                           { m_test->authorityId(QStringLiteral("LUP")), 4 } },
                                         &error));
    ComplianceCalculator calculator(m_test->database());
    const std::optional<ComplianceReport> report = calculator.calculate(&error);
    QVERIFY2(report, qPrintable(error));

    ComplianceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(*report);
    // Three unallocated licences (one row each, their owner) and the pool (two rows).
    QCOMPARE(model.rowCount(), 5);
    QStringList poolRows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ComplianceModel::LicenceIdRole).toLongLong() == pool)
            poolRows.append(
                QStringLiteral("%1:%2").arg(model.index(row, ComplianceModel::UsedBy).data().toString(),
                                            model.index(row, ComplianceModel::Free).data().toString()));
    }
    QCOMPARE(poolRows, QStringList({ QStringLiteral("LUP:4"), QStringLiteral("SN:6") }));
    model.setReport(ComplianceReport());
    QCOMPARE(model.rowCount(), 0);
}

void TestLicenceModels::exportMasksKeys()
{
    LicenceTableModel model(m_test->database());
    model.setSearchText(QStringLiteral("autocad"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(LicenceCsvExporter::write(model, &buffer, &error), qPrintable(error));
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(QStringLiteral("Licence key")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("AutoCAD LT;Autodesk;")));
    QVERIFY(lines.at(1).contains(QStringLiteral(";•••••-338WB;")));
    QVERIFY(!text.contains(QStringLiteral("G9HYB")));
    QVERIFY(!text.contains(QStringLiteral("6M9DV")));
}

void TestLicenceModels::historyModelShowsRevealsAndSeats()
{
    const qint64 licence = addLicence(QStringLiteral("Visio"), QStringLiteral("Microsoft"), 1,
                                      QStringLiteral("SN"), QStringLiteral("ABCDE-FGHIJ-KLMNO-PQRST-12345"));
    QString error;
    LicenceRepository bob(m_test->database(), ChangeContext { QStringLiteral("bob"), 0 });
    QVERIFY(bob.revealKey(licence, &error));
    QVERIFY(m_repository->setAllocation(licence, m_test->authorityId(QStringLiteral("LUP")), 1, &error));

    LicenceHistoryModel model(m_test->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(licence, &error));
    QCOMPARE(model.rowCount(), 3);
    // Newest first.
    QCOMPARE(model.index(0, LicenceHistoryModel::Field).data().toString(), QStringLiteral("Allocation LUP"));
    QCOMPARE(model.index(0, LicenceHistoryModel::NewValue).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(1, LicenceHistoryModel::Action).data().toString(), QStringLiteral("Key shown"));
    QCOMPARE(model.index(1, LicenceHistoryModel::Who).data().toString(), QStringLiteral("bob"));
    QCOMPARE(model.index(1, LicenceHistoryModel::Field).data().toString(), QStringLiteral("Licence key"));
    QVERIFY(!model.index(1, LicenceHistoryModel::When).data().toString().isEmpty());
    QCOMPARE(model.index(2, LicenceHistoryModel::Action).data().toString(), QStringLiteral("Created"));
    QVERIFY(
        !model.index(2, LicenceHistoryModel::NewValue).data().toString().contains(QStringLiteral("FGHIJ")));
    QVERIFY(model.load(0, &error));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestLicenceModels)
#include "tst_licencemodels.moc"
