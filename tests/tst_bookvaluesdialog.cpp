#include "billing/bookvaluesdialog.h"
#include "billing/replacementsdialog.h"
#include "common/referencecombobox.h"
#include "tabletext.h"
#include "testsupport.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

// The book values window as KSM's management reads it, on 31 December 2026 for the
// district's devices, worked out by hand: a PC bought 15 March 2026 for 1,200.00 €,
// 10 of its 36 months written off (1,200.00 × 10 / 36 = 333.33), 866.67 left; a PC
// of 2020 for 900.00 €, written off in full; a notebook for 500.00 €, below the
// low-value threshold of 800.00 €, listed apart and written off when bought. The
// city's PC does not count.
class TestBookValuesDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheDistrictsBookValues();
    void plansTheReplacementsOfAYear();

private:
    void add(const QString &number, const QString &category, const QString &owner, const QDate &bought,
             qint64 cents);

    std::unique_ptr<TestDatabase> m_test;
};

void TestBookValuesDialog::add(const QString &number, const QString &category, const QString &owner,
                               const QDate &bought, qint64 cents)
{
    Asset asset;
    asset.inventoryNo = number;
    asset.categoryId = m_test->categoryId(category);
    asset.ownerAuthorityId = m_test->authorityId(owner);
    asset.purchaseDate = bought;
    asset.purchasePriceCents = cents;
    m_test->insertAsset(asset);
}

void TestBookValuesDialog::showsTheDistrictsBookValues()
{
    m_test = std::make_unique<TestDatabase>();
    add(QStringLiteral("B1"), QStringLiteral("PC"), QStringLiteral("LUP"), QDate(2026, 3, 15), 120000);
    add(QStringLiteral("B2"), QStringLiteral("PC"), QStringLiteral("LUP"), QDate(2020, 1, 10), 90000);
    add(QStringLiteral("B3"), QStringLiteral("Notebook"), QStringLiteral("LUP"), QDate(2026, 6, 1), 50000);
    add(QStringLiteral("C1"), QStringLiteral("PC"), QStringLiteral("SN"), QDate(2026, 3, 15), 120000);

    BookValuesDialog dialog(m_test->database());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.dateEdit()->setDate(QDate(2026, 12, 31));
    dialog.authorityBox()->setCurrentId(m_test->authorityId(QStringLiteral("LUP")));
    dialog.calculate();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QVERIFY2(dialog.report(), qPrintable(dialog.summaryLabel()->text()));

    const QStringList rows = tableText(dialog.valueTable());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1), QStringLiteral("LUP|PC|2|2,100.00 €|1,233.33 €|866.67 €"));
    QVERIFY2(rows.at(2).startsWith(QStringLiteral("Low-value items up to 800.00 €")), qPrintable(rows.at(2)));
    QCOMPARE(rows.at(3), QStringLiteral("LUP|Notebook|1|500.00 €|500.00 €|0.00 €"));
    QVERIFY2(dialog.summaryLabel()->text().contains(
                 QStringLiteral("acquisition value 2,600.00 €, book value 866.67 €")),
             qPrintable(dialog.summaryLabel()->text()));
}

// The same devices in 2029: the PC of March 2026 reaches the end of its 36 months
// (February 2029); the notebook of June 2026 too (May 2029); the 2020 PC long before.
void TestBookValuesDialog::plansTheReplacementsOfAYear()
{
    m_test = std::make_unique<TestDatabase>();
    add(QStringLiteral("B1"), QStringLiteral("PC"), QStringLiteral("LUP"), QDate(2026, 3, 15), 120000);
    add(QStringLiteral("B2"), QStringLiteral("PC"), QStringLiteral("LUP"), QDate(2020, 1, 10), 90000);
    add(QStringLiteral("B3"), QStringLiteral("Notebook"), QStringLiteral("LUP"), QDate(2026, 6, 1), 50000);
    ReplacementsDialog dialog(m_test->database());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.periodEdit()->setText(QStringLiteral("2029"));
    dialog.plan();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QStringList rows = tableText(dialog.groupTable());
    rows.sort();
    QCOMPARE(rows,
             (QStringList { QStringLiteral("LUP|Notebook|1|1|0|500.00 €"),
                            QStringLiteral("LUP|PC|1|1|0|1,200.00 €") }));
    QVERIFY2(
        dialog.summaryLabel()->text().contains(QStringLiteral("2 devices to replace, bought for 1,700.00 €")),
        qPrintable(dialog.summaryLabel()->text()));
}

QTEST_MAIN(TestBookValuesDialog)
#include "tst_bookvaluesdialog.moc"
