#include "masterdata/masterdatarepository.h"

#include "search/assetsearchindex.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/statementcache.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

// Every kind is read into the same column layout, so one reader serves all.
QString listSql(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::Authority:
        return QStringLiteral("SELECT id, name, code, kind, '', 0, '', 0, 0 FROM authority WHERE 1 = 1 %1 "
                              "ORDER BY code");
    case MasterDataKind::OrgUnit:
        return QStringLiteral(
            "SELECT u.id, u.name, '', '', '', u.authority_id, a.code, 0, 0 FROM org_unit u "
            "JOIN authority a ON a.id = u.authority_id WHERE 1 = 1 %1 ORDER BY a.code, u.name");
    case MasterDataKind::Site:
        return QStringLiteral(
            "SELECT id, name, '', '', address, 0, '', 0, 0 FROM site WHERE 1 = 1 %1 ORDER BY name");
    case MasterDataKind::Room:
        return QStringLiteral("SELECT r.id, r.name, '', '', '', r.site_id, s.name, 0, 0 FROM room r "
                              "JOIN site s ON s.id = r.site_id WHERE 1 = 1 %1 ORDER BY s.name, r.name");
    case MasterDataKind::Person:
        return QStringLiteral(
            "SELECT p.id, p.name, '', '', '', COALESCE(p.unit_id, 0), COALESCE(u.name, ''), 0, "
            "p.anonymised FROM person p LEFT JOIN org_unit u ON u.id = p.unit_id WHERE 1 = 1 %1 "
            "ORDER BY p.name, p.id");
    case MasterDataKind::Category:
        return QStringLiteral("SELECT id, name, '', '', '', 0, '', audit_interval_months, 0 FROM category "
                              "WHERE 1 = 1 %1 ORDER BY name");
    }
    return {};
}

QString idColumn(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::OrgUnit:
        return QStringLiteral("u.id");
    case MasterDataKind::Room:
        return QStringLiteral("r.id");
    case MasterDataKind::Person:
        return QStringLiteral("p.id");
    default:
        return QStringLiteral("id");
    }
}

QString qualifiedParentColumn(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::OrgUnit:
        return QStringLiteral("u.authority_id");
    case MasterDataKind::Room:
        return QStringLiteral("r.site_id");
    case MasterDataKind::Person:
        return QStringLiteral("p.unit_id");
    default:
        return {};
    }
}

MasterDataRecord readRecord(MasterDataKind kind, const QSqlQuery &query)
{
    MasterDataRecord record;
    record.kind = kind;
    record.id = query.value(0).toLongLong();
    record.name = query.value(1).toString();
    record.code = query.value(2).toString();
    record.authorityKind = query.value(3).toString();
    record.address = query.value(4).toString();
    record.parentId = query.value(5).toLongLong();
    record.parentName = query.value(6).toString();
    record.auditIntervalMonths = query.value(7).toInt();
    record.anonymised = query.value(8).toInt() != 0;
    return record;
}

// A table and column that point at master data, and how the user calls those rows.
struct Reference
{
    const char *table;
    const char *column;
    const char *example; // column shown as "e.g. …", or nullptr
    int noun;
};

enum Noun {
    AssetsNoun,
    AssetsAsOwnerNoun,
    AssetsAsUserNoun,
    UnitsNoun,
    RoomsNoun,
    PeopleNoun,
    LicencesNoun,
    AllocationsNoun,
    SeatsNoun
};

QList<Reference> references(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::Authority:
        return { { "asset", "owner_authority_id", "inventory_no", AssetsAsOwnerNoun },
                 { "asset", "using_authority_id", "inventory_no", AssetsAsUserNoun },
                 { "org_unit", "authority_id", "name", UnitsNoun },
                 { "licence", "owner_authority_id", "product", LicencesNoun },
                 { "licence_allocation", "authority_id", nullptr, AllocationsNoun },
                 { "licence_assignment", "using_authority_id", nullptr, SeatsNoun } };
    case MasterDataKind::OrgUnit:
        return { { "asset", "unit_id", "inventory_no", AssetsNoun },
                 { "person", "unit_id", "name", PeopleNoun } };
    case MasterDataKind::Site:
        return { { "asset", "site_id", "inventory_no", AssetsNoun },
                 { "room", "site_id", "name", RoomsNoun } };
    case MasterDataKind::Room:
        return { { "asset", "room_id", "inventory_no", AssetsNoun } };
    case MasterDataKind::Person:
        return { { "asset", "person_id", "inventory_no", AssetsNoun },
                 { "licence_assignment", "person_id", nullptr, SeatsNoun } };
    case MasterDataKind::Category:
        return { { "asset", "category_id", "inventory_no", AssetsNoun } };
    }
    return {};
}

} // namespace

