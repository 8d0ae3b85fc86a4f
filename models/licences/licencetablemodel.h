#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QVariant>

#include <optional>

#include "licences/licencetype.h"

class Database;

// The licence list: sorted, filtered and searched in SQL, all matching rows
// loaded at once (thousands of licences, not millions). Keys are always masked
// here; LicenceRepository::revealKey() is the only way to see one.
class LicenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Product,
        Vendor,
        Edition,
        Type,
        Metric,
        Quantity,
        Assigned,
        LicenceKey, // masked
        ContractNo,
        ValidUntil,
        MaintenanceEnd,
        PricePerSeat,
        Owner, // authority code
        Notes,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        LicenceIdRole = Qt::UserRole + 1,
    };

    explicit LicenceTableModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnName(Column column);

    // Words in product, vendor, edition, contract number or notes (all must match).
    void setSearchText(const QString &text);
    // 0 = any owner.
    void setOwnerFilter(qint64 authorityId);
    void setTypeFilter(std::optional<LicenceType> type);
    void setLocale(const QLocale &locale) { m_locale = locale; }

    qint64 licenceId(int row) const;
    // -1 when the licence is not shown under the current filter.
    int rowOf(qint64 licenceId) const;
    QString lastError() const { return m_lastError; }

    // Re-reads the rows after edits, keeping sort and filter.
    bool refresh();

signals:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        QList<QVariant> values; // one per column, raw
    };

    QVariant displayValue(int column, const QVariant &raw) const;

    Database &m_database;
    QList<Row> m_rows;
    QString m_searchText;
    qint64 m_ownerFilter = 0;
    std::optional<LicenceType> m_typeFilter;
    int m_sortColumn = Product;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
    QString m_lastError;
};
