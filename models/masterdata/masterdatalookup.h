#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

struct RoomEntry
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString label; // "Site / Room"
};

// Finds master data rows by what people type on a command line or in a scanner
// file (authority code, site, room and category names) and names them for reports.
class MasterDataLookup
{
    Q_DECLARE_TR_FUNCTIONS(MasterDataLookup)

public:
    explicit MasterDataLookup(Database &database);

    std::optional<qint64> authorityByCode(const QString &code, QString *error);
    std::optional<qint64> siteByName(const QString &name, QString *error);
    std::optional<qint64> categoryByName(const QString &name, QString *error);
    // "Site / Room", "Site/Room", a room name unique across all sites, or "#id".
    std::optional<qint64> roomByName(const QString &text, QString *error);

    QList<RoomEntry> rooms(QString *error);
    // Cached: reports and scan feedback name the same rooms again and again.
    QString roomLabel(qint64 roomId);
    qint64 siteOfRoom(qint64 roomId);
    QString siteName(qint64 siteId);
    QString authorityName(qint64 authorityId);
    QString categoryName(qint64 categoryId);

private:
    std::optional<qint64> singleId(const QString &sql, const QStringList &values, const QString &notFound,
                                   const QString &ambiguous, QString *error);
    QString name(const QString &sql, qint64 id);
    void loadRooms();

    Database &m_database;
    bool m_roomsLoaded = false;
    QHash<qint64, RoomEntry> m_rooms;
};
