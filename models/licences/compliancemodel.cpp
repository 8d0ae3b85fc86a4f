#include "licences/compliancemodel.h"

#include <QStringList>

ComplianceModel::ComplianceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ComplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product:
        return tr("Product");
    case Owner:
        return tr("Owner");
    case UsedBy:
        return tr("Used by");
    case Owned:
        return tr("Owned");
    case Allocated:
        return tr("Allocated");
    case Assigned:
        return tr("Assigned");
    case Free:
        return tr("Free");
    case OverDeployed:
        return tr("Over-deployed");
    case Reclaimable:
        return tr("To reclaim");
    case ValidUntil:
        return tr("Valid until");
    case YearlyCost:
        return tr("Yearly cost");
    case Remarks:
        return tr("Remarks");
    default:
        return {};
    }
}

void ComplianceModel::setReport(const ComplianceReport &report)
{
    beginResetModel();
    m_report = report;
    m_rows.clear();
    for (int licence = 0; licence < m_report.licences.size(); ++licence) {
        for (int share = 0; share < m_report.licences.at(licence).shares.size(); ++share)
            m_rows.append({ licence, share });
    }
    endResetModel();
}

QString ComplianceModel::remarks(const LicenceCompliance &licence, const AuthorityShare &share) const
{
    QStringList parts;
    if (share.overDeployed > 0)
        parts << tr("over-deployed by %1").arg(share.overDeployed);
    if (licence.overDeployed > 0)
        parts << tr("licence short of %1 seats").arg(licence.overDeployed);
    if (licence.expiredStillAssigned())
        parts << tr("expired, still assigned");
    if (licence.endsSoon)
        parts << tr("ends within %1 days").arg(m_report.warningDays);
    if (licence.maintenanceEndsSoon)
        parts
            << tr("maintenance ends %1").arg(m_locale.toString(licence.maintenanceEnd, QLocale::ShortFormat));
    if (share.reclaimable > 0)
        parts << tr("%1 seats to reclaim").arg(share.reclaimable);
    if (licence.servesOwner)
        parts << tr("unallocated, serves owner");
    if (licence.unlimited)
        parts << tr("site licence");
    return parts.join(QStringLiteral("; "));
}

QVariant ComplianceModel::displayValue(const LicenceCompliance &licence, const AuthorityShare &share,
                                       int column) const
{
    switch (column) {
    case Product:
        return licence.edition.isEmpty() ? licence.product
                                         : licence.product + QLatin1Char(' ') + licence.edition;
    case Owner:
        return licence.ownerCode;
    case UsedBy:
        return share.code;
    case Owned:
        return licence.owned;
    case Allocated:
        return share.allocated;
    case Assigned:
        return share.assigned;
    case Free:
        return share.free;
    case OverDeployed:
        return share.overDeployed;
    case Reclaimable:
        return share.reclaimable;
    case ValidUntil:
        return m_locale.toString(licence.validUntil, QLocale::ShortFormat);
    case YearlyCost:
        return m_locale.toString(share.yearlyCostCents / 100.0, 'f', 2);
    case Remarks:
        return remarks(licence, share);
    default:
        return {};
    }
}

QVariant ComplianceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const LicenceCompliance &licence = m_report.licences.at(row.licence);
    const AuthorityShare &share = licence.shares.at(row.share);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(licence, share, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Owned && index.column() <= Reclaimable)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == YearlyCost)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LicenceIdRole:
        return licence.licenceId;
    case ProblemRole:
        return share.overDeployed > 0 || licence.overDeployed > 0 || licence.expiredStillAssigned()
            || share.reclaimable > 0;
    default:
        return {};
    }
}
