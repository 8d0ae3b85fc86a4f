#include "handovers/handoverservice.h"

#include "assets/assetrepository.h"
#include "history/historysnapshot.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSet>
#include <QSqlQuery>

namespace {

const QString entityName = QStringLiteral("handover");

// The record in the history names the person by id only: anonymising then has no
// name to look for there.
QString snapshotText(const Handover &record)
{
    HistorySnapshot snapshot;
    snapshot.add(QStringLiteral("kind"), Handover::kindCode(record.kind));
    snapshot.add(QStringLiteral("person_id"), QString::number(record.personId));
    snapshot.add(QStringLiteral("date"), Sql::dateText(record.date));
    if (record.dueDate.isValid())
        snapshot.add(QStringLiteral("due_date"), Sql::dateText(record.dueDate));
    QStringList assets;
    for (const HandoverItem &item : record.items)
        assets.append(item.inventoryNo);
    snapshot.add(QStringLiteral("assets"), assets.join(QStringLiteral(", ")));
    return snapshot.toJson();
}

} // namespace

HandoverService::HandoverService(Database &database, const ChangeContext &context)
    : m_database(database)
    , m_context(context.resolved(database))
    , m_history(database)
    , m_assets(std::make_unique<AssetRepository>(database, m_context))
{ }

HandoverService::~HandoverService() = default;

std::optional<Asset> HandoverService::load(qint64 assetId, QString *error)
{
    std::optional<Asset> asset = m_assets->find(assetId, error);
    if (!asset && error->isEmpty())
        *error = tr("There is no asset with the id %1.").arg(assetId);
    return asset;
}

bool HandoverService::save(Asset &asset, QString *error)
{
    const AssetRepository::UpdateResult result = m_assets->update(asset, error);
    if (result == AssetRepository::UpdateResult::Conflict)
        *error = tr("%1 was changed by someone else just now; try again.").arg(asset.inventoryNo);
    return result == AssetRepository::UpdateResult::Updated
        || result == AssetRepository::UpdateResult::Unchanged;
}

std::optional<std::pair<qint64, qint64>> HandoverService::openCheckout(qint64 assetId, QString *error)
{
    // Asked once per device of a handover: prepared once per service.
    if (!m_openCheckout) {
        m_openCheckout = std::make_unique<QSqlQuery>(m_database.connection());
        if (!Sql::prepare(
                *m_openCheckout,
                QStringLiteral("SELECT h.id, h.person_id FROM handover_item i JOIN handover h ON h.id = "
                               "i.handover_id WHERE i.asset_id = ? AND h.kind = 'checkout' AND "
                               "i.returned_by_id IS NULL"),
                error)) {
            m_openCheckout.reset();
            return std::nullopt;
        }
    }
    QSqlQuery &query = *m_openCheckout;
    query.bindValue(0, assetId);
    if (!Sql::exec(query, error))
        return std::nullopt;
    const std::pair<qint64, qint64> open = query.next()
        ? std::make_pair(query.value(0).toLongLong(), query.value(1).toLongLong())
        : std::make_pair(qint64(0), qint64(0));
    query.finish();
    return open;
}

