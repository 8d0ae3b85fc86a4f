#include "audits/auditservice.h"

#include "assets/identifiernormalizer.h"
#include "audits/auditcloser.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace {
// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime timestamp(const QVariant &value)
{
    QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (dateTime.isValid())
        dateTime.setTimeSpec(Qt::UTC);
    return dateTime;
}

const QString stateExpected = QStringLiteral("expected");
const QString stateFound = QStringLiteral("found");
const QString stateMoved = QStringLiteral("moved");

struct ScopeKind
{
    const char *code;
    QList<qint64> AuditScope::*ids;
};

const ScopeKind scopeKinds[] = {
    { "owner", &AuditScope::ownerAuthorityIds },
    { "using", &AuditScope::usingAuthorityIds },
    { "site", &AuditScope::siteIds },
    { "room", &AuditScope::roomIds },
    { "category", &AuditScope::categoryIds },
};
} // namespace

QString AuditScanResult::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Found:
        return QStringLiteral("found");
    case Outcome::Moved:
        return QStringLiteral("moved");
    case Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Unexpected:
        return QStringLiteral("unexpected");
    case Outcome::OutOfScope:
        return QStringLiteral("out_of_scope");
    case Outcome::Ambiguous:
        return QStringLiteral("ambiguous");
    }
    return {};
}

AuditService::AuditService(Database &database, const ChangeContext &context)
    : m_database(database)
    , m_context(context.resolved(database))
    , m_assets(database, m_context)
    , m_lookup(database)
    , m_status(database.connection())
    , m_item(database.connection())
    , m_updateItem(database.connection())
    , m_unexpected(database.connection())
    , m_insertUnexpected(database.connection())
    , m_insertScan(database.connection())
    , m_addCounters(database.connection())
    , m_counters(database.connection())
    , m_inventoryNo(database.connection())
    , m_openInRoom(database.connection())
{ }

