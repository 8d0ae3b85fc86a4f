#include "licences/licencetablemodel.h"

#include "licences/licencekeymask.h"
#include "licences/licencemetric.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QDate>
#include <QSqlQuery>
#include <QStringList>

namespace {
// SQL expression per column, in Column order; the only text ever put into ORDER BY.
const char *const columnSql[] = {
    "l.product",
    "l.vendor",
    "l.edition",
    "l.licence_type",
    "l.metric",
    "l.quantity",
    "(SELECT COUNT(*) FROM licence_assignment la WHERE la.licence_id = l.id)",
    "l.licence_key",
    "l.contract_no",
    "l.valid_until",
    "l.maintenance_end",
    "l.price_per_seat_cents",
    "au.code",
    "l.notes",
};
static_assert(sizeof(columnSql) / sizeof(columnSql[0]) == LicenceTableModel::ColumnCount);

QString likePattern(const QString &word)
{
    QString escaped = word.toLower();
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"));
    escaped.replace(QLatin1Char('%'), QLatin1String("!%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

LicenceTableModel::LicenceTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    refresh();
}

int LicenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LicenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LicenceTableModel::columnName(Column column)
{
    switch (column) {
    case Product:
        return tr("Product");
    case Vendor:
        return tr("Vendor");
    case Edition:
        return tr("Version/edition");
    case Type:
        return tr("Type");
    case Metric:
        return tr("Metric");
    case Quantity:
        return tr("Seats");
    case Assigned:
        return tr("Assigned");
    case LicenceKey:
        return tr("Licence key");
    case ContractNo:
        return tr("Contract no.");
    case ValidUntil:
        return tr("Valid until");
    case MaintenanceEnd:
        return tr("Maintenance until");
    case PricePerSeat:
        return tr("Price per seat");
    case Owner:
        return tr("Owner");
    case Notes:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LicenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnName(Column(section));
}

QVariant LicenceTableModel::displayValue(int column, const QVariant &raw) const
{
    if (raw.isNull())
        return QString();
    switch (column) {
    case Type:
        return LicenceTypeText::fromCode(raw.toString()).has_value()
            ? LicenceTypeText::displayName(*LicenceTypeText::fromCode(raw.toString()))
            : raw.toString();
    case Metric:
        return LicenceMetricText::fromCode(raw.toString()).has_value()
            ? LicenceMetricText::displayName(*LicenceMetricText::fromCode(raw.toString()))
            : raw.toString();
    case ValidUntil:
    case MaintenanceEnd:
        return m_locale.toString(QDate::fromString(raw.toString().left(10), Qt::ISODate),
                                 QLocale::ShortFormat);
    case PricePerSeat:
        return m_locale.toString(raw.toLongLong() / 100.0, 'f', 2);
    default:
        return raw;
    }
}

QVariant LicenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(index.column(), row.values.at(index.column()));
    case Qt::EditRole:
        return row.values.at(index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Quantity || index.column() == Assigned || index.column() == PricePerSeat)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LicenceIdRole:
        return row.id;
    default:
        return {};
    }
}

void LicenceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void LicenceTableModel::setSearchText(const QString &text)
{
    m_searchText = text.simplified();
    refresh();
}

void LicenceTableModel::setOwnerFilter(qint64 authorityId)
{
    m_ownerFilter = authorityId;
    refresh();
}

void LicenceTableModel::setTypeFilter(std::optional<LicenceType> type)
{
    m_typeFilter = type;
    refresh();
}

qint64 LicenceTableModel::licenceId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int LicenceTableModel::rowOf(qint64 licenceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == licenceId)
            return row;
    }
    return -1;
}

bool LicenceTableModel::refresh()
{
    QStringList select;
    for (const char *expression : columnSql)
        select.append(QString::fromLatin1(expression));
    QStringList where;
    QVariantList values;
    for (const QString &word : m_searchText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        where.append(
            QStringLiteral("(LOWER(l.product) LIKE ? ESCAPE '!' OR LOWER(l.vendor) LIKE ? ESCAPE '!' "
                           "OR LOWER(l.edition) LIKE ? ESCAPE '!' OR LOWER(l.contract_no) LIKE ? ESCAPE '!' "
                           "OR LOWER(l.notes) LIKE ? ESCAPE '!')"));
        for (int i = 0; i < 5; ++i)
            values.append(likePattern(word));
    }
    if (m_ownerFilter > 0) {
        where.append(QStringLiteral("l.owner_authority_id = ?"));
        values.append(m_ownerFilter);
    }
    if (m_typeFilter) {
        where.append(QStringLiteral("l.licence_type = ?"));
        values.append(LicenceTypeText::code(*m_typeFilter));
    }
    const QString order = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString statement =
        QStringLiteral("SELECT l.id, %1 FROM licence l JOIN authority au ON au.id = l.owner_authority_id %2 "
                       "ORDER BY %3 %4, l.id %4")
            .arg(select.join(QStringLiteral(", ")),
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 QString::fromLatin1(columnSql[m_sortColumn]), order);

    QList<Row> rows;
    QSqlQuery query(m_database.connection());
    bool ok = Sql::prepare(query, statement, &m_lastError);
    if (ok) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = Sql::exec(query, &m_lastError);
    }
    if (ok) {
        while (query.next()) {
            Row row;
            row.id = query.value(0).toLongLong();
            row.values.reserve(ColumnCount);
            for (int column = 0; column < ColumnCount; ++column) {
                const QVariant value = query.value(column + 1);
                row.values.append(column == LicenceKey ? QVariant(LicenceKeyMask::mask(value.toString()))
                                                       : value);
            }
            rows.append(std::move(row));
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!ok)
        emit errorOccurred(m_lastError);
    return ok;
}
