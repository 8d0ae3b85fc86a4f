#include "licences/licencerepository.h"

#include "history/historysnapshot.h"
#include "history/rowversionupdate.h"
#include "licences/licenceconflictmessage.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlplaceholders.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {
const QString entityName = QStringLiteral("licence");

QString columnList()
{
    QStringList columns;
    for (LicenceField field : LicenceFields::all())
        columns.append(LicenceFields::column(field));
    return columns.join(QStringLiteral(", "));
}

// The values a licence was created with or had when deleted, key masked.
QString snapshot(const Licence &licence)
{
    HistorySnapshot snapshot;
    for (LicenceField field : LicenceFields::all())
        snapshot.add(LicenceFields::column(field), LicenceFields::historyText(licence, field));
    return snapshot.toJson();
}

const QString assignmentField = QStringLiteral("assignment");
} // namespace

LicenceRepository::LicenceRepository(Database &database, const ChangeContext &context)
    : m_database(database)
    , m_context(context.resolved(database))
    , m_history(database)
    , m_insert(database.connection())
    , m_select(database.connection())
    , m_insertAssignment(database.connection())
    , m_countAssigned(database.connection())
    , m_allocationOf(database.connection())
    , m_authorityCode(database.connection())
    , m_allocations(database.connection())
    , m_allocationSeats(database.connection())
    , m_insertAllocation(database.connection())
    , m_updateAllocation(database.connection())
    , m_deleteAllocation(database.connection())
    , m_findByKey(database.connection())
    , m_findByContract(database.connection())
    , m_delete(database.connection())
{ }

bool LicenceRepository::prepareStatements(QString *error)
{
    if (m_prepared)
        return true;
    const QStringList placeholders(LicenceFields::all().size() + 4, QStringLiteral("?"));
    m_prepared =
        Sql::prepareNamed(
            m_insert,
            QStringLiteral("INSERT INTO licence (%1, import_batch_id, created_at, updated_at, row_version) "
                           "VALUES (%2)")
                .arg(columnList(), placeholders.join(QStringLiteral(", "))),
            error)
        && Sql::prepareNamed(
            m_select,
            QStringLiteral("SELECT %1, import_batch_id, created_at, updated_at, row_version FROM licence "
                           "WHERE id = ?")
                .arg(columnList()),
            error)
        && Sql::prepare(
            m_insertAssignment,
            QStringLiteral("INSERT INTO licence_assignment (licence_id, using_authority_id, asset_id, "
                           "person_id, assigned_at) VALUES (?, ?, ?, ?, ?)"),
            error)
        && Sql::prepare(m_countAssigned,
                        QStringLiteral("SELECT COUNT(*) FROM licence_assignment WHERE licence_id = ? AND "
                                       "using_authority_id = ?"),
                        error)
        // Own seats, number of allocation rows, and the licence's quantity, owner and metric.
        && Sql::prepare(
            m_allocationOf,
            QStringLiteral("SELECT l.quantity, l.owner_authority_id, l.metric, "
                           " (SELECT COUNT(*) FROM licence_allocation a WHERE a.licence_id = l.id), "
                           " (SELECT a.seats FROM licence_allocation a WHERE a.licence_id = l.id "
                           "  AND a.authority_id = ?) "
                           "FROM licence l WHERE l.id = ?"),
            error)
        && Sql::prepare(m_authorityCode, QStringLiteral("SELECT code FROM authority WHERE id = ?"), error)
        && Sql::prepare(m_allocations,
                        QStringLiteral("SELECT a.authority_id, au.code, a.seats FROM licence_allocation a "
                                       "JOIN authority au ON au.id = a.authority_id WHERE a.licence_id = ? "
                                       "ORDER BY au.code"),
                        error)
        && Sql::prepare(
            m_allocationSeats,
            QStringLiteral("SELECT seats FROM licence_allocation WHERE licence_id = ? AND authority_id = ?"),
            error)
        && Sql::prepare(
            m_insertAllocation,
            QStringLiteral(
                "INSERT INTO licence_allocation (seats, licence_id, authority_id) VALUES (?, ?, ?)"),
            error)
        && Sql::prepare(
            m_updateAllocation,
            QStringLiteral(
                "UPDATE licence_allocation SET seats = ? WHERE licence_id = ? AND authority_id = ?"),
            error)
        && Sql::prepare(
            m_deleteAllocation,
            QStringLiteral("DELETE FROM licence_allocation WHERE licence_id = ? AND authority_id = ?"), error)
        // Both read a partial index of migration 9; without it, each import row read the table.
        && Sql::prepare(m_findByKey,
                        QStringLiteral("SELECT id FROM licence WHERE licence_key = ? AND licence_key <> ''"),
                        error)
        && Sql::prepare(m_findByContract,
                        QStringLiteral("SELECT id FROM licence WHERE licence_key = '' AND product = ? AND "
                                       "contract_no = ? AND owner_authority_id = ?"),
                        error)
        && Sql::prepare(m_delete, QStringLiteral("DELETE FROM licence WHERE id = ?"), error);
    return m_prepared;
}