bool AuditService::prepareStatements(QString *error)
{
    if (m_prepared)
        return true;
    m_prepared = Sql::prepare(m_status, QStringLiteral("SELECT status FROM audit WHERE id = ?"), error)
        && Sql::prepare(m_item,
                        QStringLiteral("SELECT id, state, expected_room_id, found_room_id FROM audit_item "
                                       "WHERE audit_id = ? AND asset_id = ?"),
                        error)
        && Sql::prepare(m_updateItem,
                        QStringLiteral("UPDATE audit_item SET state = ?, found_room_id = ?, found_at = ?, "
                                       "found_by = ?, accept_move = 0 WHERE id = ?"),
                        error)
        && Sql::prepare(m_unexpected,
                        QStringLiteral("SELECT id FROM audit_unexpected WHERE audit_id = ? AND code = ?"),
                        error)
        && Sql::prepare(m_insertUnexpected,
                        QStringLiteral(
                            "INSERT INTO audit_unexpected (audit_id, code, asset_id, room_id, scanned_at, "
                            "scanned_by) VALUES (?, ?, ?, ?, ?, ?)"),
                        error)
        && Sql::prepare(m_insertScan,
                        QStringLiteral(
                            "INSERT INTO audit_scan (audit_id, code, room_id, scanned_at, scanned_by, "
                            "source, file_name, line_no, outcome, asset_id) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        error)
        && Sql::prepare(m_addCounters,
                        QStringLiteral(
                            "UPDATE audit SET found_count = found_count + ?, moved_count = moved_count + ?, "
                            "unexpected_count = unexpected_count + ? WHERE id = ?"),
                        error)
        && Sql::prepare(m_counters,
                        QStringLiteral("SELECT expected_count, found_count, moved_count, unexpected_count "
                                       "FROM audit WHERE id = ?"),
                        error)
        && Sql::prepare(m_inventoryNo, QStringLiteral("SELECT inventory_no FROM asset WHERE id = ?"), error)
        && Sql::prepare(m_openInRoom,
                        QStringLiteral(
                            "SELECT COUNT(*) FROM audit_item WHERE audit_id = ? AND expected_room_id = ? "
                            "AND state = 'expected'"),
                        error);
    return m_prepared;
}

std::optional<qint64> AuditService::create(const QString &name, const AuditScope &scope,
                                           const QString &responsible, const QDate &dueDate, QString *error)
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = tr("An audit needs a name.");
        return std::nullopt;
    }
    QSqlDatabase &db = m_database.connection();
    Sql::Transaction transaction(db);
    QSqlQuery insert(db);
    if (!transaction.isActive()
        || !Sql::prepare(
            insert,
            QStringLiteral("INSERT INTO audit (name, responsible, due_date, status, created_at, created_by) "
                           "VALUES (?, ?, ?, 'open', ?, ?)"),
            error))
        return std::nullopt;
    insert.addBindValue(name.trimmed());
    insert.addBindValue(text(responsible.trimmed()));
    insert.addBindValue(dueDate.isValid() ? QVariant(dueDate.toString(Qt::ISODate))
                                          : QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(Sql::nowText());
    insert.addBindValue(m_context.user);
    if (!Sql::exec(insert, error))
        return std::nullopt;
    const qint64 auditId = insert.lastInsertId().toLongLong();

    QSqlQuery insertScope(db);
    if (!Sql::prepare(insertScope,
                      QStringLiteral("INSERT INTO audit_scope (audit_id, kind, ref_id) VALUES (?, ?, ?)"),
                      error))
        return std::nullopt;
    for (const ScopeKind &kind : scopeKinds) {
        QList<qint64> ids = scope.*(kind.ids);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (qint64 id : ids) {
            insertScope.bindValue(0, auditId);
            insertScope.bindValue(1, QString::fromLatin1(kind.code));
            insertScope.bindValue(2, id);
            if (!Sql::exec(insertScope, error))
                return std::nullopt;
        }
    }

    // One statement selects the expected list; the scope rows decide, so the text
    // never changes with the scope. Retired assets have left the inventory.
    QString condition;
    const char *const columns[] = { "owner_authority_id", "using_authority_id", "site_id", "room_id",
                                    "category_id" };
    for (int i = 0; i < 5; ++i) {
        condition +=
            QStringLiteral(
                " AND (NOT EXISTS (SELECT 1 FROM audit_scope s WHERE s.audit_id = ? AND s.kind = '%1')"
                " OR a.%2 IN (SELECT s.ref_id FROM audit_scope s WHERE s.audit_id = ? AND s.kind = '%1'))")
                .arg(QString::fromLatin1(scopeKinds[i].code), QString::fromLatin1(columns[i]));
    }
    QSqlQuery expected(db);
    if (!Sql::prepare(
            expected,
            QStringLiteral(
                "INSERT INTO audit_item (audit_id, asset_id, expected_site_id, expected_room_id) "
                "SELECT ?, a.id, COALESCE(a.site_id, (SELECT r.site_id FROM room r WHERE r.id = a.room_id)), "
                "a.room_id FROM asset a WHERE a.status <> 'retired'")
                + condition,
            error))
        return std::nullopt;
    for (int i = 0; i < 11; ++i)
        expected.addBindValue(auditId);
    QSqlQuery count(db);
    if (!Sql::exec(expected, error)
        || !Sql::prepare(count,
                         QStringLiteral("UPDATE audit SET expected_count = "
                                        "(SELECT COUNT(*) FROM audit_item WHERE audit_id = ?) WHERE id = ?"),
                         error))
        return std::nullopt;
    count.addBindValue(auditId);
    count.addBindValue(auditId);
    if (!Sql::exec(count, error) || !transaction.commit(error))
        return std::nullopt;
    return auditId;
}

QList<Audit> AuditService::list(QString *error)
{
    QList<Audit> audits;
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT id, name, responsible, due_date, status, expected_count, found_count, "
                           "moved_count, unexpected_count, created_at, created_by, closed_at, closed_by "
                           "FROM audit ORDER BY id"),
            error)
        || !Sql::exec(query, error))
        return audits;
    while (query.next()) {
        Audit audit;
        audit.id = query.value(0).toLongLong();
        audit.name = query.value(1).toString();
        audit.responsible = query.value(2).toString();
        audit.dueDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        audit.status = AuditStatusText::fromCode(query.value(4).toString()).value_or(AuditStatus::Open);
        audit.counters.expected = query.value(5).toInt();
        audit.counters.found = query.value(6).toInt();
        audit.counters.moved = query.value(7).toInt();
        audit.counters.unexpected = query.value(8).toInt();
        audit.createdAt = timestamp(query.value(9));
        audit.createdBy = query.value(10).toString();
        audit.closedAt = timestamp(query.value(11));
        audit.closedBy = query.value(12).toString();
        audits.append(audit);
    }
    QSqlQuery scope(m_database.connection());
    if (!Sql::prepare(
            scope,
            QStringLiteral("SELECT audit_id, kind, ref_id FROM audit_scope ORDER BY audit_id, kind, ref_id"),
            error)
        || !Sql::exec(scope, error))
        return {};
    while (scope.next()) {
        const qint64 auditId = scope.value(0).toLongLong();
        const QString kind = scope.value(1).toString();
        for (Audit &audit : audits) {
            if (audit.id != auditId)
                continue;
            for (const ScopeKind &scopeKind : scopeKinds) {
                if (kind == QLatin1String(scopeKind.code))
                    (audit.scope.*(scopeKind.ids)).append(scope.value(2).toLongLong());
            }
        }
    }
    return audits;
}

