#include "billing/billingcalculator.h"
#include "billing/billingperiod.h"
#include "billing/billingrateeditdialog.h"
#include "billing/billingratesdialog.h"
#include "billing/billingratetablemodel.h"
#include "billing/billingrunstore.h"
#include "common/referencecombobox.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

// The rates window as finance uses it: a new rate typed in euros is kept in whole
// cents with its history, an edit is recorded as old and new value, a change that
// would alter a closed billing run is refused with the reason, and the list goes out
// and back in as CSV.
class TestBillingRatesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newRateIsSavedInCentsWithItsHistory();
    void editIsRecordedAsOldAndNewValue();
    void changeOfAClosedPeriodIsRefusedWithTheReason();
    void csvGoesOutAndBackIn();

private:
    // Fills the edit dialog that the next modal loop shows, then presses OK.
    void answerEditDialog(const QString &category, double euros, const QDate &validFrom);
    qint64 historyCount(const QString &action);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<BillingRatesDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBillingRatesDialog::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_dialog = std::make_unique<BillingRatesDialog>(m_test->database());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QCOMPARE(m_dialog->model()->rowCount(), 0);
}

void TestBillingRatesDialog::cleanup()
{
    m_tester.reset();
    m_dialog.reset();
    m_test.reset();
}

void TestBillingRatesDialog::answerEditDialog(const QString &category, double euros, const QDate &validFrom)
{
    QTimer::singleShot(0, this, [category, euros, validFrom] {
        auto *dialog = qobject_cast<BillingRateEditDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (!category.isEmpty()) {
            auto *categories = dialog->findChild<ReferenceComboBox *>(QStringLiteral("category"));
            categories->setCurrentIndex(categories->findText(category));
        }
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("monthly"))->setValue(euros);
        dialog->findChild<QDateEdit *>(QStringLiteral("validFrom"))->setDate(validFrom);
        // A refused save opens the same dialog again: cancel it then. (After a save
        // the dialog is gone and the pointer empty.)
        const QPointer<BillingRateEditDialog> accepted(dialog);
        QTimer::singleShot(0, [accepted] {
            if (accepted && QApplication::activeModalWidget() == accepted)
                accepted->reject();
        });
        dialog->accept();
    });
}

qint64 TestBillingRatesDialog::historyCount(const QString &action)
{
    return m_test
        ->scalar(
            QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'billing_rate' AND action = '%1'")
                .arg(action))
        .toLongLong();
}

void TestBillingRatesDialog::newRateIsSavedInCentsWithItsHistory()
{
    answerEditDialog(QStringLiteral("Notebook"), 19.99, QDate(2026, 1, 1));
    m_dialog->newRate();
    QCOMPARE(m_dialog->model()->rowCount(), 1);
    const BillingRate rate = m_dialog->model()->rate(0);
    QCOMPARE(rate.subjectName, QStringLiteral("Notebook"));
    QCOMPARE(rate.monthlyCents, 1999);
    QCOMPARE(rate.validFrom, QDate(2026, 1, 1));
    QCOMPARE(rate.authorityId, 0);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT monthly_cents FROM billing_rate")).toLongLong(), 1999);
    QCOMPARE(historyCount(QStringLiteral("insert")), 1);
    // The new rate is the current row, ready for F2.
    QCOMPARE(m_dialog->view()->currentIndex().row(), 0);
}

void TestBillingRatesDialog::editIsRecordedAsOldAndNewValue()
{
    answerEditDialog(QStringLiteral("PC"), 25.00, QDate(2026, 1, 1));
    m_dialog->newRate();
    QCOMPARE(m_dialog->model()->rowCount(), 1);
    answerEditDialog(QString(), 27.50, QDate(2026, 1, 1));
    m_dialog->editCurrent();
    QCOMPARE(m_dialog->model()->rate(0).monthlyCents, 2750);
    QSqlQuery history(m_test->database().connection());
    QVERIFY(
        history.exec(QStringLiteral("SELECT old_value, new_value FROM history WHERE entity = 'billing_rate' "
                                    "AND action = 'update'")));
    QVERIFY(history.next());
    QCOMPARE(history.value(0).toString(), QStringLiteral("2500"));
    QCOMPARE(history.value(1).toString(), QStringLiteral("2750"));
    QVERIFY(!history.next());
}

