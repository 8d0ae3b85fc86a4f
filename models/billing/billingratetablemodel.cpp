#include "billing/billingratetablemodel.h"

#include "billing/billingraterepository.h"

#include <QLocale>

BillingRateTableModel::BillingRateTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

bool BillingRateTableModel::reload(QString *error)
{
    // Reading needs no author: the context only names who writes.
    std::optional<QList<BillingRate>> rates = BillingRateRepository(m_database, ChangeContext {}).all(error);
    if (!rates)
        return false;
    beginResetModel();
    m_rates = std::move(*rates);
    endResetModel();
    return true;
}

BillingRate BillingRateTableModel::rate(int row) const
{
    return m_rates.value(row);
}

int BillingRateTableModel::rowOf(qint64 rateId) const
{
    for (int row = 0; row < m_rates.size(); ++row) {
        if (m_rates.at(row).id == rateId)
            return row;
    }
    return -1;
}

int BillingRateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rates.size());
}

int BillingRateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingRateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BillingRate &rate = m_rates.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Monthly ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::EditRole && index.column() == Monthly)
        return rate.monthlyCents;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Subject:
        return rate.subjectName;
    case Kind:
        return rate.isLicenceRate() ? tr("Licence seat") : tr("Device");
    case Authority:
        return rate.authorityId ? rate.authorityCode : tr("all");
    case ValidFrom:
        return role == Qt::EditRole ? QVariant(rate.validFrom)
                                    : locale.toString(rate.validFrom, QLocale::ShortFormat);
    case Monthly:
        return locale.toCurrencyString(double(rate.monthlyCents) / 100.0, QStringLiteral("€"), 2);
    case Note:
        return rate.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BillingRateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Subject:
        return tr("Category or product");
    case Kind:
        return tr("Billed per");
    case Authority:
        return tr("Authority");
    case ValidFrom:
        return tr("Valid from");
    case Monthly:
        return tr("Per month");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}