std::optional<Licence> LicenceRepository::find(qint64 id, QString *error)
{
    if (!prepareStatements(error))
        return std::nullopt;
    Sql::bind(m_select, 0, id);
    if (!Sql::exec(m_select, error))
        return std::nullopt;
    if (!m_select.next()) {
        m_select.finish();
        if (error)
            *error = tr("Licence %1 does not exist.").arg(id);
        return std::nullopt;
    }
    Licence licence;
    licence.id = id;
    int column = 0;
    for (LicenceField field : LicenceFields::all())
        LicenceFields::setValue(licence, field, m_select.value(column++));
    licence.importBatchId = m_select.value(column++).toLongLong();
    licence.createdAt = QDateTime::fromString(m_select.value(column++).toString(), Qt::ISODateWithMs);
    licence.updatedAt = QDateTime::fromString(m_select.value(column++).toString(), Qt::ISODateWithMs);
    licence.rowVersion = m_select.value(column++).toInt();
    m_select.finish();
    return licence;
}

bool LicenceRepository::validate(const Licence &licence, QString *error) const
{
    QString problem;
    if (licence.product.trimmed().isEmpty())
        problem = tr("A licence needs a product name.");
    else if (licence.ownerAuthorityId <= 0)
        problem = tr("A licence needs an owner authority.");
    else if (licence.quantity < 0)
        problem = tr("The number of seats cannot be negative (%1).").arg(licence.quantity);
    else if (licence.pricePerSeatCents && *licence.pricePerSeatCents < 0)
        problem = tr("The price per seat cannot be negative.");
    else if (licence.validFrom.isValid() && licence.validUntil.isValid()
             && licence.validUntil < licence.validFrom)
        problem = tr("The licence ends before it starts.");
    if (problem.isEmpty())
        return true;
    if (error)
        *error = problem;
    return false;
}

namespace {
void trimTexts(Licence &licence)
{
    licence.product = licence.product.trimmed();
    licence.vendor = licence.vendor.trimmed();
    licence.edition = licence.edition.trimmed();
    licence.licenceKey = licence.licenceKey.trimmed();
    licence.contractNo = licence.contractNo.trimmed();
}
} // namespace

