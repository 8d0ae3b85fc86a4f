#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QLocale>

class Database;

// The recorded changes of one licence, newest first: edits, allocations, seat
// assignments, over-deployment warnings and every showing of its key.
class LicenceHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Action, Field, OldValue, NewValue, ColumnCount };
    Q_ENUM(Column)

    explicit LicenceHistoryModel(Database &database, QObject *parent = nullptr);

    // 0 shows nothing.
    // With after set: only the changes recorded later than that, for telling a user
    // what others changed since they read the licence.
    bool load(qint64 licenceId, QString *error, const QDateTime &after = {});
    qint64 licenceId() const { return m_licenceId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionName(const QString &code);
    static QString fieldName(const QString &field);

private:
    struct Entry
    {
        QDateTime when;
        QString who;
        QString action;
        QString field;
        QString oldValue;
        QString newValue;
    };

    Database &m_database;
    qint64 m_licenceId = 0;
    QList<Entry> m_entries;
    QLocale m_locale;
};
