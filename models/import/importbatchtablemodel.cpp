#include "import/importbatchtablemodel.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QLocale>
#include <QSqlQuery>

ImportBatchTableModel::ImportBatchTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

bool ImportBatchTableModel::refresh(QString *error)
{
    QList<Entry> entries;
    QSqlQuery query(m_database.connection());
    bool ok =
        Sql::prepare(query,
                     QStringLiteral("SELECT id, started_at, kind, file_name, profile, started_by, status, "
                                    "data_rows, created, updated, unchanged, rejected, warnings "
                                    "FROM import_batch ORDER BY id DESC"),
                     error)
        && Sql::exec(query, error);
    while (ok && query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.started = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.kind = query.value(2).toString();
        entry.file = query.value(3).toString();
        entry.profile = query.value(4).toString();
        entry.user = query.value(5).toString();
        entry.status = query.value(6).toString();
        for (int column = DataRows; column <= Warnings; ++column)
            entry.counts[column - DataRows] = query.value(column).toLongLong();
        entries.append(entry);
    }
    beginResetModel();
    m_entries = ok ? std::move(entries) : QList<Entry>();
    endResetModel();
    return ok;
}

int ImportBatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportBatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportBatchTableModel::displayText(const Entry &entry, int column) const
{
    switch (column) {
    case Batch:
        return QString::number(entry.id);
    case Started:
        return entry.started.isValid() ? QLocale().toString(entry.started.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    case Kind:
        return entry.kind == QLatin1String("licences") ? tr("Licences") : tr("Assets");
    case Status:
        if (entry.status == QLatin1String("completed"))
            return tr("imported");
        if (entry.status == QLatin1String("undone"))
            return tr("undone");
        return tr("running");
    case File:
    case Profile:
    case User:
        return rawValue(entry, column).toString(); // shown as stored
    default:
        return QLocale().toString(entry.counts[column - DataRows]);
    }
}

QVariant ImportBatchTableModel::rawValue(const Entry &entry, int column)
{
    switch (column) {
    case Batch:
        return entry.id;
    case Started:
        return entry.started.toUTC().toString(Qt::ISODateWithMs);
    case Kind:
        return entry.kind;
    case File:
        return entry.file;
    case Profile:
        return entry.profile;
    case User:
        return entry.user;
    case Status:
        return entry.status;
    default:
        return entry.counts[column - DataRows];
    }
}

QVariant ImportBatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Batch || index.column() >= DataRows
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ToolTipRole:
        return index.column() == File ? entry.file : QVariant();
    case BatchIdRole:
        return entry.id;
    case StatusCodeRole:
        return entry.status;
    case RawValueRole:
        return rawValue(entry, index.column());
    default:
        return {};
    }
}

QVariant ImportBatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Batch:
        return tr("Batch");
    case Started:
        return tr("Imported at");
    case Kind:
        return tr("Items");
    case File:
        return tr("File");
    case Profile:
        return tr("Profile");
    case User:
        return tr("By");
    case Status:
        return tr("Status");
    case DataRows:
        return tr("Data rows");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Unchanged:
        return tr("Unchanged");
    case Rejected:
        return tr("Rejected");
    case Warnings:
        return tr("Warnings");
    default:
        return {};
    }
}

qint64 ImportBatchTableModel::batchId(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : 0;
}

bool ImportBatchTableModel::canBeUndone(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).status == QLatin1String("completed");
}

int ImportBatchTableModel::rowOf(qint64 batchId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == batchId)
            return row;
    }
    return -1;
}