std::optional<Audit> AuditService::find(qint64 auditId, QString *error)
{
    const QList<Audit> audits = list(error);
    for (const Audit &audit : audits) {
        if (audit.id == auditId)
            return audit;
    }
    if (error)
        *error = tr("There is no audit %1.").arg(auditId);
    return std::nullopt;
}

std::optional<AuditStatus> AuditService::status(qint64 auditId, QString *error)
{
    if (!prepareStatements(error))
        return std::nullopt;
    m_status.bindValue(0, auditId);
    if (!Sql::exec(m_status, error))
        return std::nullopt;
    std::optional<AuditStatus> result;
    if (m_status.next())
        result = AuditStatusText::fromCode(m_status.value(0).toString());
    m_status.finish();
    if (!result && error)
        *error = tr("There is no audit %1.").arg(auditId);
    return result;
}

bool AuditService::requireChangeable(qint64 auditId, bool allowPaused, QString *error)
{
    const std::optional<AuditStatus> current = status(auditId, error);
    if (!current)
        return false;
    if (*current == AuditStatus::Closed) {
        if (error)
            *error = tr("Audit %1 is closed and cannot be changed any more.").arg(auditId);
        return false;
    }
    if (*current == AuditStatus::Paused && !allowPaused) {
        if (error)
            *error = tr("Audit %1 is paused. Resume it before scanning.").arg(auditId);
        return false;
    }
    return true;
}

bool AuditService::setStatus(qint64 auditId, AuditStatus from, AuditStatus to, QString *error)
{
    if (!requireChangeable(auditId, true, error))
        return false;
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, QStringLiteral("UPDATE audit SET status = ? WHERE id = ? AND status = ?"),
                      error))
        return false;
    query.addBindValue(AuditStatusText::code(to));
    query.addBindValue(auditId);
    query.addBindValue(AuditStatusText::code(from));
    if (!Sql::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("Audit %1 is not %2.").arg(auditId).arg(AuditStatusText::displayName(from));
        return false;
    }
    return true;
}

bool AuditService::pause(qint64 auditId, QString *error)
{
    return setStatus(auditId, AuditStatus::Open, AuditStatus::Paused, error);
}

bool AuditService::resume(qint64 auditId, QString *error)
{
    return setStatus(auditId, AuditStatus::Paused, AuditStatus::Open, error);
}

bool AuditService::logScan(qint64 auditId, const AuditScan &scan, const QString &scannedAt,
                           AuditScanResult::Outcome outcome, qint64 assetId, QString *error)
{
    m_insertScan.bindValue(0, auditId);
    m_insertScan.bindValue(1, scan.code.trimmed());
    m_insertScan.bindValue(2, Sql::idOrNull(scan.roomId));
    m_insertScan.bindValue(3, scannedAt);
    m_insertScan.bindValue(4, m_context.user);
    m_insertScan.bindValue(
        5, scan.source == AuditScan::Source::File ? QStringLiteral("file") : QStringLiteral("scanner"));
    m_insertScan.bindValue(6, text(scan.fileName));
    m_insertScan.bindValue(
        7, scan.lineNo > 0 ? QVariant(scan.lineNo) : QVariant(QMetaType(QMetaType::LongLong)));
    m_insertScan.bindValue(8, AuditScanResult::outcomeCode(outcome));
    m_insertScan.bindValue(9, Sql::idOrNull(assetId));
    return Sql::exec(m_insertScan, error);
}

bool AuditService::addCounters(qint64 auditId, int found, int moved, int unexpected, QString *error)
{
    if (found == 0 && moved == 0 && unexpected == 0)
        return true;
    m_addCounters.bindValue(0, found);
    m_addCounters.bindValue(1, moved);
    m_addCounters.bindValue(2, unexpected);
    m_addCounters.bindValue(3, auditId);
    return Sql::exec(m_addCounters, error);
}

