#pragma once

#include <QWidget>

#include <memory>

class AssetLookup;
class Database;
class LicenceAssignmentModel;
class LicenceRepository;
class MasterDataRepository;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class ReferenceComboBox;
class ScanField;

// Allocations and seat assignments of one licence. A device is found by any of
// its identifiers (typed or scanned); a person is picked from the list.
// Assigning past the allocation works but shows a warning that stays visible.
class LicenceSeatsPanel : public QWidget
{
    Q_OBJECT

public:
    LicenceSeatsPanel(Database &database, LicenceRepository &repository, MasterDataRepository &masterData,
                      QWidget *parent = nullptr);
    ~LicenceSeatsPanel() override;

    void setLicence(qint64 licenceId);
    LicenceAssignmentModel *assignmentModel() const { return m_assignments; }

    void assign();
    void unassignSelected();
    void saveAllocations();
    // For a login that may not change licences: seats show, nothing is assigned.
    void setReadOnly(bool readOnly);

signals:
    void seatsChanged(qint64 licenceId);
    void message(const QString &text, bool isError);

private:
    void loadAllocations();
    void updateKindFields();
    void showUsage();

    LicenceRepository &m_repository;
    MasterDataRepository &m_masterData;
    std::unique_ptr<AssetLookup> m_lookup;
    qint64 m_licenceId = 0;
    QTableWidget *m_allocations;
    QPushButton *m_saveAllocations;
    LicenceAssignmentModel *m_assignments;
    QTableView *m_assignmentView;
    QComboBox *m_kind;
    ScanField *m_assetCode;
    ReferenceComboBox *m_person;
    ReferenceComboBox *m_usingAuthority;
    QPushButton *m_assign;
    QPushButton *m_unassign;
    QLabel *m_usage;
    QLabel *m_warning;
};
