#pragma once

#include <QDialog>
#include <QPointer>

#include <optional>

#include "billing/bookvaluecalculator.h"

class Database;
class MasterDataRepository;
class QDateEdit;
class QLabel;
class QTableWidget;
class QThread;
class ReferenceComboBox;

// What the inventory is worth at a reporting date: acquisition value, accumulated
// depreciation and book value per owning authority and category, the low-value
// items apart, worked out by BookValueCalculator in a worker thread (the same
// figures as `bestand report book-values`).
class BookValuesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BookValuesDialog(Database &database, QWidget *parent = nullptr);
    ~BookValuesDialog() override;

    QDateEdit *dateEdit() const { return m_date; }
    ReferenceComboBox *authorityBox() const { return m_authority; }
    QTableWidget *valueTable() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isBusy() const { return m_worker != nullptr; }
    const std::optional<BookValueCalculator::Report> &report() const { return m_report; }

    void calculate();

private:
    void showReport();

    Database &m_database;
    std::unique_ptr<MasterDataRepository> m_masterData;
    QDateEdit *m_date;
    ReferenceComboBox *m_authority;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPointer<QThread> m_worker;
    std::optional<BookValueCalculator::Report> m_report;
};