MasterDataRepository::MasterDataRepository(Database &database)
    : m_database(database)
    , m_statements(std::make_unique<StatementCache>(database.connection()))
{ }

MasterDataRepository::~MasterDataRepository() = default;

QList<MasterDataRecord> MasterDataRepository::list(MasterDataKind kind, QString *error,
                                                   std::optional<qint64> parentId)
{
    QList<MasterDataRecord> records;
    QString condition;
    if (parentId && MasterDataKinds::hasParent(kind))
        condition = *parentId > 0 ? QStringLiteral("AND %1 = ?").arg(qualifiedParentColumn(kind))
                                  : QStringLiteral("AND %1 IS NULL").arg(qualifiedParentColumn(kind));
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, listSql(kind).arg(condition), error))
        return records;
    if (parentId && *parentId > 0 && MasterDataKinds::hasParent(kind))
        query.addBindValue(*parentId);
    if (!Sql::exec(query, error))
        return records;
    while (query.next())
        records.append(readRecord(kind, query));
    return records;
}

std::optional<MasterDataRecord> MasterDataRepository::find(MasterDataKind kind, qint64 id, QString *error)
{
    const StatementCache::Statement query =
        m_statements->prepared(listSql(kind).arg(QStringLiteral("AND %1 = ?").arg(idColumn(kind))), error);
    if (!query)
        return std::nullopt;
    query->bindValue(0, id);
    if (!Sql::exec(*query, error))
        return std::nullopt;
    if (!query->next()) {
        if (error)
            *error = tr("%1 %2 does not exist.").arg(MasterDataKinds::displayName(kind)).arg(id);
        return std::nullopt;
    }
    return readRecord(kind, *query);
}

bool MasterDataRepository::checkRecord(const MasterDataRecord &record, QString *error)
{
    if (record.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A name is required.");
        return false;
    }
    if (record.kind == MasterDataKind::Authority && record.code.trimmed().isEmpty()) {
        if (error)
            *error = tr("An authority needs a code.");
        return false;
    }
    if ((record.kind == MasterDataKind::OrgUnit || record.kind == MasterDataKind::Room)
        && record.parentId <= 0) {
        if (error)
            *error = tr("Choose the %1 this belongs to.")
                         .arg(MasterDataKinds::displayName(MasterDataKinds::parentKind(record.kind)));
        return false;
    }
    if (record.kind == MasterDataKind::Category && record.auditIntervalMonths <= 0) {
        if (error)
            *error = tr("The audit interval must be at least one month.");
        return false;
    }
    bool taken = false;
    if (!isTaken(record, &taken, error))
        return false;
    if (taken) {
        if (error)
            *error = tr("%1 \"%2\" already exists.")
                         .arg(MasterDataKinds::displayName(record.kind),
                              record.kind == MasterDataKind::Authority ? record.code.trimmed()
                                                                       : record.name.trimmed());
        return false;
    }
    return true;
}

bool MasterDataRepository::isTaken(const MasterDataRecord &record, bool *taken, QString *error)
{
    *taken = false;
    // The names users pick from must stay unambiguous; two people may share a name.
    if (record.kind == MasterDataKind::Person)
        return true;
    const QString table = MasterDataKinds::table(record.kind);
    QString uniqueColumn = QStringLiteral("name");
    QString uniqueValue = record.name.trimmed();
    if (record.kind == MasterDataKind::Authority) {
        uniqueColumn = QStringLiteral("code");
        uniqueValue = record.code.trimmed();
    }
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND id <> ?").arg(table, uniqueColumn);
    const bool scoped = record.kind == MasterDataKind::OrgUnit || record.kind == MasterDataKind::Room;
    if (scoped)
        sql += QStringLiteral(" AND %1 = ?").arg(MasterDataKinds::parentColumn(record.kind));
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, sql, error))
        return false;
    query.addBindValue(uniqueValue);
    query.addBindValue(record.id);
    if (scoped)
        query.addBindValue(record.parentId);
    if (!Sql::exec(query, error) || !query.next())
        return false;
    *taken = query.value(0).toLongLong() > 0;
    if (!*taken && record.kind == MasterDataKind::Authority) {
        // Authorities are also picked by name.
        QSqlQuery byName(m_database.connection());
        if (!Sql::prepare(byName, QStringLiteral("SELECT COUNT(*) FROM authority WHERE name = ? AND id <> ?"),
                          error))
            return false;
        byName.addBindValue(record.name.trimmed());
        byName.addBindValue(record.id);
        if (!Sql::exec(byName, error) || !byName.next())
            return false;
        *taken = byName.value(0).toLongLong() > 0;
    }
    return true;
}

