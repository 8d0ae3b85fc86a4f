#pragma once

#include <QWidget>

#include <memory>

class Database;
class LicenceDetailEditor;
class LicenceHistoryModel;
class LicenceRepository;
class LicenceSeatsPanel;
class LicenceTableModel;
class MasterDataRepository;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class ReferenceComboBox;
class SearchField;

// The licences screen, meant as a tab of the main window: the licence list with
// search and filters, and for the selected licence its form (key hidden until
// "Show key"), its allocations and the seats in use.
class LicenceWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LicenceWidget(Database &database, QWidget *parent = nullptr);
    ~LicenceWidget() override;

    LicenceTableModel *tableModel() const { return m_model; }
    LicenceDetailEditor *editor() const { return m_editor; }
    LicenceSeatsPanel *seatsPanel() const { return m_seats; }
    LicenceHistoryModel *historyModel() const { return m_history; }

    // Shows the licence (clearing filters that hide it).
    void selectLicence(qint64 licenceId);
    void refresh();

signals:
    // Seats or licences changed: a compliance view may want to recalculate.
    void licencesChanged();

private:
    void onCurrentRowChanged();
    void newLicence();
    void deleteLicence();
    void exportList();
    void reloadHistory();
    void showMessage(const QString &text, bool isError);

    std::unique_ptr<MasterDataRepository> m_masterData;
    std::unique_ptr<LicenceRepository> m_repository;
    LicenceTableModel *m_model;
    SearchField *m_search;
    ReferenceComboBox *m_ownerFilter;
    QComboBox *m_typeFilter;
    QTableView *m_table;
    bool m_editable = false;
    QPushButton *m_new;
    QPushButton *m_delete;
    QPushButton *m_export;
    LicenceDetailEditor *m_editor;
    LicenceSeatsPanel *m_seats;
    LicenceHistoryModel *m_history;
    QLabel *m_message;
};