QString AuditService::assetInventoryNo(qint64 assetId)
{
    m_inventoryNo.bindValue(0, assetId);
    QString number;
    if (m_inventoryNo.exec() && m_inventoryNo.next())
        number = m_inventoryNo.value(0).toString();
    m_inventoryNo.finish();
    return number;
}

std::optional<AuditScanResult> AuditService::recordUnexpected(qint64 auditId, const AuditScan &scan,
                                                              const QString &key, qint64 assetId,
                                                              const QString &scannedAt, QString *error)
{
    AuditScanResult result;
    result.assetId = assetId;
    result.foundRoomId = scan.roomId;
    result.inventoryNo = assetId > 0 ? key : QString();
    m_unexpected.bindValue(0, auditId);
    m_unexpected.bindValue(1, key);
    if (!Sql::exec(m_unexpected, error))
        return std::nullopt;
    if (m_unexpected.next()) {
        result.unexpectedId = m_unexpected.value(0).toLongLong();
        result.outcome = AuditScanResult::Outcome::Duplicate;
        result.message = tr("%1 was already recorded as unexpected.").arg(key);
    } else {
        result.outcome =
            assetId > 0 ? AuditScanResult::Outcome::OutOfScope : AuditScanResult::Outcome::Unexpected;
        m_insertUnexpected.bindValue(0, auditId);
        m_insertUnexpected.bindValue(1, key);
        m_insertUnexpected.bindValue(2, Sql::idOrNull(assetId));
        m_insertUnexpected.bindValue(3, Sql::idOrNull(scan.roomId));
        m_insertUnexpected.bindValue(4, scannedAt);
        m_insertUnexpected.bindValue(5, m_context.user);
        if (!Sql::exec(m_insertUnexpected, error))
            return std::nullopt;
        result.unexpectedId = m_insertUnexpected.lastInsertId().toLongLong();
        result.message = assetId > 0
            ? tr("%1 is in the inventory but outside this audit's scope: recorded as unexpected.").arg(key)
            : tr("%1 is not in the inventory: recorded as unexpected.").arg(key);
        if (!addCounters(auditId, 0, 0, 1, error))
            return std::nullopt;
    }
    m_unexpected.finish();
    if (!logScan(auditId, scan, scannedAt, result.outcome, assetId, error))
        return std::nullopt;
    return result;
}

