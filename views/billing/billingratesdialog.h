#pragma once

#include <QDialog>

#include <memory>

#include "billing/billingrate.h"

class BillingRateTableModel;
class Database;
class MasterDataRepository;
class QLabel;
class QPushButton;
class QTableView;

// The rates KSM bills the authorities with, as finance keeps them: a list with new,
// edit and delete, and the same list in and out as CSV. Every change goes through
// BillingRateRepository, so it is in the history, and a change that would alter a
// closed billing run is refused with the reason.
class BillingRatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BillingRatesDialog(Database &database, QWidget *parent = nullptr);
    ~BillingRatesDialog() override;

    BillingRateTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }

    void newRate();
    void editCurrent();
    void removeCurrent();
    void importCsv(const QString &path);
    void exportCsv(const QString &path);

private:
    void reload(qint64 selectRateId = 0);
    void showMessage(const QString &text, bool isError);
    // The dialog's edit, saved; false (and the reason shown) when refused.
    bool save(const BillingRate &rate);

    Database &m_database;
    std::unique_ptr<MasterDataRepository> m_masterData;
    BillingRateTableModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
