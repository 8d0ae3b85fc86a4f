#include "masterdata/masterdatalookup.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

MasterDataLookup::MasterDataLookup(Database &database)
    : m_database(database)
{ }

std::optional<qint64> MasterDataLookup::singleId(const QString &sql, const QStringList &values,
                                                 const QString &notFound, const QString &ambiguous,
                                                 QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, sql, error))
        return std::nullopt;
    for (const QString &value : values)
        query.addBindValue(value);
    if (!Sql::exec(query, error))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next() && ids.size() < 2)
        ids.append(query.value(0).toLongLong());
    if (ids.size() == 1)
        return ids.first();
    if (error)
        *error = ids.isEmpty() ? notFound : ambiguous;
    return std::nullopt;
}

std::optional<qint64> MasterDataLookup::authorityByCode(const QString &code, QString *error)
{
    return singleId(QStringLiteral("SELECT id FROM authority WHERE code = ?"), { code.trimmed() },
                    tr("There is no authority with the code %1.").arg(code), QString(), error);
}

std::optional<qint64> MasterDataLookup::siteByName(const QString &name, QString *error)
{
    return singleId(QStringLiteral("SELECT id FROM site WHERE name = ?"), { name.trimmed() },
                    tr("There is no site named %1.").arg(name), QString(), error);
}

std::optional<qint64> MasterDataLookup::categoryByName(const QString &name, QString *error)
{
    return singleId(QStringLiteral("SELECT id FROM category WHERE name = ?"), { name.trimmed() },
                    tr("There is no category named %1.").arg(name), QString(), error);
}

std::optional<qint64> MasterDataLookup::roomByName(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 id = trimmed.mid(1).toLongLong(&ok);
        if (ok)
            return singleId(QStringLiteral("SELECT id FROM room WHERE id = ?"), { QString::number(id) },
                            tr("There is no room %1.").arg(trimmed), QString(), error);
    }
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString site = trimmed.left(slash).trimmed();
        const QString room = trimmed.mid(slash + 1).trimmed();
        std::optional<qint64> id =
            singleId(QStringLiteral("SELECT room.id FROM room JOIN site ON site.id = room.site_id "
                                    "WHERE site.name = ? AND room.name = ?"),
                     { site, room }, QString(), QString(), nullptr);
        if (id)
            return id;
    }
    return singleId(QStringLiteral("SELECT id FROM room WHERE name = ?"), { trimmed },
                    tr("There is no room named %1.").arg(trimmed),
                    tr("Several sites have a room named %1: write it as \"Site / Room\".").arg(trimmed),
                    error);
}

void MasterDataLookup::loadRooms()
{
    if (m_roomsLoaded)
        return;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT room.id, room.site_id, site.name, room.name FROM room "
                                   "JOIN site ON site.id = room.site_id")))
        return;
    while (query.next()) {
        RoomEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.siteId = query.value(1).toLongLong();
        entry.label = QStringLiteral("%1 / %2").arg(query.value(2).toString(), query.value(3).toString());
        m_rooms.insert(entry.id, entry);
    }
    m_roomsLoaded = true;
}

QList<RoomEntry> MasterDataLookup::rooms(QString *error)
{
    QList<RoomEntry> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT room.id, room.site_id, site.name, room.name FROM room "
                                     "JOIN site ON site.id = room.site_id ORDER BY site.name, room.name"),
                      error)
        || !Sql::exec(query, error))
        return result;
    while (query.next()) {
        RoomEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.siteId = query.value(1).toLongLong();
        entry.label = QStringLiteral("%1 / %2").arg(query.value(2).toString(), query.value(3).toString());
        result.append(entry);
    }
    return result;
}

QString MasterDataLookup::roomLabel(qint64 roomId)
{
    if (roomId <= 0)
        return {};
    if (!m_rooms.contains(roomId))
        m_roomsLoaded = false; // created since the cache was filled
    loadRooms();
    return m_rooms.value(roomId).label;
}

qint64 MasterDataLookup::siteOfRoom(qint64 roomId)
{
    if (roomId <= 0)
        return 0;
    if (!m_rooms.contains(roomId))
        m_roomsLoaded = false;
    loadRooms();
    return m_rooms.value(roomId).siteId;
}

QString MasterDataLookup::name(const QString &sql, qint64 id)
{
    QSqlQuery query(m_database.connection());
    if (!query.prepare(sql))
        return {};
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

QString MasterDataLookup::siteName(qint64 siteId)
{
    return name(QStringLiteral("SELECT name FROM site WHERE id = ?"), siteId);
}

QString MasterDataLookup::authorityName(qint64 authorityId)
{
    return name(QStringLiteral("SELECT name FROM authority WHERE id = ?"), authorityId);
}

QString MasterDataLookup::categoryName(qint64 categoryId)
{
    return name(QStringLiteral("SELECT name FROM category WHERE id = ?"), categoryId);
}