std::optional<AuditScanResult> AuditService::recordScan(qint64 auditId, const AuditScan &scan, QString *error)
{
    const QString code = scan.code.trimmed();
    if (code.isEmpty()) {
        if (error)
            *error = tr("The scanned code is empty.");
        return std::nullopt;
    }
    if (!prepareStatements(error))
        return std::nullopt;
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive() || !requireChangeable(auditId, false, error))
        return std::nullopt;
    const QString scannedAt =
        scan.scannedAt.isValid() ? scan.scannedAt.toUTC().toString(Qt::ISODateWithMs) : Sql::nowText();

    QString lookupError;
    const QList<qint64> assetIds = m_assets.findByIdentifier(code, &lookupError);
    if (!lookupError.isEmpty()) {
        if (error)
            *error = lookupError;
        return std::nullopt;
    }

    std::optional<AuditScanResult> result;
    if (assetIds.isEmpty()) {
        result = recordUnexpected(auditId, scan, IdentifierNormalizer::serial(code), 0, scannedAt, error);
    } else {
        struct Item
        {
            qint64 id, assetId, expectedRoomId, foundRoomId;
            QString state;
        };
        QList<Item> items;
        for (qint64 assetId : assetIds) {
            m_item.bindValue(0, auditId);
            m_item.bindValue(1, assetId);
            if (!Sql::exec(m_item, error))
                return std::nullopt;
            if (m_item.next())
                items.append({ m_item.value(0).toLongLong(), assetId, m_item.value(2).toLongLong(),
                               m_item.value(3).toLongLong(), m_item.value(1).toString() });
            m_item.finish();
        }
        if (items.isEmpty()) {
            result = recordUnexpected(auditId, scan, assetInventoryNo(assetIds.first()), assetIds.first(),
                                      scannedAt, error);
        } else if (items.size() > 1) {
            result = AuditScanResult();
            result->outcome = AuditScanResult::Outcome::Ambiguous;
            result->message =
                tr("%1 matches several assets of this audit: scan another identifier.").arg(code);
            if (!logScan(auditId, scan, scannedAt, result->outcome, 0, error))
                return std::nullopt;
        } else {
            const Item &item = items.first();
            result = AuditScanResult();
            result->assetId = item.assetId;
            result->inventoryNo = assetInventoryNo(item.assetId);
            result->expectedRoomId = item.expectedRoomId;
            result->foundRoomId = scan.roomId;
            const bool wasFound = item.state != stateExpected;
            const qint64 currentRoom = item.state == stateMoved ? item.foundRoomId
                : item.foundRoomId > 0                          ? item.foundRoomId
                                                                : item.expectedRoomId;
            if (wasFound && (scan.roomId == 0 || scan.roomId == currentRoom)) {
                result->outcome = AuditScanResult::Outcome::Duplicate;
                result->foundRoomId = currentRoom;
                result->message = tr("%1 was already scanned.").arg(result->inventoryNo);
            } else {
                // Without a room the item counts as found where it was expected.
                const bool inPlace = scan.roomId == 0 || scan.roomId == item.expectedRoomId;
                const QString newState = inPlace ? stateFound : stateMoved;
                m_updateItem.bindValue(0, newState);
                m_updateItem.bindValue(1, Sql::idOrNull(scan.roomId));
                m_updateItem.bindValue(2, scannedAt);
                m_updateItem.bindValue(3, m_context.user);
                m_updateItem.bindValue(4, item.id);
                if (!Sql::exec(m_updateItem, error))
                    return std::nullopt;
                int found = inPlace ? 1 : 0;
                int moved = inPlace ? 0 : 1;
                if (item.state == stateFound)
                    --found;
                else if (item.state == stateMoved)
                    --moved;
                if (!addCounters(auditId, found, moved, 0, error))
                    return std::nullopt;
                result->outcome = inPlace ? AuditScanResult::Outcome::Found : AuditScanResult::Outcome::Moved;
                if (inPlace) {
                    result->message = tr("%1 found.").arg(result->inventoryNo);
                } else {
                    const QString expected =
                        item.expectedRoomId > 0 ? m_lookup.roomLabel(item.expectedRoomId) : tr("no room");
                    result->message =
                        tr("%1 found in %2, expected in %3: moved.")
                            .arg(result->inventoryNo, m_lookup.roomLabel(scan.roomId), expected);
                }
            }
            if (!logScan(auditId, scan, scannedAt, result->outcome, item.assetId, error))
                return std::nullopt;
        }
    }
    if (!result)
        return std::nullopt;
    const std::optional<AuditCounters> current = counters(auditId, error);
    if (!current || !transaction.commit(error))
        return std::nullopt;
    result->counters = *current;
    return result;
}

bool AuditService::acceptMove(qint64 auditId, qint64 assetId, bool accept, QString *error)
{
    if (!requireChangeable(auditId, true, error))
        return false;
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("UPDATE audit_item SET accept_move = ? WHERE audit_id = ? AND asset_id = ? "
                           "AND state = 'moved'"),
            error))
        return false;
    query.addBindValue(accept ? 1 : 0);
    query.addBindValue(auditId);
    query.addBindValue(assetId);
    if (!Sql::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("The asset was not found in another room in this audit.");
        return false;
    }
    return true;
}

bool AuditService::captureUnexpected(qint64 auditId, qint64 unexpectedId, const UnexpectedCapture &capture,
                                     QString *error)
{
    if (!requireChangeable(auditId, true, error))
        return false;
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("UPDATE audit_unexpected SET category_id = ?, manufacturer = ?, model = ?, "
                           "serial_no = ?, note = ? WHERE id = ? AND audit_id = ?"),
            error))
        return false;
    query.addBindValue(Sql::idOrNull(capture.categoryId));
    query.addBindValue(text(capture.manufacturer.trimmed()));
    query.addBindValue(text(capture.model.trimmed()));
    query.addBindValue(text(IdentifierNormalizer::serial(capture.serialNo)));
    query.addBindValue(text(capture.note.trimmed()));
    query.addBindValue(unexpectedId);
    query.addBindValue(auditId);
    if (!Sql::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no such unexpected find in audit %1.").arg(auditId);
        return false;
    }
    return true;
}