bool LicenceRepository::insert(Licence &licence, QString *error)
{
    if (!prepareStatements(error))
        return false;
    trimTexts(licence);
    if (!validate(licence, error))
        return false;
    Sql::Transaction transaction(m_database.connection());
    const QString now = Sql::nowText();
    int index = 0;
    for (LicenceField field : LicenceFields::all())
        Sql::bind(m_insert, index++, LicenceFields::value(licence, field));
    Sql::bind(m_insert, index++, Sql::idOrNull(m_context.importBatchId));
    Sql::bind(m_insert, index++, now);
    Sql::bind(m_insert, index++, now);
    Sql::bind(m_insert, index++, 1);
    if (!transaction.isActive() || !Sql::exec(m_insert, error))
        return false;
    const qint64 id = m_insert.lastInsertId().toLongLong();
    if (id <= 0) {
        if (error)
            *error = tr("The database did not return the new licence's id.");
        return false;
    }
    ChangeContext stamped = m_context;
    stamped.at = now;
    if (!m_history.record(entityName, id, HistoryRecorder::Action::Insert, QString(), QVariant(),
                          snapshot(licence), stamped, error))
        return false;
    if (!transaction.commit(error))
        return false;
    licence.id = id;
    licence.rowVersion = 1;
    licence.importBatchId = m_context.importBatchId;
    licence.createdAt = licence.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return true;
}

LicenceRepository::UpdateResult LicenceRepository::update(Licence &licence, QString *error)
{
    if (!prepareStatements(error))
        return UpdateResult::Failed;
    trimTexts(licence);
    const std::optional<Licence> stored = find(licence.id, error);
    if (!stored)
        return UpdateResult::Failed;
    if (stored->rowVersion != licence.rowVersion) {
        if (error)
            *error = LicenceConflictMessage::describe(m_database, licence, stored->product);
        return UpdateResult::Conflict;
    }
    QList<LicenceField> changed;
    for (LicenceField field : LicenceFields::all()) {
        if (LicenceFields::text(*stored, field) != LicenceFields::text(licence, field))
            changed.append(field);
    }
    if (changed.isEmpty())
        return UpdateResult::Unchanged;
    if (!validate(licence, error))
        return UpdateResult::Failed;

    QList<ColumnChange> changes;
    for (LicenceField field : changed) {
        changes.append({ LicenceFields::column(field), LicenceFields::value(licence, field),
                         LicenceFields::historyText(*stored, field),
                         LicenceFields::historyText(licence, field) });
    }
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return UpdateResult::Failed;
    QString now;
    switch (RowVersionUpdate(m_database, m_history)
                .apply(entityName, licence.id, licence.rowVersion, changes, m_context, &now, error)) {
    case RowVersionUpdate::Result::Updated:
        break;
    case RowVersionUpdate::Result::Conflict:
        if (error)
            *error = LicenceConflictMessage::describe(m_database, licence, stored->product);
        return UpdateResult::Conflict;
    case RowVersionUpdate::Result::Failed:
        return UpdateResult::Failed;
    }
    if (!transaction.commit(error))
        return UpdateResult::Failed;
    licence.rowVersion += 1;
    licence.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return UpdateResult::Updated;
}

bool LicenceRepository::remove(qint64 id, QString *error)
{
    const std::optional<Licence> stored = find(id, error);
    if (!stored)
        return false;
    // An import's undo removes every licence the import created through here.
    Sql::Transaction transaction(m_database.connection());
    m_delete.bindValue(0, id);
    if (!transaction.isActive() || !Sql::exec(m_delete, error))
        return false;
    if (!m_history.record(entityName, id, HistoryRecorder::Action::Delete, QString(), snapshot(*stored),
                          QVariant(), m_context, error))
        return false;
    return transaction.commit(error);
}

std::optional<QString> LicenceRepository::revealKey(qint64 licenceId, QString *error)
{
    const std::optional<Licence> stored = find(licenceId, error);
    if (!stored)
        return std::nullopt;
    // The reveal is recorded before the key is handed out: no record, no key.
    if (!m_history.record(entityName, licenceId, HistoryRecorder::Action::Reveal,
                          LicenceFields::column(LicenceField::LicenceKey), QVariant(), QVariant(), m_context,
                          error))
        return std::nullopt;
    return stored->licenceKey;
}

QString LicenceRepository::authorityCode(qint64 authorityId, QString *error)
{
    if (!prepareStatements(error))
        return {};
    m_authorityCode.bindValue(0, authorityId);
    if (!Sql::exec(m_authorityCode, error))
        return {};
    QString code;
    if (m_authorityCode.next())
        code = m_authorityCode.value(0).toString();
    m_authorityCode.finish();
    if (code.isEmpty() && error)
        *error = tr("Authority %1 does not exist.").arg(authorityId);
    return code;
}

