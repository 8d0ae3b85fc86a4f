#include "licences/licencehistorymodel.h"

#include "licences/licence.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

LicenceHistoryModel::LicenceHistoryModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

QString LicenceHistoryModel::actionName(const QString &code)
{
    if (code == QLatin1String("insert"))
        return tr("Created");
    if (code == QLatin1String("update"))
        return tr("Changed");
    if (code == QLatin1String("delete"))
        return tr("Deleted");
    if (code == QLatin1String("warning"))
        return tr("Warning");
    if (code == QLatin1String("reveal"))
        return tr("Key shown");
    return code;
}

QString LicenceHistoryModel::fieldName(const QString &field)
{
    if (field.isEmpty())
        return {};
    if (field == QLatin1String("assignment"))
        return tr("Seat");
    if (field.startsWith(QLatin1String("allocation:")))
        return tr("Allocation %1").arg(field.mid(11));
    const std::optional<LicenceField> known = LicenceFields::fromColumn(field);
    return known ? LicenceFields::displayName(*known) : field;
}

bool LicenceHistoryModel::load(qint64 licenceId, QString *error, const QDateTime &after)
{
    QList<Entry> entries;
    bool ok = true;
    if (licenceId > 0) {
        QSqlQuery query(m_database.connection());
        ok = Sql::prepare(
            query,
            QStringLiteral("SELECT changed_at, changed_by, action, field, old_value, new_value FROM history "
                           "WHERE entity = 'licence' AND entity_id = ? ORDER BY id DESC"),
            error);
        if (ok) {
            query.addBindValue(licenceId);
            ok = Sql::exec(query, error);
        }
        while (ok && query.next()) {
            const QDateTime when = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
            if (after.isValid() && when.isValid() && when <= after)
                continue;
            entries.append({ when, query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString(), query.value(4).toString(),
                             query.value(5).toString() });
        }
    }
    beginResetModel();
    m_licenceId = ok ? licenceId : 0;
    m_entries = ok ? std::move(entries) : QList<Entry>();
    endResetModel();
    return ok;
}

int LicenceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LicenceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    default:
        return {};
    }
}

QVariant LicenceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == OldValue || index.column() == NewValue))
        return index.column() == OldValue ? entry.oldValue : entry.newValue;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return m_locale.toString(entry.when.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return entry.who;
    case Action:
        return actionName(entry.action);
    case Field:
        return fieldName(entry.field);
    case OldValue:
        return entry.oldValue;
    case NewValue:
        return entry.newValue;
    default:
        return {};
    }
}