void TestBillingRatesDialog::changeOfAClosedPeriodIsRefusedWithTheReason()
{
    answerEditDialog(QStringLiteral("PC"), 25.00, QDate(2026, 1, 1));
    m_dialog->newRate();
    QString error;
    const std::optional<BillingPeriod> march = BillingPeriod::parse(QStringLiteral("2026-03"), &error);
    QVERIFY(march);
    const std::optional<BillingResult> result =
        BillingCalculator(m_test->database()).run(*march, 0, {}, &error);
    QVERIFY2(result, qPrintable(error));
    BillingRunStore store(m_test->database(), ChangeContext { QStringLiteral("finance") });
    const std::optional<StoredBillingRun> run = store.saveOpen(*result, &error);
    QVERIFY2(run, qPrintable(error));
    QVERIFY2(store.close(run->id, &error), qPrintable(error));

    // March is closed: the January rate cannot change any more.
    answerEditDialog(QString(), 30.00, QDate(2026, 1, 1));
    m_dialog->editCurrent();
    QCOMPARE(m_dialog->model()->rate(0).monthlyCents, 2500);
    QVERIFY2(m_dialog->messageLabel()->text().contains(QStringLiteral("closed")),
             qPrintable(m_dialog->messageLabel()->text()));
    QCOMPARE(historyCount(QStringLiteral("update")), 0);
    // A new rate from April on is fine.
    answerEditDialog(QString(), 30.00, QDate(2026, 4, 1));
    m_dialog->newRate();
    QCOMPARE(m_dialog->model()->rowCount(), 2);
    QCOMPARE(m_dialog->model()->rate(1).monthlyCents, 3000);
}

void TestBillingRatesDialog::csvGoesOutAndBackIn()
{
    answerEditDialog(QStringLiteral("PC"), 25.00, QDate(2026, 1, 1));
    m_dialog->newRate();
    answerEditDialog(QStringLiteral("Monitor"), 4.10, QDate(2026, 2, 1));
    m_dialog->newRate();
    QCOMPARE(m_dialog->model()->rowCount(), 2);
    const QString path = m_test->folder() + QStringLiteral("/rates.csv");
    m_dialog->exportCsv(path);
    QVERIFY(QFile::exists(path));
    QVERIFY2(m_dialog->messageLabel()->text().contains(QStringLiteral("2")),
             qPrintable(m_dialog->messageLabel()->text()));

    m_dialog->view()->setCurrentIndex(
        m_dialog->model()->index(m_dialog->model()->rowOf(m_dialog->model()->rate(0).id), 0));
    const QString removed = m_dialog->model()->rate(0).subjectName;
    m_dialog->removeCurrent();
    QCOMPARE(m_dialog->model()->rowCount(), 1);
    QCOMPARE(historyCount(QStringLiteral("delete")), 1);

    m_dialog->importCsv(path);
    QCOMPARE(m_dialog->model()->rowCount(), 2);
    QVERIFY2(m_dialog->messageLabel()->text().contains(
                 QStringLiteral("2 rows: 1 created, 0 updated, 1 unchanged, 0 rejected")),
             qPrintable(m_dialog->messageLabel()->text()));
    QStringList subjects;
    for (int row = 0; row < m_dialog->model()->rowCount(); ++row)
        subjects.append(m_dialog->model()->rate(row).subjectName);
    QVERIFY(subjects.contains(removed));
}

QTEST_MAIN(TestBillingRatesDialog)
#include "tst_billingratesdialog.moc"