bool HandoverService::insertRecord(Handover &record, QString *error)
{
    QSqlQuery insert(m_database.connection());
    record.createdAt = Sql::nowText();
    record.handedBy = m_context.user;
    if (!Sql::prepare(
            insert,
            QStringLiteral("INSERT INTO handover (kind, person_id, person_name, unit_id, site_id, room_id, "
                           "handed_on, due_on, handed_by, notes, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            error))
        return false;
    insert.addBindValue(Handover::kindCode(record.kind));
    insert.addBindValue(record.personId);
    insert.addBindValue(record.personName);
    insert.addBindValue(Sql::idOrNull(record.unitId));
    insert.addBindValue(Sql::idOrNull(record.siteId));
    insert.addBindValue(Sql::idOrNull(record.roomId));
    insert.addBindValue(Sql::dateText(record.date));
    insert.addBindValue(Sql::dateOrNull(record.dueDate));
    insert.addBindValue(record.handedBy);
    insert.addBindValue(Sql::textOrEmpty(record.notes));
    insert.addBindValue(record.createdAt);
    if (!Sql::exec(insert, error) || !insert.next()) {
        if (error && error->isEmpty())
            *error = tr("The handover record was not stored.");
        return false;
    }
    record.id = insert.value(0).toLongLong();
    insert.finish();

    QSqlQuery item(m_database.connection());
    if (!Sql::prepare(
            item,
            QStringLiteral("INSERT INTO handover_item (handover_id, asset_id, inventory_no, serial_no, "
                           "description, accessories, item_condition) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            error))
        return false;
    for (const HandoverItem &entry : std::as_const(record.items)) {
        item.bindValue(0, record.id);
        item.bindValue(1, entry.assetId);
        item.bindValue(2, entry.inventoryNo);
        item.bindValue(3, Sql::textOrEmpty(entry.serialNo));
        item.bindValue(4, Sql::textOrEmpty(entry.description));
        item.bindValue(5, Sql::textOrEmpty(entry.accessories));
        item.bindValue(6, Sql::textOrEmpty(entry.condition));
        if (!Sql::exec(item, error))
            return false;
    }
    ChangeContext stamped = m_context;
    stamped.at = record.createdAt;
    return m_history.record(entityName, record.id, HistoryRecorder::Action::Insert, QString(), QVariant(),
                            snapshotText(record), stamped, error);
}

std::optional<Handover> HandoverService::checkOut(const HandoverRequest &request, QString *error)
{
    if (request.personId == 0) {
        *error = tr("Choose the person who receives the devices.");
        return std::nullopt;
    }
    if (request.items.isEmpty()) {
        *error = tr("Choose the devices to hand over.");
        return std::nullopt;
    }
    if (!request.date.isValid() || (request.dueDate.isValid() && request.dueDate < request.date)) {
        *error = tr("The devices must be due back after the day they are handed over.");
        return std::nullopt;
    }
    QSqlQuery person(m_database.connection());
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive()
        || !Sql::prepare(person, QStringLiteral("SELECT name, unit_id, anonymised FROM person WHERE id = ?"),
                         error))
        return std::nullopt;
    person.addBindValue(request.personId);
    if (!Sql::exec(person, error))
        return std::nullopt;
    if (!person.next()) {
        *error = tr("Person %1 does not exist.").arg(request.personId);
        return std::nullopt;
    }
    if (person.value(2).toInt() != 0) {
        *error = tr("An anonymised person cannot receive devices.");
        return std::nullopt;
    }
    Handover record;
    record.kind = Handover::Kind::Checkout;
    record.personId = request.personId;
    record.personName = person.value(0).toString();
    record.unitId = request.unitId ? request.unitId : person.value(1).toLongLong();
    record.siteId = request.siteId;
    record.roomId = request.roomId;
    record.date = request.date;
    record.dueDate = request.dueDate;
    record.notes = request.notes.trimmed();
    person.finish();

    QSqlQuery category(m_database.connection());
    if (!Sql::prepare(category, QStringLiteral("SELECT name FROM category WHERE id = ?"), error))
        return std::nullopt;
    QSet<qint64> seen;
    for (const HandoverItem &wanted : request.items) {
        std::optional<Asset> asset = load(wanted.assetId, error);
        if (!asset)
            return std::nullopt;
        if (seen.contains(asset->id)) {
            *error = tr("%1 is listed twice.").arg(asset->inventoryNo);
            return std::nullopt;
        }
        seen.insert(asset->id);
        if (asset->status == AssetStatus::Retired) {
            *error = tr("%1 is retired and cannot be handed over.").arg(asset->inventoryNo);
            return std::nullopt;
        }
        const std::optional<std::pair<qint64, qint64>> open = openCheckout(asset->id, error);
        if (!open)
            return std::nullopt;
        if (open->first != 0) {
            *error = tr("%1 is still handed out (record no. %2): take it back first.")
                         .arg(asset->inventoryNo)
                         .arg(open->first);
            return std::nullopt;
        }
        category.bindValue(0, asset->categoryId);
        if (!Sql::exec(category, error))
            return std::nullopt;
        const QString categoryName = category.next() ? category.value(0).toString() : QString();
        category.finish();

        asset->personId = record.personId;
        asset->status = AssetStatus::InUse;
        if (record.unitId)
            asset->unitId = record.unitId;
        if (record.siteId)
            asset->siteId = record.siteId;
        if (record.roomId)
            asset->roomId = record.roomId;
        if (!save(*asset, error))
            return std::nullopt;
        HandoverItem item = wanted;
        item.inventoryNo = asset->inventoryNo;
        item.serialNo = asset->serialNo;
        QStringList description = { categoryName, asset->manufacturer, asset->model };
        description.removeAll(QString());
        item.description = description.join(QLatin1Char(' '));
        item.accessories = wanted.accessories.trimmed();
        item.condition = wanted.condition.trimmed();
        item.returnedBy = 0;
        record.items.append(item);
    }
    if (!insertRecord(record, error) || !transaction.commit(error))
        return std::nullopt;
    return record;
}

std::optional<Handover> HandoverService::takeBack(const HandoverRequest &request, QString *error)
{
    if (request.items.isEmpty()) {
        *error = tr("Choose the devices to take back.");
        return std::nullopt;
    }
    if (!request.date.isValid()) {
        *error = tr("Give the day the devices came back.");
        return std::nullopt;
    }
    QSqlQuery markReturned(m_database.connection());
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return std::nullopt;
    Handover record;
    record.kind = Handover::Kind::Return;
    record.siteId = request.siteId;
    record.roomId = request.roomId;
    record.date = request.date;
    record.notes = request.notes.trimmed();
    QList<std::pair<qint64, qint64>> checkouts; // (checkout id, asset id)
    QSqlQuery handed(m_database.connection());
    if (!Sql::prepare(handed,
                      QStringLiteral("SELECT inventory_no, serial_no, description, accessories FROM "
                                     "handover_item WHERE handover_id = ? AND asset_id = ?"),
                      error))
        return std::nullopt;
    for (const HandoverItem &wanted : request.items) {
        std::optional<Asset> asset = load(wanted.assetId, error);
        if (!asset)
            return std::nullopt;
        const std::optional<std::pair<qint64, qint64>> open = openCheckout(asset->id, error);
        if (!open)
            return std::nullopt;
        if (open->first == 0) {
            *error = tr("%1 is not handed out to anyone.").arg(asset->inventoryNo);
            return std::nullopt;
        }
        if (record.personId == 0)
            record.personId = open->second;
        if (open->second != record.personId) {
            *error = tr("%1 is held by someone else: a return record is for one person's devices.")
                         .arg(asset->inventoryNo);
            return std::nullopt;
        }
        checkouts.append({ open->first, asset->id });
        asset->personId = 0;
        asset->status = AssetStatus::InStock;
        if (record.siteId)
            asset->siteId = record.siteId;
        if (record.roomId)
            asset->roomId = record.roomId;
        if (!save(*asset, error))
            return std::nullopt;
        // The item as it was handed out, with the condition it came back in.
        handed.bindValue(0, open->first);
        handed.bindValue(1, asset->id);
        if (!Sql::exec(handed, error) || !handed.next())
            return std::nullopt;
        HandoverItem item;
        item.assetId = asset->id;
        item.inventoryNo = handed.value(0).toString();
        item.serialNo = handed.value(1).toString();
        item.description = handed.value(2).toString();
        item.accessories = wanted.accessories.trimmed().isEmpty() ? handed.value(3).toString()
                                                                  : wanted.accessories.trimmed();
        item.condition = wanted.condition.trimmed();
        handed.finish();
        record.items.append(item);
    }
    QSqlQuery person(m_database.connection());
    if (!Sql::prepare(person, QStringLiteral("SELECT name, unit_id FROM person WHERE id = ?"), error))
        return std::nullopt;
    person.addBindValue(record.personId);
    if (!Sql::exec(person, error) || !person.next())
        return std::nullopt;
    record.personName = person.value(0).toString();
    record.unitId = person.value(1).toLongLong();
    person.finish();
    if (!insertRecord(record, error))
        return std::nullopt;
    if (!Sql::prepare(
            markReturned,
            QStringLiteral(
                "UPDATE handover_item SET returned_by_id = ? WHERE handover_id = ? AND asset_id = ?"),
            error))
        return std::nullopt;
    for (const auto &[checkoutId, assetId] : std::as_const(checkouts)) {
        markReturned.bindValue(0, record.id);
        markReturned.bindValue(1, checkoutId);
        markReturned.bindValue(2, assetId);
        if (!Sql::exec(markReturned, error))
            return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return record;
}
