#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QLocale>

class Database;

// The seats in use of one licence: which device or person holds each, under
// which authority. Devices that are retired or missing are marked for reclaiming.
class LicenceAssignmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Holder, Kind, UsingAuthority, AssetStatus, AssignedAt, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        AssignmentIdRole = Qt::UserRole + 1,
        ReclaimableRole, // bool: held by a retired or missing device
    };

    explicit LicenceAssignmentModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 shows nothing.
    void setLicence(qint64 licenceId);
    qint64 licenceId() const { return m_licenceId; }
    qint64 assignmentId(int row) const;
    bool refresh();
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        QString holder;
        bool device = true;
        QString authorityCode;
        QString statusCode;
        QDateTime assignedAt;
    };

    Database &m_database;
    qint64 m_licenceId = 0;
    QList<Row> m_rows;
    QLocale m_locale;
    QString m_lastError;
};