std::optional<qint64> LicenceRepository::findMatching(const Licence &licence, QString *error)
{
    if (!prepareStatements(error))
        return std::nullopt;
    const bool byKey = !licence.licenceKey.isEmpty();
    QSqlQuery &query = byKey ? m_findByKey : m_findByContract;
    if (byKey) {
        query.bindValue(0, licence.licenceKey);
    } else {
        query.bindValue(0, licence.product);
        query.bindValue(1, licence.contractNo);
        query.bindValue(2, licence.ownerAuthorityId);
    }
    if (!Sql::exec(query, error))
        return std::nullopt;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

QList<LicenceAllocation> LicenceRepository::allocations(qint64 licenceId, QString *error)
{
    QList<LicenceAllocation> result;
    if (!prepareStatements(error))
        return result;
    m_allocations.bindValue(0, licenceId);
    if (!Sql::exec(m_allocations, error))
        return result;
    while (m_allocations.next())
        result.append({ m_allocations.value(0).toLongLong(), m_allocations.value(1).toString(),
                        m_allocations.value(2).toInt() });
    m_allocations.finish();
    return result;
}

namespace {
bool refuseNegative(int seats, QString *error)
{
    if (seats >= 0)
        return false;
    if (error)
        *error = LicenceRepository::tr("An allocation cannot be negative (%1 seats).").arg(seats);
    return true;
}
} // namespace

bool LicenceRepository::setAllocation(qint64 licenceId, qint64 authorityId, int seats, QString *error)
{
    if (refuseNegative(seats, error))
        return false;
    const QString code = authorityCode(authorityId, error);
    if (code.isEmpty() || !find(licenceId, error))
        return false;
    Sql::Transaction transaction(m_database.connection());
    return transaction.isActive() && writeAllocation(licenceId, authorityId, code, seats, error)
        && transaction.commit(error);
}

bool LicenceRepository::writeAllocation(qint64 licenceId, qint64 authorityId, const QString &authorityCode,
                                        int seats, QString *error)
{
    m_allocationSeats.bindValue(0, licenceId);
    m_allocationSeats.bindValue(1, authorityId);
    if (!Sql::exec(m_allocationSeats, error))
        return false;
    const bool exists = m_allocationSeats.next();
    const int oldSeats = exists ? m_allocationSeats.value(0).toInt() : 0;
    m_allocationSeats.finish();
    if ((exists && oldSeats == seats) || (!exists && seats == 0))
        return true;

    QSqlQuery &write = seats == 0 ? m_deleteAllocation : exists ? m_updateAllocation : m_insertAllocation;
    int index = 0;
    if (seats != 0)
        write.bindValue(index++, seats);
    write.bindValue(index++, licenceId);
    write.bindValue(index, authorityId);
    return Sql::exec(write, error)
        && m_history.record(entityName, licenceId, HistoryRecorder::Action::Update,
                            QStringLiteral("allocation:%1").arg(authorityCode),
                            exists ? QVariant(oldSeats) : QVariant(),
                            seats != 0 ? QVariant(seats) : QVariant(), m_context, error);
}

bool LicenceRepository::setAllocations(qint64 licenceId, const QHash<qint64, int> &seatsByAuthority,
                                       QString *error)
{
    // Checked once for the licence, not once per authority: an import sets
    // allocations for every shared licence it creates.
    QHash<qint64, QString> codes;
    for (auto it = seatsByAuthority.cbegin(); it != seatsByAuthority.cend(); ++it) {
        if (refuseNegative(it.value(), error))
            return false;
        const QString code = authorityCode(it.key(), error);
        if (code.isEmpty())
            return false;
        codes.insert(it.key(), code);
    }
    if (!find(licenceId, error))
        return false;
    QString readError;
    const QList<LicenceAllocation> existing = allocations(licenceId, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return false;
    for (const LicenceAllocation &allocation : existing) {
        if (!seatsByAuthority.contains(allocation.authorityId)
            && !writeAllocation(licenceId, allocation.authorityId, allocation.authorityCode, 0, error))
            return false;
    }
    for (auto it = seatsByAuthority.cbegin(); it != seatsByAuthority.cend(); ++it) {
        if (!writeAllocation(licenceId, it.key(), codes.value(it.key()), it.value(), error))
            return false;
    }
    return transaction.commit(error);
}

bool LicenceRepository::seatUsage(qint64 licenceId, qint64 authorityId, int *allocated, int *assigned,
                                  QString *error)
{
    if (!prepareStatements(error))
        return false;
    m_allocationOf.bindValue(0, authorityId);
    m_allocationOf.bindValue(1, licenceId);
    if (!Sql::exec(m_allocationOf, error))
        return false;
    if (!m_allocationOf.next()) {
        m_allocationOf.finish();
        if (error)
            *error = tr("Licence %1 does not exist.").arg(licenceId);
        return false;
    }
    const int quantity = m_allocationOf.value(0).toInt();
    const qint64 owner = m_allocationOf.value(1).toLongLong();
    const bool site = m_allocationOf.value(2).toString() == LicenceMetricText::code(LicenceMetric::Site);
    const int allocationRows = m_allocationOf.value(3).toInt();
    const int ownSeats = m_allocationOf.value(4).toInt();
    m_allocationOf.finish();
    if (site)
        *allocated = -1;
    else if (allocationRows == 0)
        *allocated = authorityId == owner ? quantity : 0;
    else
        *allocated = ownSeats;

    m_countAssigned.bindValue(0, licenceId);
    m_countAssigned.bindValue(1, authorityId);
    if (!Sql::exec(m_countAssigned, error))
        return false;
    *assigned = m_countAssigned.next() ? m_countAssigned.value(0).toInt() : 0;
    m_countAssigned.finish();
    return true;
}

QString LicenceRepository::assignmentText(qint64 usingAuthorityId, qint64 assetId, qint64 personId,
                                          QString *error)
{
    QJsonObject object;
    if (assetId > 0) {
        object.insert(QStringLiteral("asset_id"), assetId);
        QSqlQuery query(m_database.connection());
        if (!Sql::prepare(query, QStringLiteral("SELECT inventory_no FROM asset WHERE id = ?"), error))
            return {};
        query.addBindValue(assetId);
        if (!Sql::exec(query, error))
            return {};
        if (query.next())
            object.insert(QStringLiteral("inventory_no"), query.value(0).toString());
    } else {
        // Only the id: a person's name must not outlive its anonymisation in the history.
        object.insert(QStringLiteral("person_id"), personId);
    }
    object.insert(QStringLiteral("authority"), authorityCode(usingAuthorityId, error));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<SeatOutcome> LicenceRepository::assignToAsset(qint64 licenceId, qint64 usingAuthorityId,
                                                            qint64 assetId, QString *error)
{
    return assign(licenceId, usingAuthorityId, assetId, 0, error);
}

std::optional<SeatOutcome> LicenceRepository::assignToPerson(qint64 licenceId, qint64 usingAuthorityId,
                                                             qint64 personId, QString *error)
{
    return assign(licenceId, usingAuthorityId, 0, personId, error);
}

std::optional<SeatOutcome> LicenceRepository::assign(qint64 licenceId, qint64 usingAuthorityId,
                                                     qint64 assetId, qint64 personId, QString *error)
{
    if (!prepareStatements(error))
        return std::nullopt;
    const std::optional<Licence> licence = find(licenceId, error);
    if (!licence)
        return std::nullopt;
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (licence->metric == LicenceMetric::Device && assetId <= 0)
        return fail(tr("%1 is licensed per device: assign its seats to devices.").arg(licence->product));
    if (licence->metric == LicenceMetric::User && personId <= 0)
        return fail(tr("%1 is licensed per user: assign its seats to persons.").arg(licence->product));
    const QString code = authorityCode(usingAuthorityId, error);
    if (code.isEmpty())
        return std::nullopt;

    QSqlQuery duplicate(m_database.connection());
    if (!Sql::prepare(duplicate,
                      assetId > 0
                          ? QStringLiteral("SELECT COUNT(*) FROM licence_assignment WHERE licence_id = ? "
                                           "AND asset_id = ?")
                          : QStringLiteral("SELECT COUNT(*) FROM licence_assignment WHERE licence_id = ? "
                                           "AND person_id = ?"),
                      error))
        return std::nullopt;
    duplicate.addBindValue(licenceId);
    duplicate.addBindValue(assetId > 0 ? assetId : personId);
    if (!Sql::exec(duplicate, error))
        return std::nullopt;
    if (duplicate.next() && duplicate.value(0).toInt() > 0)
        return fail(assetId > 0 ? tr("This device already holds a seat of %1.").arg(licence->product)
                                : tr("This person already holds a seat of %1.").arg(licence->product));
    duplicate.finish();

    const QString description = assignmentText(usingAuthorityId, assetId, personId, error);
    if (description.isEmpty())
        return std::nullopt;

    Sql::Transaction transaction(m_database.connection());
    m_insertAssignment.bindValue(0, licenceId);
    m_insertAssignment.bindValue(1, usingAuthorityId);
    m_insertAssignment.bindValue(2, Sql::idOrNull(assetId));
    m_insertAssignment.bindValue(3, Sql::idOrNull(personId));
    m_insertAssignment.bindValue(4, Sql::nowText());
    if (!transaction.isActive() || !Sql::exec(m_insertAssignment, error))
        return std::nullopt;
    SeatOutcome outcome;
    outcome.assignmentId = m_insertAssignment.lastInsertId().toLongLong();
    if (!m_history.record(entityName, licenceId, HistoryRecorder::Action::Update, assignmentField, QVariant(),
                          description, m_context, error))
        return std::nullopt;
    if (!seatUsage(licenceId, usingAuthorityId, &outcome.allocated, &outcome.assigned, error))
        return std::nullopt;
    outcome.overDeployed = outcome.allocated >= 0 && outcome.assigned > outcome.allocated;
    if (outcome.overDeployed) {
        outcome.warning =
            tr("%1 now uses %2 seats of %3 but only %4 are allocated to it: over-deployed by %5.")
                .arg(code)
                .arg(outcome.assigned)
                .arg(licence->product)
                .arg(outcome.allocated)
                .arg(outcome.assigned - outcome.allocated);
        if (!m_history.record(entityName, licenceId, HistoryRecorder::Action::Warning, assignmentField,
                              description, outcome.warning, m_context, error))
            return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return outcome;
}

bool LicenceRepository::unassign(qint64 assignmentId, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT licence_id, using_authority_id, asset_id, person_id FROM "
                                     "licence_assignment WHERE id = ?"),
                      error))
        return false;
    query.addBindValue(assignmentId);
    if (!Sql::exec(query, error))
        return false;
    if (!query.next()) {
        if (error)
            *error = tr("Seat assignment %1 does not exist.").arg(assignmentId);
        return false;
    }
    const qint64 licenceId = query.value(0).toLongLong();
    const QString description = assignmentText(query.value(1).toLongLong(), query.value(2).toLongLong(),
                                               query.value(3).toLongLong(), error);
    query.finish();
    Sql::Transaction transaction(m_database.connection());
    QSqlQuery remove(m_database.connection());
    if (!transaction.isActive()
        || !Sql::prepare(remove, QStringLiteral("DELETE FROM licence_assignment WHERE id = ?"), error))
        return false;
    remove.addBindValue(assignmentId);
    if (!Sql::exec(remove, error))
        return false;
    if (!m_history.record(entityName, licenceId, HistoryRecorder::Action::Update, assignmentField,
                          description, QVariant(), m_context, error))
        return false;
    return transaction.commit(error);
}
