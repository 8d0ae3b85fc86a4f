#include "licences/licenceseatspanel.h"

#include "assets/assetlookup.h"
#include "common/referencecombobox.h"
#include "common/scanfield.h"
#include "licences/licenceassignmentmodel.h"
#include "licences/licencerepository.h"
#include "masterdata/masterdatarepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum AllocationColumn { AuthorityColumn, SeatsColumn };
} // namespace

LicenceSeatsPanel::LicenceSeatsPanel(Database &database, LicenceRepository &repository,
                                     MasterDataRepository &masterData, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_masterData(masterData)
    , m_lookup(std::make_unique<AssetLookup>(database))
    , m_allocations(new QTableWidget(0, 2, this))
    , m_saveAllocations(new QPushButton(tr("Save allocations"), this))
    , m_assignments(new LicenceAssignmentModel(database, this))
    , m_assignmentView(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_assetCode(new ScanField(this))
    , m_person(new ReferenceComboBox(masterData, MasterDataKind::Person, tr("Person"), this))
    , m_usingAuthority(new ReferenceComboBox(masterData, MasterDataKind::Authority, tr("Used by"), this))
    , m_assign(new QPushButton(tr("Assign"), this))
    , m_unassign(new QPushButton(tr("Unassign"), this))
    , m_usage(new QLabel(this))
    , m_warning(new QLabel(this))
{
    m_allocations->setObjectName(QStringLiteral("allocationTable"));
    m_saveAllocations->setObjectName(QStringLiteral("saveAllocationsButton"));
    m_assignmentView->setObjectName(QStringLiteral("assignmentView"));
    m_kind->setObjectName(QStringLiteral("assignKindCombo"));
    m_assetCode->setObjectName(QStringLiteral("assetCodeEdit"));
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_usingAuthority->setObjectName(QStringLiteral("usingAuthorityCombo"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_unassign->setObjectName(QStringLiteral("unassignButton"));
    m_usage->setObjectName(QStringLiteral("seatUsageLabel"));
    m_warning->setObjectName(QStringLiteral("overDeploymentWarning"));

    m_allocations->setHorizontalHeaderLabels({ tr("Authority"), tr("Seats") });
    m_allocations->horizontalHeader()->setStretchLastSection(true);
    m_allocations->verticalHeader()->hide();
    m_allocations->setMaximumHeight(130);
    m_allocations->setToolTip(
        tr("Seats each authority may use. Without any allocation the owner uses all seats."));

    m_assignmentView->setModel(m_assignments);
    m_assignmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assignmentView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_assignmentView->horizontalHeader()->setStretchLastSection(true);
    m_assignmentView->verticalHeader()->hide();

    m_kind->addItem(tr("Device"));
    m_kind->addItem(tr("Person"));
    m_assetCode->setPlaceholderText(tr("Inventory no., serial, MAC or host name"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_warning->hide();

    auto *allocationBox = new QGroupBox(tr("Allocations"), this);
    auto *allocationLayout = new QVBoxLayout(allocationBox);
    allocationLayout->addWidget(m_allocations);
    allocationLayout->addWidget(m_saveAllocations, 0, Qt::AlignRight);

    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_kind);
    assignRow->addWidget(m_assetCode, 1);
    assignRow->addWidget(m_person, 1);
    assignRow->addWidget(m_usingAuthority);
    assignRow->addWidget(m_assign);
    auto *assignmentBox = new QGroupBox(tr("Seats in use"), this);
    auto *assignmentLayout = new QVBoxLayout(assignmentBox);
    assignmentLayout->addWidget(m_assignmentView, 1);
    assignmentLayout->addLayout(assignRow);
    assignmentLayout->addWidget(m_unassign, 0, Qt::AlignRight);
    assignmentLayout->addWidget(m_usage);
    assignmentLayout->addWidget(m_warning);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(allocationBox);
    layout->addWidget(assignmentBox, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LicenceSeatsPanel::updateKindFields);
    connect(m_assetCode, &ScanField::codeScanned, this, &LicenceSeatsPanel::assign);
    connect(m_assign, &QPushButton::clicked, this, &LicenceSeatsPanel::assign);
    connect(m_unassign, &QPushButton::clicked, this, &LicenceSeatsPanel::unassignSelected);
    connect(m_saveAllocations, &QPushButton::clicked, this, &LicenceSeatsPanel::saveAllocations);
    connect(m_usingAuthority, &ReferenceComboBox::currentIdChanged, this, &LicenceSeatsPanel::showUsage);
    updateKindFields();
    setLicence(0);
}

LicenceSeatsPanel::~LicenceSeatsPanel() = default;

void LicenceSeatsPanel::setLicence(qint64 licenceId)
{
    m_licenceId = licenceId;
    m_warning->hide();
    m_warning->clear();
    setEnabled(licenceId > 0);
    m_assignments->setLicence(licenceId);
    loadAllocations();
    if (licenceId > 0) {
        QString error;
        const std::optional<Licence> licence = m_repository.find(licenceId, &error);
        if (licence) {
            // Per-user licences are assigned to people, everything else usually to devices.
            m_kind->setCurrentIndex(licence->metric == LicenceMetric::User ? 1 : 0);
            m_usingAuthority->setCurrentId(licence->ownerAuthorityId);
        }
    }
    showUsage();
}

void LicenceSeatsPanel::updateKindFields()
{
    const bool device = m_kind->currentIndex() == 0;
    m_assetCode->setVisible(device);
    m_person->setVisible(!device);
}

void LicenceSeatsPanel::loadAllocations()
{
    m_allocations->setRowCount(0);
    if (m_licenceId <= 0)
        return;
    QString error;
    const QList<MasterDataRecord> authorities = m_masterData.list(MasterDataKind::Authority, &error);
    const QList<LicenceAllocation> allocations = m_repository.allocations(m_licenceId, &error);
    m_allocations->setRowCount(int(authorities.size()));
    for (int row = 0; row < authorities.size(); ++row) {
        auto *item = new QTableWidgetItem(authorities.at(row).label());
        item->setData(Qt::UserRole, authorities.at(row).id);
        item->setFlags(Qt::ItemIsEnabled);
        m_allocations->setItem(row, AuthorityColumn, item);
        auto *seats = new QSpinBox(m_allocations);
        seats->setRange(0, 10000000);
        for (const LicenceAllocation &allocation : allocations) {
            if (allocation.authorityId == authorities.at(row).id)
                seats->setValue(allocation.seats);
        }
        m_allocations->setCellWidget(row, SeatsColumn, seats);
    }
}

void LicenceSeatsPanel::saveAllocations()
{
    QHash<qint64, int> seats;
    for (int row = 0; row < m_allocations->rowCount(); ++row) {
        const auto *spin = qobject_cast<QSpinBox *>(m_allocations->cellWidget(row, SeatsColumn));
        if (spin && spin->value() > 0)
            seats.insert(m_allocations->item(row, AuthorityColumn)->data(Qt::UserRole).toLongLong(),
                         spin->value());
    }
    QString error;
    if (!m_repository.setAllocations(m_licenceId, seats, &error)) {
        emit message(error, true);
        return;
    }
    showUsage();
    emit message(tr("Allocations saved."), false);
    emit seatsChanged(m_licenceId);
}

void LicenceSeatsPanel::assign()
{
    if (m_licenceId <= 0)
        return;
    const qint64 authority = m_usingAuthority->currentId();
    if (authority <= 0) {
        emit message(tr("Choose the authority that uses the seat."), true);
        return;
    }
    QString error;
    std::optional<SeatOutcome> outcome;
    if (m_kind->currentIndex() == 0) {
        const QString code = m_assetCode->text().trimmed();
        const QList<qint64> ids = m_lookup->find(code, &error);
        m_assetCode->showResult(ids.size() == 1);
        if (ids.size() != 1) {
            emit message(error.isEmpty() ? AssetLookup::noMatchMessage(code, int(ids.size())) : error, true);
            return;
        }
        outcome = m_repository.assignToAsset(m_licenceId, authority, ids.first(), &error);
    } else {
        if (m_person->currentId() <= 0) {
            emit message(tr("Choose the person who uses the seat."), true);
            return;
        }
        outcome = m_repository.assignToPerson(m_licenceId, authority, m_person->currentId(), &error);
    }
    if (!outcome) {
        emit message(error, true);
        return;
    }
    m_assignments->refresh();
    showUsage();
    if (outcome->overDeployed) {
        m_warning->setText(outcome->warning);
        m_warning->show();
    }
    emit message(tr("Seat assigned."), false);
    emit seatsChanged(m_licenceId);
}

void LicenceSeatsPanel::unassignSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_assignmentView->selectionModel()->selectedRows())
        ids.append(m_assignments->assignmentId(index.row()));
    if (ids.isEmpty()) {
        emit message(tr("Select the seats to free first."), true);
        return;
    }
    QString error;
    for (qint64 id : ids) {
        if (!m_repository.unassign(id, &error)) {
            emit message(error, true);
            break;
        }
    }
    m_assignments->refresh();
    showUsage();
    emit message(tr("%n seat(s) freed.", nullptr, int(ids.size())), false);
    emit seatsChanged(m_licenceId);
}

void LicenceSeatsPanel::showUsage()
{
    const qint64 authority = m_usingAuthority->currentId();
    int allocated = 0;
    int assigned = 0;
    QString error;
    if (m_licenceId <= 0 || authority <= 0
        || !m_repository.seatUsage(m_licenceId, authority, &allocated, &assigned, &error)) {
        m_usage->clear();
        return;
    }
    if (allocated < 0) {
        m_usage->setText(
            tr("%1 uses %2 seats of a site licence.").arg(m_usingAuthority->currentText()).arg(assigned));
        m_warning->hide();
        return;
    }
    m_usage->setText(tr("%1 uses %2 of %3 seats allocated to it.")
                         .arg(m_usingAuthority->currentText())
                         .arg(assigned)
                         .arg(allocated));
    if (assigned > allocated) {
        m_warning->setText(tr("Over-deployed: %1 uses %2 seats more than allocated to it.")
                               .arg(m_usingAuthority->currentText())
                               .arg(assigned - allocated));
        m_warning->show();
    } else {
        m_warning->clear();
        m_warning->hide();
    }
}

void LicenceSeatsPanel::setReadOnly(bool readOnly)
{
    for (QPushButton *button : { m_assign, m_unassign, m_saveAllocations })
        button->setEnabled(!readOnly);
}