namespace {
// The columns a user edits per kind, with the record's values for them.
struct WritableColumns
{
    QStringList names;
    QVariantList values;
};

WritableColumns writableColumns(const MasterDataRecord &record)
{
    const QString name = record.name.trimmed();
    switch (record.kind) {
    case MasterDataKind::Authority:
        return { { QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("kind") },
                 { name, record.code.trimmed(), record.authorityKind } };
    case MasterDataKind::OrgUnit:
        return { { QStringLiteral("name"), QStringLiteral("authority_id") }, { name, record.parentId } };
    case MasterDataKind::Site:
        return { { QStringLiteral("name"), QStringLiteral("address") },
                 { name, record.address.isNull() ? QStringLiteral("") : record.address } };
    case MasterDataKind::Room:
        return { { QStringLiteral("name"), QStringLiteral("site_id") }, { name, record.parentId } };
    case MasterDataKind::Person:
        return { { QStringLiteral("name"), QStringLiteral("unit_id") },
                 { name, Sql::idOrNull(record.parentId) } };
    case MasterDataKind::Category:
        return { { QStringLiteral("name"), QStringLiteral("audit_interval_months") },
                 { name, record.auditIntervalMonths } };
    }
    return {};
}
} // namespace

bool MasterDataRepository::insert(MasterDataRecord &record, QString *error)
{
    if (!checkRecord(record, error))
        return false;
    const WritableColumns columns = writableColumns(record);
    const QStringList placeholders(columns.names.size(), QStringLiteral("?"));
    QSqlQuery query(m_database.connection());
    // Table and column names are constants of this file, never user text.
    if (!Sql::prepare(query,
                      QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(MasterDataKinds::table(record.kind), columns.names.join(QStringLiteral(", ")),
                               placeholders.join(QStringLiteral(", "))),
                      error))
        return false;
    for (const QVariant &value : columns.values)
        query.addBindValue(value);
    if (!Sql::exec(query, error))
        return false;
    record.id = query.lastInsertId().toLongLong();
    record.name = record.name.trimmed();
    return record.id > 0;
}

bool MasterDataRepository::update(const MasterDataRecord &record, QString *error)
{
    if (!checkRecord(record, error))
        return false;
    Sql::Transaction transaction(m_database.connection());
    const WritableColumns columns = writableColumns(record);
    QStringList assignments;
    for (const QString &name : columns.names)
        assignments.append(name + QStringLiteral(" = ?"));
    QSqlQuery query(m_database.connection());
    if (!transaction.isActive()
        || !Sql::prepare(
            query,
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                .arg(MasterDataKinds::table(record.kind), assignments.join(QStringLiteral(", "))),
            error))
        return false;
    for (const QVariant &value : columns.values)
        query.addBindValue(value);
    query.addBindValue(record.id);
    if (!Sql::exec(query, error))
        return false;
    return refreshSearchIndex(record.kind, record.id, error) && transaction.commit(error);
}

