#include "billing/billingraterepository.h"
#include "billing/billingrundialog.h"
#include "common/referencecombobox.h"
#include "tabletext.h"
#include "testsupport.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

// Billing from the window, as a controller does it: November 2026 for two devices
// worked out by hand (a PC at 30.00 € for the whole month, a notebook at 45.00 €
// from 16 November: 45.00 × 15 / 30 = 22.50 €), the totals on screen, the CSV for
// finance, closing the period, and billing it again gives the closed run.
class TestBillingRunDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void billsAMonthAndClosesIt();
    void badPeriodIsExplained();

private:
    QStringList tableRows() const;
    void waitUntilDone();

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<BillingRunDialog> m_dialog;
};

void TestBillingRunDialog::init()
{
    m_test = std::make_unique<TestDatabase>();
    BillingRateRepository rates(m_test->database(), ChangeContext { QStringLiteral("finance") });
    QString error;
    for (const auto &[category, cents] : { std::pair { "PC", 3000 }, std::pair { "Notebook", 4500 } }) {
        BillingRate rate;
        rate.categoryId = m_test->categoryId(QString::fromLatin1(category));
        rate.validFrom = QDate(2026, 1, 1);
        rate.monthlyCents = cents;
        QVERIFY2(rates.insert(rate, &error), qPrintable(error));
    }
    Asset pc;
    pc.inventoryNo = QStringLiteral("SN-PC-1");
    pc.categoryId = m_test->categoryId(QStringLiteral("PC"));
    pc.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    const qint64 pcId = m_test->insertAsset(pc);
    Asset notebook;
    notebook.inventoryNo = QStringLiteral("SN-NB-1");
    notebook.categoryId = m_test->categoryId(QStringLiteral("Notebook"));
    notebook.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    const qint64 notebookId = m_test->insertAsset(notebook);
    // In the inventory since January, and since 16 November (midday, Berlin).
    QVERIFY(m_test->exec(
        QStringLiteral("UPDATE asset SET created_at = '2026-01-05T09:00:00.000Z' WHERE id = %1").arg(pcId)));
    QVERIFY(
        m_test->exec(QStringLiteral("UPDATE asset SET created_at = '2026-11-16T11:00:00.000Z' WHERE id = %1")
                         .arg(notebookId)));
    m_dialog = std::make_unique<BillingRunDialog>(m_test->database());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestBillingRunDialog::cleanup()
{
    m_dialog.reset();
    m_test.reset();
}

void TestBillingRunDialog::waitUntilDone()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
}

QStringList TestBillingRunDialog::tableRows() const
{
    return tableText(m_dialog->totalsTable());
}

void TestBillingRunDialog::billsAMonthAndClosesIt()
{
    m_dialog->periodEdit()->setText(QStringLiteral("2026-11"));
    m_dialog->bill();
    waitUntilDone();
    QVERIFY2(m_dialog->outcome(), qPrintable(m_dialog->summaryLabel()->text()));
    QCOMPARE(m_dialog->outcome()->result.totalCents, 3000 + 2250);
    const QStringList rows = tableRows();
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(0).startsWith(QStringLiteral("SN|")) && rows.at(0).contains(QStringLiteral("Notebook"))
                 && rows.at(0).endsWith(QStringLiteral("22.50 €")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows.at(1).contains(QStringLiteral("PC")) && rows.at(1).endsWith(QStringLiteral("30.00 €")),
             qPrintable(rows.at(1)));
    QVERIFY2(rows.at(2).endsWith(QStringLiteral("52.50 €")), qPrintable(rows.at(2)));
    QVERIFY2(m_dialog->summaryLabel()->text().contains(QStringLiteral("open")),
             qPrintable(m_dialog->summaryLabel()->text()));

    // The CSV for finance: German amounts, the same total.
    const QString csv = m_test->folder() + QStringLiteral("/billing.csv");
    QVERIFY(m_dialog->saveCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY2(content.contains(QStringLiteral("22,50")) && content.contains(QStringLiteral("30,00")),
             qPrintable(content));
    QVERIFY(m_dialog->savePdf(m_test->folder() + QStringLiteral("/billing.pdf")));

    // Closing makes it final; billing it again shows the closed run.
    m_dialog->bill(true);
    waitUntilDone();
    QVERIFY(m_dialog->outcome() && m_dialog->outcome()->run.closed);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT status FROM billing_run")).toString(),
             QStringLiteral("closed"));
    m_dialog->bill();
    waitUntilDone();
    QVERIFY(m_dialog->outcome()->wasClosed);
    QCOMPARE(m_dialog->outcome()->result.totalCents, 5250);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM billing_run")).toInt(), 1);
}

void TestBillingRunDialog::badPeriodIsExplained()
{
    m_dialog->periodEdit()->setText(QStringLiteral("2026-Q5"));
    m_dialog->bill();
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(!m_dialog->outcome());
    QVERIFY(!m_dialog->summaryLabel()->text().isEmpty());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM billing_run")).toInt(), 0);
}

QTEST_MAIN(TestBillingRunDialog)
#include "tst_billingrundialog.moc"
