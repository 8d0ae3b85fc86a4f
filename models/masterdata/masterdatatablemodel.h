#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <memory>
#include <optional>

#include "masterdata/masterdatarecord.h"

class Database;
class MasterDataRepository;

// One kind of master data as an editable table for the master data editors.
// Master data is small (hundreds to a few thousand rows), so it is read at once.
// Edits are written immediately through MasterDataRepository; a refused edit
// keeps the old value and reports errorOccurred.
class MasterDataTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    MasterDataTableModel(Database &database, MasterDataKind kind, QObject *parent = nullptr);
    ~MasterDataTableModel() override;

    MasterDataKind kind() const { return m_kind; }
    // Only the rows under this parent (units of an authority, rooms of a site).
    void setParentFilter(std::optional<qint64> parentId);
    std::optional<qint64> parentFilter() const { return m_parentFilter; }
    bool reload(QString *error = nullptr);

    MasterDataRecord record(int row) const { return m_records.at(row); }
    int rowOf(qint64 id) const;

    // Adds a row with a free placeholder name ("New room 2") under the parent
    // filter; returns its row or -1.
    int addRecord(QString *error);
    bool removeRecord(int row, QString *error);
    bool anonymise(int row, QString *error);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    enum class ColumnKind { Name, Code, AuthorityKind, Address, Parent, AuditInterval, Anonymised };
    QList<ColumnKind> columns() const;
    static QString authorityKindName(const QString &code);

    MasterDataKind m_kind;
    std::unique_ptr<MasterDataRepository> m_repository;
    std::optional<qint64> m_parentFilter;
    QList<MasterDataRecord> m_records;
};