QString MasterDataRepository::usage(MasterDataKind kind, qint64 id, QString *error)
{
    QStringList uses;
    for (const Reference &reference : references(kind)) {
        const QString table = QString::fromLatin1(reference.table);
        const QString column = QString::fromLatin1(reference.column);
        const QString example =
            reference.example ? QString::fromLatin1(reference.example) : QStringLiteral("''");
        const StatementCache::Statement query = m_statements->prepared(
            QStringLiteral("SELECT COUNT(*), MIN(%1) FROM %2 WHERE %3 = ?").arg(example, table, column),
            error);
        if (!query)
            return {};
        query->bindValue(0, id);
        if (!Sql::exec(*query, error) || !query->next())
            return {};
        const int count = query->value(0).toInt();
        if (count == 0)
            continue;
        QString use;
        switch (reference.noun) {
        case AssetsNoun:
            use = tr("%n asset(s)", nullptr, count);
            break;
        case AssetsAsOwnerNoun:
            use = tr("%n asset(s) as owner", nullptr, count);
            break;
        case AssetsAsUserNoun:
            use = tr("%n asset(s) as user", nullptr, count);
            break;
        case UnitsNoun:
            use = tr("%n unit(s)", nullptr, count);
            break;
        case RoomsNoun:
            use = tr("%n room(s)", nullptr, count);
            break;
        case PeopleNoun:
            use = tr("%n person(s)", nullptr, count);
            break;
        case LicencesNoun:
            use = tr("%n licence(s)", nullptr, count);
            break;
        case AllocationsNoun:
            use = tr("%n licence allocation(s)", nullptr, count);
            break;
        case SeatsNoun:
            use = tr("%n licence seat(s)", nullptr, count);
            break;
        }
        if (reference.example)
            use = tr("%1, e.g. %2").arg(use, query->value(1).toString());
        uses.append(use);
    }
    if (uses.isEmpty())
        return {};
    const std::optional<MasterDataRecord> record = find(kind, id, error);
    const QString name = record ? record->name : QString::number(id);
    return tr("%1 %2 is used by %3.")
        .arg(MasterDataKinds::displayName(kind), name, uses.join(QStringLiteral("; ")));
}

bool MasterDataRepository::remove(MasterDataKind kind, qint64 id, QString *error)
{
    QString usageError;
    const QString used = usage(kind, id, &usageError);
    if (!usageError.isEmpty()) {
        if (error)
            *error = usageError;
        return false;
    }
    if (!used.isEmpty()) {
        if (error)
            *error = used;
        return false;
    }
    // SQLite gives a deleted newest id to the next row: the record of the import batch
    // that created this row goes with it, or undoing that batch would take the new row.
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = tr("Cannot start a transaction.");
        return false;
    }
    const StatementCache::Statement query = m_statements->prepared(
        QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(MasterDataKinds::table(kind)), error);
    if (!query)
        return false;
    query->bindValue(0, id);
    if (!Sql::exec(*query, error)) {
        // Tables added later (audits, licences) may refer to the row too: the foreign key refuses then.
        if (error)
            *error = tr("%1 cannot be deleted because it is still referenced: %2")
                         .arg(MasterDataKinds::displayName(kind), *error);
        return false;
    }
    if (kind != MasterDataKind::Authority) {
        const StatementCache::Statement forget = m_statements->prepared(
            QStringLiteral("DELETE FROM import_batch_master_data WHERE kind = ? AND row_id = ?"), error);
        if (!forget)
            return false;
        forget->bindValue(0, MasterDataKinds::table(kind));
        forget->bindValue(1, id);
        if (!Sql::exec(*forget, error))
            return false;
    }
    return transaction.commit(error);
}

QString MasterDataRepository::anonymisedName(qint64 personId)
{
    return tr("anonymised #%1").arg(personId);
}

bool MasterDataRepository::anonymisePerson(qint64 personId, QString *error)
{
    Sql::Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    if (!transaction.isActive()
        || !Sql::prepare(query, QStringLiteral("UPDATE person SET name = ?, anonymised = 1 WHERE id = ?"),
                         error))
        return false;
    query.addBindValue(anonymisedName(personId));
    query.addBindValue(personId);
    if (!Sql::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("Person %1 does not exist.").arg(personId);
        return false;
    }
    // The old name must not stay findable through the search index either.
    return refreshSearchIndex(MasterDataKind::Person, personId, error) && transaction.commit(error);
}

bool MasterDataRepository::refreshSearchIndex(MasterDataKind kind, qint64 id, QString *error)
{
    QString column;
    if (kind == MasterDataKind::Person)
        column = QStringLiteral("person_id");
    else if (kind == MasterDataKind::Site)
        column = QStringLiteral("site_id");
    else if (kind == MasterDataKind::Room)
        column = QStringLiteral("room_id");
    else
        return true;
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, QStringLiteral("SELECT id FROM asset WHERE %1 = ?").arg(column), error))
        return false;
    query.addBindValue(id);
    if (!Sql::exec(query, error))
        return false;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    AssetSearchIndex index(m_database);
    for (qint64 assetId : ids) {
        if (!index.refresh(assetId, error))
            return false;
    }
    return true;
}
