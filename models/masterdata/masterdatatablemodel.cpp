#include "masterdata/masterdatatablemodel.h"

#include "masterdata/masterdatarepository.h"

MasterDataTableModel::MasterDataTableModel(Database &database, MasterDataKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_repository(std::make_unique<MasterDataRepository>(database))
{
    reload();
}

MasterDataTableModel::~MasterDataTableModel() = default;

QList<MasterDataTableModel::ColumnKind> MasterDataTableModel::columns() const
{
    switch (m_kind) {
    case MasterDataKind::Authority:
        return { ColumnKind::Code, ColumnKind::Name, ColumnKind::AuthorityKind };
    case MasterDataKind::OrgUnit:
        return { ColumnKind::Name, ColumnKind::Parent };
    case MasterDataKind::Site:
        return { ColumnKind::Name, ColumnKind::Address };
    case MasterDataKind::Room:
        return { ColumnKind::Name, ColumnKind::Parent };
    case MasterDataKind::Person:
        return { ColumnKind::Name, ColumnKind::Parent, ColumnKind::Anonymised };
    case MasterDataKind::Category:
        return { ColumnKind::Name, ColumnKind::AuditInterval };
    }
    return {};
}

QString MasterDataTableModel::authorityKindName(const QString &code)
{
    if (code == QLatin1String("city"))
        return tr("City");
    if (code == QLatin1String("district"))
        return tr("District");
    if (code == QLatin1String("municipality"))
        return tr("Municipality");
    if (code == QLatin1String("company"))
        return tr("Company");
    return tr("Other");
}

void MasterDataTableModel::setParentFilter(std::optional<qint64> parentId)
{
    m_parentFilter = parentId;
    reload();
}

bool MasterDataTableModel::reload(QString *error)
{
    QString message;
    QList<MasterDataRecord> records = m_repository->list(m_kind, &message, m_parentFilter);
    beginResetModel();
    m_records = records;
    endResetModel();
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    return true;
}

int MasterDataTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

int MasterDataTableModel::addRecord(QString *error)
{
    MasterDataRecord record;
    record.kind = m_kind;
    record.parentId = m_parentFilter.value_or(0);
    const QString base = tr("New %1").arg(MasterDataKinds::displayName(m_kind));
    // A free placeholder, so that adding never fails on a name that already exists.
    for (int attempt = 1; attempt < 1000; ++attempt) {
        record.name = attempt == 1 ? base : QStringLiteral("%1 %2").arg(base).arg(attempt);
        record.code = attempt == 1 ? QStringLiteral("NEU") : QStringLiteral("NEU%1").arg(attempt);
        bool taken = false;
        if (!m_repository->isTaken(record, &taken, error))
            return -1;
        if (taken)
            continue;
        if (!m_repository->insert(record, error))
            return -1;
        // The list is sorted by name in SQL; the new row goes to the end until the next reload.
        const std::optional<MasterDataRecord> stored = m_repository->find(m_kind, record.id, error);
        const int row = int(m_records.size());
        beginInsertRows(QModelIndex(), row, row);
        m_records.append(stored.value_or(record));
        endInsertRows();
        return row;
    }
    if (error)
        *error = tr("No free name for a new entry.");
    return -1;
}

bool MasterDataTableModel::removeRecord(int row, QString *error)
{
    if (row < 0 || row >= m_records.size())
        return false;
    if (!m_repository->remove(m_kind, m_records.at(row).id, error))
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_records.removeAt(row);
    endRemoveRows();
    return true;
}

bool MasterDataTableModel::anonymise(int row, QString *error)
{
    if (m_kind != MasterDataKind::Person || row < 0 || row >= m_records.size())
        return false;
    MasterDataRecord &record = m_records[row];
    if (!m_repository->anonymisePerson(record.id, error))
        return false;
    record.name = MasterDataRepository::anonymisedName(record.id);
    record.anonymised = true;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

int MasterDataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int MasterDataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QVariant MasterDataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MasterDataRecord &record = m_records.at(index.row());
    if (role == IdRole)
        return record.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (columns().at(index.column())) {
    case ColumnKind::Name:
        return record.name;
    case ColumnKind::Code:
        return record.code;
    case ColumnKind::AuthorityKind:
        return role == Qt::EditRole ? record.authorityKind : authorityKindName(record.authorityKind);
    case ColumnKind::Address:
        return record.address;
    case ColumnKind::Parent:
        return record.parentName;
    case ColumnKind::AuditInterval:
        return record.auditIntervalMonths;
    case ColumnKind::Anonymised:
        return record.anonymised ? tr("yes") : QString();
    }
    return {};
}

bool MasterDataTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    MasterDataRecord record = m_records.at(index.row());
    switch (columns().at(index.column())) {
    case ColumnKind::Name:
        record.name = value.toString().trimmed();
        break;
    case ColumnKind::Code:
        record.code = value.toString().trimmed();
        break;
    case ColumnKind::Address:
        record.address = value.toString().trimmed();
        break;
    case ColumnKind::AuditInterval:
        record.auditIntervalMonths = value.toInt();
        break;
    default:
        return false;
    }
    QString error;
    if (!m_repository->update(record, &error)) {
        emit errorOccurred(error);
        return false;
    }
    m_records[index.row()] = record;
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags MasterDataTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const ColumnKind column = columns().at(index.column());
    const bool editable = column == ColumnKind::Name || column == ColumnKind::Code
        || column == ColumnKind::Address || column == ColumnKind::AuditInterval;
    // An anonymised person stays anonymous: the name cannot be typed back in.
    if (editable && !m_records.at(index.row()).anonymised)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MasterDataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columns().size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columns().at(section)) {
    case ColumnKind::Name:
        return tr("Name");
    case ColumnKind::Code:
        return tr("Code");
    case ColumnKind::AuthorityKind:
        return tr("Kind");
    case ColumnKind::Address:
        return tr("Address");
    case ColumnKind::Parent:
        return MasterDataKinds::displayName(MasterDataKinds::parentKind(m_kind));
    case ColumnKind::AuditInterval:
        return tr("Audit interval (months)");
    case ColumnKind::Anonymised:
        return tr("Anonymised");
    }
    return {};
}
