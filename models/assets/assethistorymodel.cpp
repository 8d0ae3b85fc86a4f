#include "assets/assethistorymodel.h"

#include "assets/asset.h"
#include "masterdata/masterdatakind.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

AssetHistoryModel::AssetHistoryModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_masterData(std::make_unique<MasterDataRepository>(database))
{ }

AssetHistoryModel::~AssetHistoryModel() = default;

void AssetHistoryModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_assetId = 0;
    endResetModel();
}

QString AssetHistoryModel::referenceName(int kind, qint64 id)
{
    const QString key = QStringLiteral("%1/%2").arg(kind).arg(id);
    const auto cached = m_nameCache.constFind(key);
    if (cached != m_nameCache.constEnd())
        return *cached;
    QString error;
    const std::optional<MasterDataRecord> record =
        m_masterData->find(static_cast<MasterDataKind>(kind), id, &error);
    // A row deleted since keeps its number, so the entry still says which one it was.
    const QString name = record ? record->label() : QStringLiteral("#%1").arg(id);
    m_nameCache.insert(key, name);
    return name;
}

QString AssetHistoryModel::valueText(const QString &column, const QString &stored)
{
    if (stored.isEmpty())
        return {};
    const std::optional<AssetField> field = AssetFields::fromColumn(column);
    if (!field)
        return stored;
    if (const std::optional<MasterDataKind> kind = AssetFields::referencedKind(*field))
        return referenceName(static_cast<int>(*kind), stored.toLongLong());
    const QLocale locale;
    switch (*field) {
    case AssetField::Status: {
        const std::optional<AssetStatus> status = AssetStatusText::fromCode(stored);
        return status ? AssetStatusText::displayName(*status) : stored;
    }
    case AssetField::PurchaseDate:
    case AssetField::WarrantyEnd:
    case AssetField::LastAudited: {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : stored;
    }
    case AssetField::PurchasePrice:
        return locale.toString(stored.toLongLong() / 100.0, 'f', 2) + QStringLiteral(" €");
    default:
        return stored;
    }
}

bool AssetHistoryModel::load(qint64 assetId, QString *error, const QDateTime &after)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT h.action, h.field, h.old_value, h.new_value, h.changed_by, h.changed_at, "
                           "h.import_batch_id, COALESCE(b.file_name, ''), "
                           "CASE WHEN h.id > b.undone_after_history_id THEN 1 ELSE 0 END FROM history h "
                           "LEFT JOIN import_batch b ON b.id = h.import_batch_id "
                           "WHERE h.entity = 'asset' AND h.entity_id = ? ORDER BY h.id DESC"),
            error))
        return false;
    query.addBindValue(assetId);
    if (!Sql::exec(query, error))
        return false;
    QList<Entry> entries;
    m_nameCache.clear();
    while (query.next()) {
        Entry entry;
        const QString action = query.value(0).toString();
        const QString column = query.value(1).toString();
        const QString oldValue = query.value(2).toString();
        const QString newValue = query.value(3).toString();
        entry.who = query.value(4).toString();
        const QDateTime when = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        if (after.isValid() && when.isValid() && when <= after)
            continue;
        entry.when = when.isValid() ? when.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                                    : query.value(5).toString();
        const qint64 batchId = query.value(6).toLongLong();
        if (batchId > 0)
            entry.batch = query.value(8).toInt() == 1
                ? tr("undo of #%1 %2").arg(batchId).arg(query.value(7).toString())
                : tr("#%1 %2").arg(batchId).arg(query.value(7).toString());
        if (action == QLatin1String("insert")) {
            entry.field = tr("Created");
            entry.tooltip = newValue;
        } else if (action == QLatin1String("delete")) {
            entry.field = tr("Deleted");
            entry.tooltip = oldValue;
        } else if (action == QLatin1String("warning")) {
            entry.field = tr("Warning: %1").arg(column);
            entry.oldValue = oldValue;
            entry.newValue = newValue;
        } else if (column == QLatin1String("legacy_identifier")) {
            entry.field = tr("Legacy number");
            entry.oldValue = oldValue;
            entry.newValue = newValue;
        } else {
            const std::optional<AssetField> field = AssetFields::fromColumn(column);
            entry.field = field ? AssetFields::displayName(*field) : column;
            entry.oldValue = valueText(column, oldValue);
            entry.newValue = valueText(column, newValue);
        }
        entries.append(entry);
    }
    beginResetModel();
    m_assetId = assetId;
    m_entries = entries;
    endResetModel();
    return true;
}

int AssetHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AssetHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole)
        return entry.tooltip.isEmpty() ? QVariant() : QVariant(entry.tooltip);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return entry.when;
    case Who:
        return entry.who;
    case Field:
        return entry.field;
    case OldValue:
        return entry.oldValue;
    case NewValue:
        return entry.newValue;
    case Change:
        if (entry.oldValue.isEmpty() && entry.newValue.isEmpty())
            return QString();
        return tr("%1 → %2").arg(entry.oldValue.isEmpty() ? tr("(empty)") : entry.oldValue,
                                 entry.newValue.isEmpty() ? tr("(empty)") : entry.newValue);
    case ImportBatch:
        return entry.batch;
    default:
        return {};
    }
}

QVariant AssetHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    case Change:
        return tr("Change");
    case ImportBatch:
        return tr("Import batch");
    default:
        return {};
    }
}
