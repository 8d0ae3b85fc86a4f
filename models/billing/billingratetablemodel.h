#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "billing/billingrate.h"

class Database;

// The billing rates as a table for the rates window. There are a few hundred at
// most (a price per category or product, per start day, some per authority), so
// the model holds them all and reloads after each change.
class BillingRateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Subject, Kind, Authority, ValidFrom, Monthly, Note, ColumnCount };

    explicit BillingRateTableModel(Database &database, QObject *parent = nullptr);

    bool reload(QString *error);
    // The rate of a row; an invalid row gives a rate with id 0.
    BillingRate rate(int row) const;
    // The row of a rate, or -1.
    int rowOf(qint64 rateId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_database;
    QList<BillingRate> m_rates;
};
