#include "masterdata/masterdataresolver.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlplaceholders.h"

MasterDataResolver::MasterDataResolver(Database &database)
    : m_database(database)
    , m_findCategory(database.connection())
    , m_insertCategory(database.connection())
    , m_findUnit(database.connection())
    , m_insertUnit(database.connection())
    , m_findSite(database.connection())
    , m_insertSite(database.connection())
    , m_findRoom(database.connection())
    , m_insertRoom(database.connection())
    , m_findPerson(database.connection())
    , m_insertPerson(database.connection())
    , m_recordCreated(database.connection())
{ }

bool MasterDataResolver::prepare(QString *error)
{
    if (m_prepared)
        return true;
    m_prepared =
        Sql::prepareNamed(m_findCategory, QStringLiteral("SELECT id FROM category WHERE name = ?"), error)
        && Sql::prepareNamed(m_insertCategory, QStringLiteral("INSERT INTO category (name) VALUES (?)"),
                             error)
        && Sql::prepareNamed(
            m_findUnit, QStringLiteral("SELECT id FROM org_unit WHERE authority_id = ? AND name = ?"), error)
        && Sql::prepareNamed(m_insertUnit,
                             QStringLiteral("INSERT INTO org_unit (authority_id, name) VALUES (?, ?)"), error)
        && Sql::prepareNamed(m_findSite, QStringLiteral("SELECT id FROM site WHERE name = ?"), error)
        && Sql::prepareNamed(m_insertSite, QStringLiteral("INSERT INTO site (name, address) VALUES (?, ?)"),
                             error)
        && Sql::prepareNamed(m_findRoom, QStringLiteral("SELECT id FROM room WHERE site_id = ? AND name = ?"),
                             error)
        && Sql::prepareNamed(m_insertRoom, QStringLiteral("INSERT INTO room (site_id, name) VALUES (?, ?)"),
                             error)
        && Sql::prepareNamed(
            m_findPerson,
            QStringLiteral("SELECT id FROM person WHERE name = ? AND COALESCE(unit_id, 0) = ? "
                           "AND anonymised = 0 ORDER BY id"),
            error)
        && Sql::prepareNamed(m_insertPerson,
                             QStringLiteral("INSERT INTO person (name, unit_id) VALUES (?, ?)"), error)
        && Sql::prepareNamed(
            m_recordCreated,
            QStringLiteral("INSERT INTO import_batch_master_data (batch_id, kind, row_id) VALUES (?, ?, ?)"),
            error);
    return m_prepared;
}

qint64 MasterDataResolver::findOrCreate(MasterDataKind kind, QSqlQuery &find, QSqlQuery &insert,
                                        const QVariantList &findValues, const QVariantList &insertValues,
                                        QString *error)
{
    for (int i = 0; i < findValues.size(); ++i)
        Sql::bind(find, i, findValues.at(i));
    if (!Sql::exec(find, error))
        return 0;
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        return id;
    }
    find.finish();
    for (int i = 0; i < insertValues.size(); ++i)
        Sql::bind(insert, i, insertValues.at(i));
    if (!Sql::exec(insert, error))
        return 0;
    const qint64 id = insert.lastInsertId().toLongLong();
    if (m_batchId > 0) {
        Sql::bind(m_recordCreated, 0, m_batchId);
        Sql::bind(m_recordCreated, 1, MasterDataKinds::table(kind));
        Sql::bind(m_recordCreated, 2, id);
        if (!Sql::exec(m_recordCreated, error))
            return 0;
    }
    ++m_created;
    return id;
}

qint64 MasterDataResolver::authority(const QString &codeOrName, QString *error)
{
    if (!m_authoritiesLoaded) {
        QSqlQuery query(m_database.connection());
        if (!Sql::prepare(query, QStringLiteral("SELECT id, code, name FROM authority"), error)
            || !Sql::exec(query, error))
            return 0;
        while (query.next()) {
            m_authorities.insert(query.value(1).toString().toLower(), query.value(0).toLongLong());
            m_authorities.insert(query.value(2).toString().toLower(), query.value(0).toLongLong());
        }
        m_authoritiesLoaded = true;
    }
    const qint64 id = m_authorities.value(codeOrName.trimmed().toLower());
    if (id == 0 && error)
        *error = tr("Unknown authority \"%1\"").arg(codeOrName.trimmed());
    return id;
}

qint64 MasterDataResolver::category(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (const auto it = m_categories.constFind(trimmed); it != m_categories.cend())
        return *it;
    if (!prepare(error))
        return 0;
    const qint64 id = findOrCreate(MasterDataKind::Category, m_findCategory, m_insertCategory, { trimmed },
                                   { trimmed }, error);
    if (id > 0)
        m_categories.insert(trimmed, id);
    return id;
}

qint64 MasterDataResolver::orgUnit(qint64 authorityId, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    const QString cacheKey = key(authorityId, trimmed);
    if (const auto it = m_units.constFind(cacheKey); it != m_units.cend())
        return *it;
    if (!prepare(error))
        return 0;
    const qint64 id = findOrCreate(MasterDataKind::OrgUnit, m_findUnit, m_insertUnit,
                                   { authorityId, trimmed }, { authorityId, trimmed }, error);
    if (id > 0)
        m_units.insert(cacheKey, id);
    return id;
}

qint64 MasterDataResolver::site(const QString &name, const QString &address, QString *error)
{
    const QString trimmed = name.trimmed();
    if (const auto it = m_sites.constFind(trimmed); it != m_sites.cend())
        return *it;
    if (!prepare(error))
        return 0;
    const QString addressText = address.trimmed().isNull() ? QString(QLatin1String("")) : address.trimmed();
    const qint64 id = findOrCreate(MasterDataKind::Site, m_findSite, m_insertSite, { trimmed },
                                   { trimmed, addressText }, error);
    if (id > 0)
        m_sites.insert(trimmed, id);
    return id;
}

qint64 MasterDataResolver::room(qint64 siteId, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    const QString cacheKey = key(siteId, trimmed);
    if (const auto it = m_rooms.constFind(cacheKey); it != m_rooms.cend())
        return *it;
    if (!prepare(error))
        return 0;
    const qint64 id = findOrCreate(MasterDataKind::Room, m_findRoom, m_insertRoom, { siteId, trimmed },
                                   { siteId, trimmed }, error);
    if (id > 0)
        m_rooms.insert(cacheKey, id);
    return id;
}

qint64 MasterDataResolver::person(const QString &name, qint64 unitId, QString *error)
{
    const QString trimmed = name.simplified();
    const QString cacheKey = key(unitId, trimmed);
    if (const auto it = m_people.constFind(cacheKey); it != m_people.cend())
        return *it;
    if (!prepare(error))
        return 0;
    const qint64 id = findOrCreate(MasterDataKind::Person, m_findPerson, m_insertPerson, { trimmed, unitId },
                                   { trimmed, Sql::idOrNull(unitId) }, error);
    if (id > 0)
        m_people.insert(cacheKey, id);
    return id;
}
