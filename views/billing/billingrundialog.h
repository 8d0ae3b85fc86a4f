#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

#include "billing/billingrunner.h"

class Database;
class MasterDataRepository;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QThread;
class ReferenceComboBox;

// Billing the authorities from the window: a period and one or all authorities,
// billed in a worker thread by the same BillingRunner as `bestand billing`; the
// totals per authority and subject, what changed since the run kept before, the
// statements as PDF and the totals as CSV for the finance system, and closing the
// period once it is final.
class BillingRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BillingRunDialog(Database &database, QWidget *parent = nullptr);
    ~BillingRunDialog() override;

    QLineEdit *periodEdit() const { return m_period; }
    ReferenceComboBox *authorityBox() const { return m_authority; }
    QTableWidget *totalsTable() const { return m_totals; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isBusy() const { return m_worker != nullptr; }
    const std::optional<BillingRunner::Outcome> &outcome() const { return m_outcome; }

    // Bills the period in the worker; closeAfterwards makes the run final.
    void bill(bool closeAfterwards = false);
    bool savePdf(const QString &path);
    bool saveCsv(const QString &path);

private:
    void showOutcome();
    void showError(const QString &text);

    Database &m_database;
    std::unique_ptr<MasterDataRepository> m_masterData;
    QLineEdit *m_period;
    ReferenceComboBox *m_authority;
    QPushButton *m_billButton;
    QPushButton *m_closeButton;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    QTableWidget *m_totals;
    QLabel *m_summary;
    QPointer<QThread> m_worker;
    std::optional<BillingRunner::Outcome> m_outcome;
};
