#pragma once

#include <QWidget>

#include <memory>

class ComplianceModel;
class Database;
class MasterDataRepository;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class ReferenceComboBox;

// Licence compliance as a screen: one row per licence and using authority with
// problems marked, and the per-authority totals that billing starts from.
class ComplianceWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ComplianceWidget(Database &database, QWidget *parent = nullptr);
    ~ComplianceWidget() override;

    ComplianceModel *model() const { return m_model; }

    // Recalculates (after licence or seat changes).
    void refresh();

private:
    void showTotals();

    Database &m_database;
    std::unique_ptr<MasterDataRepository> m_masterData;
    ComplianceModel *m_model;
    QDateEdit *m_date;
    ReferenceComboBox *m_authority;
    QPushButton *m_refresh;
    QTableView *m_table;
    QTableWidget *m_totals;
    QLabel *m_summary;
};
