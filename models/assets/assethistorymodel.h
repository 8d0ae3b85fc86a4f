#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class Database;
class MasterDataRepository;

// The recorded changes of one asset, newest first: when, who, which field, old
// and new value with ids resolved to today's names, and the import batch.
// One asset has few history rows, so they are read at once on load().
class AssetHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Change is "old → new" in one column, for narrow places like the detail panel.
    enum Column { When, Who, Field, OldValue, NewValue, Change, ImportBatch, ColumnCount };

    explicit AssetHistoryModel(Database &database, QObject *parent = nullptr);
    ~AssetHistoryModel() override;

    // With after set: only the changes recorded later than that, for telling a user
    // what others changed since they read the asset.
    bool load(qint64 assetId, QString *error, const QDateTime &after = {});
    void clear();
    qint64 assetId() const { return m_assetId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString when;
        QString who;
        QString field;
        QString oldValue;
        QString newValue;
        QString batch;
        QString tooltip;
    };

    QString valueText(const QString &column, const QString &stored);
    QString referenceName(int kind, qint64 id);

    Database &m_database;
    std::unique_ptr<MasterDataRepository> m_masterData;
    qint64 m_assetId = 0;
    QList<Entry> m_entries;
    QHash<QString, QString> m_nameCache;
};
