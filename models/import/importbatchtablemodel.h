#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

class Database;

// The import batches, newest first: which file was imported when, by whom, with
// which profile, what became of its rows, and whether it was undone. A handful
// per migration and municipality, so all are read at once.
class ImportBatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Batch,
        Started,
        Kind,
        File,
        Profile,
        User,
        Status,
        DataRows,
        Created,
        Updated,
        Unchanged,
        Rejected,
        Warnings,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        BatchIdRole = Qt::UserRole + 1,
        StatusCodeRole, // "running", "completed", "undone"
        RawValueRole, // as stored: ids and counts as numbers, codes, UTC time in ISO 8601
    };

    explicit ImportBatchTableModel(Database &database, QObject *parent = nullptr);

    bool refresh(QString *error);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 batchId(int row) const;
    bool canBeUndone(int row) const;
    // -1 when there is no such batch.
    int rowOf(qint64 batchId) const;

private:
    struct Entry
    {
        qint64 id = 0;
        QDateTime started;
        QString kind;
        QString file;
        QString profile;
        QString user;
        QString status;
        qint64 counts[Warnings - DataRows + 1] = {};
    };

    QString displayText(const Entry &entry, int column) const;
    static QVariant rawValue(const Entry &entry, int column);

    Database &m_database;
    QList<Entry> m_entries;
};
