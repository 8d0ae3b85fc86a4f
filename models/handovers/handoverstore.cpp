#include "handovers/handoverstore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QHash>
#include <QSqlQuery>

HandoverStore::HandoverStore(Database &database)
    : m_database(database)
{ }

std::optional<QList<Handover>> HandoverStore::load(const QString &condition, const QVariantList &values,
                                                   QString *error)
{
    // The condition is one of this class's own texts; the values are bound.
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT h.id, h.kind, h.person_id, h.person_name, h.unit_id, u.name, h.site_id, "
                           "s.name, h.room_id, r.name, h.handed_on, h.due_on, h.handed_by, h.notes, "
                           "h.created_at FROM handover h LEFT JOIN org_unit u ON u.id = h.unit_id "
                           "LEFT JOIN site s ON s.id = h.site_id LEFT JOIN room r ON r.id = h.room_id "
                           "WHERE %1 ORDER BY h.handed_on DESC, h.id DESC")
                .arg(condition),
            error))
        return std::nullopt;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!Sql::exec(query, error))
        return std::nullopt;
    QList<Handover> records;
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        Handover record;
        record.id = query.value(0).toLongLong();
        record.kind = query.value(1).toString() == QLatin1String("return") ? Handover::Kind::Return
                                                                           : Handover::Kind::Checkout;
        record.personId = query.value(2).toLongLong();
        record.personName = query.value(3).toString();
        record.unitId = query.value(4).toLongLong();
        record.unitName = query.value(5).toString();
        record.siteId = query.value(6).toLongLong();
        record.siteName = query.value(7).toString();
        record.roomId = query.value(8).toLongLong();
        record.roomName = query.value(9).toString();
        record.date = Sql::toDate(query.value(10));
        record.dueDate = Sql::toDate(query.value(11));
        record.handedBy = query.value(12).toString();
        record.notes = query.value(13).toString();
        record.createdAt = query.value(14).toString();
        indexOf.insert(record.id, records.size());
        records.append(record);
    }
    query.finish();
    if (records.isEmpty())
        return records;
    // The items of these records, in slices of bound ids.
    QSqlQuery items(m_database.connection());
    const QList<qint64> ids = indexOf.keys();
    constexpr int slice = 200;
    for (qsizetype start = 0; start < ids.size(); start += slice) {
        const QList<qint64> part = ids.mid(start, slice);
        QStringList marks;
        for (int i = 0; i < part.size(); ++i)
            marks.append(QStringLiteral("?"));
        if (!Sql::prepare(
                items,
                QStringLiteral("SELECT handover_id, asset_id, inventory_no, serial_no, description, "
                               "accessories, item_condition, returned_by_id FROM handover_item WHERE "
                               "handover_id IN (%1) ORDER BY inventory_no")
                    .arg(marks.join(QLatin1Char(','))),
                error))
            return std::nullopt;
        for (int i = 0; i < part.size(); ++i)
            items.bindValue(i, part.at(i));
        if (!Sql::exec(items, error))
            return std::nullopt;
        while (items.next()) {
            HandoverItem item;
            item.assetId = items.value(1).toLongLong();
            item.inventoryNo = items.value(2).toString();
            item.serialNo = items.value(3).toString();
            item.description = items.value(4).toString();
            item.accessories = items.value(5).toString();
            item.condition = items.value(6).toString();
            item.returnedBy = items.value(7).toLongLong();
            records[indexOf.value(items.value(0).toLongLong())].items.append(item);
        }
        items.finish();
    }
    return records;
}

std::optional<Handover> HandoverStore::find(qint64 handoverId, QString *error)
{
    const std::optional<QList<Handover>> records = load(QStringLiteral("h.id = ?"), { handoverId }, error);
    if (!records)
        return std::nullopt;
    if (records->isEmpty()) {
        *error = tr("There is no handover record no. %1.").arg(handoverId);
        return std::nullopt;
    }
    return records->constFirst();
}

std::optional<QList<Handover>> HandoverStore::ofPerson(qint64 personId, QString *error)
{
    return load(QStringLiteral("h.person_id = ?"), { personId }, error);
}

std::optional<QList<Handover>> HandoverStore::ofAsset(qint64 assetId, QString *error)
{
    return load(QStringLiteral("h.id IN (SELECT handover_id FROM handover_item WHERE asset_id = ?)"),
                { assetId }, error);
}

std::optional<QList<HandoverStore::OpenItem>> HandoverStore::loadOpen(const QString &condition,
                                                                      const QVariantList &values,
                                                                      const QString &order, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT h.id, h.person_id, h.person_name, h.handed_on, h.due_on, i.asset_id, "
                           "i.inventory_no, i.serial_no, i.description, i.accessories, i.item_condition "
                           "FROM handover_item i JOIN handover h ON h.id = i.handover_id "
                           "WHERE h.kind = 'checkout' AND i.returned_by_id IS NULL AND %1 ORDER BY %2")
                .arg(condition, order),
            error))
        return std::nullopt;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!Sql::exec(query, error))
        return std::nullopt;
    QList<OpenItem> open;
    while (query.next()) {
        OpenItem entry;
        entry.handoverId = query.value(0).toLongLong();
        entry.personId = query.value(1).toLongLong();
        entry.personName = query.value(2).toString();
        entry.handedOn = Sql::toDate(query.value(3));
        entry.dueOn = Sql::toDate(query.value(4));
        entry.item.assetId = query.value(5).toLongLong();
        entry.item.inventoryNo = query.value(6).toString();
        entry.item.serialNo = query.value(7).toString();
        entry.item.description = query.value(8).toString();
        entry.item.accessories = query.value(9).toString();
        entry.item.condition = query.value(10).toString();
        open.append(entry);
    }
    return open;
}

std::optional<QList<HandoverStore::OpenItem>> HandoverStore::heldNow(qint64 personId, QString *error)
{
    if (personId == 0)
        return loadOpen(QStringLiteral("1 = 1"), {}, QStringLiteral("h.handed_on, i.inventory_no"), error);
    return loadOpen(QStringLiteral("h.person_id = ?"), { personId },
                    QStringLiteral("h.handed_on, i.inventory_no"), error);
}

std::optional<QList<HandoverStore::OpenItem>> HandoverStore::overdue(const QDate &today, QString *error)
{
    return loadOpen(QStringLiteral("h.due_on IS NOT NULL AND h.due_on < ?"), { Sql::dateText(today) },
                    QStringLiteral("h.due_on, i.inventory_no"), error);
}