std::optional<AuditCounters> AuditService::counters(qint64 auditId, QString *error)
{
    if (!prepareStatements(error))
        return std::nullopt;
    m_counters.bindValue(0, auditId);
    if (!Sql::exec(m_counters, error))
        return std::nullopt;
    if (!m_counters.next()) {
        if (error)
            *error = tr("There is no audit %1.").arg(auditId);
        return std::nullopt;
    }
    AuditCounters result;
    result.expected = m_counters.value(0).toInt();
    result.found = m_counters.value(1).toInt();
    result.moved = m_counters.value(2).toInt();
    result.unexpected = m_counters.value(3).toInt();
    m_counters.finish();
    return result;
}

QList<AuditRoomCount> AuditService::openCountsByRoom(qint64 auditId, QString *error)
{
    QList<AuditRoomCount> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT expected_room_id, COUNT(*) FROM audit_item WHERE audit_id = ? "
                                     "AND state = 'expected' GROUP BY expected_room_id"),
                      error))
        return result;
    query.addBindValue(auditId);
    if (!Sql::exec(query, error))
        return result;
    while (query.next())
        result.append({ query.value(0).toLongLong(), query.value(1).toInt() });
    return result;
}

int AuditService::openCountInRoom(qint64 auditId, qint64 roomId, QString *error)
{
    if (!prepareStatements(error))
        return 0;
    if (roomId <= 0) {
        QSqlQuery query(m_database.connection());
        if (!Sql::prepare(query,
                          QStringLiteral("SELECT COUNT(*) FROM audit_item WHERE audit_id = ? "
                                         "AND expected_room_id IS NULL AND state = 'expected'"),
                          error))
            return 0;
        query.addBindValue(auditId);
        return Sql::exec(query, error) && query.next() ? query.value(0).toInt() : 0;
    }
    m_openInRoom.bindValue(0, auditId);
    m_openInRoom.bindValue(1, roomId);
    int count = 0;
    if (Sql::exec(m_openInRoom, error) && m_openInRoom.next())
        count = m_openInRoom.value(0).toInt();
    m_openInRoom.finish();
    return count;
}

QList<AuditOpenItem> AuditService::openItems(qint64 auditId, qint64 roomId, QString *error)
{
    QList<AuditOpenItem> result;
    QSqlQuery query(m_database.connection());
    const QString roomCondition =
        roomId > 0 ? QStringLiteral("i.expected_room_id = ?") : QStringLiteral("i.expected_room_id IS NULL");
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT i.asset_id, a.inventory_no, c.name, a.manufacturer, a.model "
                           "FROM audit_item i JOIN asset a ON a.id = i.asset_id "
                           "JOIN category c ON c.id = a.category_id "
                           "WHERE i.audit_id = ? AND %1 AND i.state = 'expected' ORDER BY a.inventory_no")
                .arg(roomCondition),
            error))
        return result;
    query.addBindValue(auditId);
    if (roomId > 0)
        query.addBindValue(roomId);
    if (!Sql::exec(query, error))
        return result;
    while (query.next()) {
        AuditOpenItem item;
        item.assetId = query.value(0).toLongLong();
        item.inventoryNo = query.value(1).toString();
        QStringList parts = { query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString() };
        parts.removeAll(QString());
        item.description = parts.join(QLatin1Char(' '));
        item.roomId = roomId;
        result.append(item);
    }
    return result;
}

bool AuditService::close(qint64 auditId, QString *error)
{
    if (!prepareStatements(error))
        return false;
    QSqlDatabase &db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive() || !requireChangeable(auditId, true, error))
        return false;

    // Set-based: a few statements per outcome whatever the audit's size (docs/AUDITS.md).
    if (!AuditCloser(m_database, m_context).apply(auditId, QDate::currentDate(), error))
        return false;

    QSqlQuery missing(db);
    QSqlQuery freeze(db);
    if (!Sql::prepare(
            missing,
            QStringLiteral(
                "UPDATE audit_item SET state = 'missing' WHERE audit_id = ? AND state = 'expected'"),
            error)
        || !Sql::prepare(freeze,
                         QStringLiteral("UPDATE audit SET status = 'closed', closed_at = ?, closed_by = ? "
                                        "WHERE id = ? AND status <> 'closed'"),
                         error))
        return false;
    missing.addBindValue(auditId);
    freeze.addBindValue(Sql::nowText());
    freeze.addBindValue(m_context.user);
    freeze.addBindValue(auditId);
    if (!Sql::exec(missing, error) || !Sql::exec(freeze, error))
        return false;
    if (freeze.numRowsAffected() != 1) {
        if (error)
            *error = tr("Audit %1 was closed in the meantime.").arg(auditId);
        return false;
    }
    return transaction.commit(error);
}
