#include "licences/licenceassignmentmodel.h"

#include "assets/assetstatus.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

LicenceAssignmentModel::LicenceAssignmentModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

int LicenceAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LicenceAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenceAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Holder:
        return tr("Held by");
    case Kind:
        return tr("Kind");
    case UsingAuthority:
        return tr("Used by");
    case AssetStatus:
        return tr("Device status");
    case AssignedAt:
        return tr("Assigned");
    default:
        return {};
    }
}

QVariant LicenceAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const std::optional<::AssetStatus> status = AssetStatusText::fromCode(row.statusCode);
    const bool reclaimable = status == ::AssetStatus::Retired || status == ::AssetStatus::Missing;
    if (role == AssignmentIdRole)
        return row.id;
    if (role == ReclaimableRole)
        return reclaimable;
    if (role == Qt::ToolTipRole && reclaimable)
        return tr("This device is retired or missing: reclaim the seat.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Holder:
        return row.holder;
    case Kind:
        return row.device ? tr("Device") : tr("Person");
    case UsingAuthority:
        return row.authorityCode;
    case AssetStatus:
        if (!status)
            return QString();
        return reclaimable ? tr("%1 – reclaim").arg(AssetStatusText::displayName(*status))
                           : AssetStatusText::displayName(*status);
    case AssignedAt:
        return m_locale.toString(row.assignedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

void LicenceAssignmentModel::setLicence(qint64 licenceId)
{
    m_licenceId = licenceId;
    refresh();
}

qint64 LicenceAssignmentModel::assignmentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

bool LicenceAssignmentModel::refresh()
{
    QList<Row> rows;
    bool ok = true;
    if (m_licenceId > 0) {
        QSqlQuery query(m_database.connection());
        ok = Sql::prepare(
            query,
            QStringLiteral("SELECT la.id, la.asset_id, s.inventory_no, s.manufacturer, s.model, s.status, "
                           "p.name, au.code, la.assigned_at FROM licence_assignment la "
                           "JOIN authority au ON au.id = la.using_authority_id "
                           "LEFT JOIN asset s ON s.id = la.asset_id "
                           "LEFT JOIN person p ON p.id = la.person_id "
                           "WHERE la.licence_id = ? ORDER BY au.code, s.inventory_no, p.name, la.id"),
            &m_lastError);
        if (ok) {
            query.addBindValue(m_licenceId);
            ok = Sql::exec(query, &m_lastError);
        }
        while (ok && query.next()) {
            Row row;
            row.id = query.value(0).toLongLong();
            row.device = !query.value(1).isNull();
            if (row.device) {
                const QString model =
                    QStringList { query.value(3).toString(), query.value(4).toString() }.join(
                        QLatin1Char(' '));
                row.holder = model.trimmed().isEmpty()
                    ? query.value(2).toString()
                    : QStringLiteral("%1 (%2)").arg(query.value(2).toString(), model.trimmed());
                row.statusCode = query.value(5).toString();
            } else {
                row.holder = query.value(6).toString();
            }
            row.authorityCode = query.value(7).toString();
            row.assignedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
            rows.append(row);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!ok)
        emit errorOccurred(m_lastError);
    return ok;
}
