#include "benchdatagenerator.h"

#include "search/assetsearchindex.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

namespace {

struct MakeModel
{
    const char *manufacturer;
    const char *model;
    int category; // index into the categories of migration 1 (1-based id)
    bool networked;
};

const MakeModel makeModels[] = {
    { "Dell", "OptiPlex 7010", 1, true },
    { "Dell", "OptiPlex 7090", 1, true },
    { "HP", "EliteDesk 800 G6", 1, true },
    { "Fujitsu", "Esprimo P758", 1, true },
    { "Lenovo", "ThinkCentre M70q", 1, true },
    { "Lenovo", "ThinkPad T14 Gen 3", 2, true },
    { "Lenovo", "ThinkPad X1 Carbon", 2, true },
    { "HP", "EliteBook 840 G8", 2, true },
    { "Dell", "Latitude 5520", 2, true },
    { "Dell", "P2422H", 3, false },
    { "Eizo", "FlexScan EV2485", 3, false },
    { "Fujitsu", "B24-9 TE", 3, false },
    { "HP", "LaserJet Pro M404dn", 4, true },
    { "Kyocera", "ECOSYS P3145dn", 4, true },
    { "Brother", "HL-L6300DW", 4, true },
    { "Ricoh", "IM C3000", 5, true },
    { "Canon", "imageRUNNER C3226i", 5, true },
    { "Fujitsu", "fi-7160", 6, false },
    { "Cisco", "Catalyst 9200", 7, true },
    { "HPE", "Aruba 2930F", 7, true },
    { "LANCOM", "1793VA", 8, true },
    { "Ubiquiti", "UniFi U6 Pro", 9, true },
    { "Dell", "PowerEdge R650", 10, true },
    { "Snom", "D785", 11, true },
    { "Apple", "iPhone 13", 12, false },
    { "Samsung", "Galaxy A54", 12, false },
    { "Apple", "iPad 10", 13, false },
    { "Epson", "EB-W49", 14, false },
    { "Lenovo", "ThinkPad USB-C Dock", 15, false },
    { "APC", "Smart-UPS 1500", 16, false },
};

const char *const givenNames[] = { "Anna",   "Jürgen", "Sören",  "Lena",   "Maximilian", "Özlem",
                                   "Katrin", "Thomas", "Sabine", "Björn",  "Claudia",    "Uwe",
                                   "Jana",   "Mehmet", "Ute",    "Steffen" };
const char *const familyNames[] = { "Müller",   "Schmidt", "Schröder", "Meyer",  "Wagner", "Becker",
                                    "Hoffmann", "Koch",    "Weiß",     "Krüger", "Hahn",   "Schäfer",
                                    "Lange",    "Jäger",   "Groß",     "Voß" };
const char *const siteNames[] = {
    "Rathaus",    "Stadthaus",        "Kreishaus",     "Bürgerbüro Nord",     "Bürgerbüro Süd",
    "Bauhof",     "Feuerwache",       "Jobcenter",     "Gesundheitsamt",      "Schulamt",
    "Archiv",     "Bibliothek",       "Musikschule",   "Ordnungsamt",         "Sozialamt",
    "Standesamt", "Zulassungsstelle", "Rechenzentrum", "Außenstelle Parchim", "Außenstelle Hagenow"
};
const char *const extraAuthorities[][2] = { { "GAD", "Gemeinde Gadebusch" }, { "HAG", "Stadt Hagenow" },
                                            { "LWL", "Stadt Ludwigslust" },  { "PCH", "Stadt Parchim" },
                                            { "BOI", "Stadt Boizenburg" },   { "CRI", "Gemeinde Crivitz" } };

constexpr int RoomsPerSite = 50;
constexpr int People = 5000;
constexpr int UnitsPerAuthority = 8;

// A bijection on 40 bits, so serials and MACs are unique without a lookup.
quint64 scramble(quint64 i)
{
    return (i * 0x9E3779B97ULL + 0x5DEECE66DULL) & 0xFFFFFFFFFFULL;
}

} // namespace

BenchDataGenerator::BenchDataGenerator(Database &database)
    : m_database(database)
{ }

QString BenchDataGenerator::legacyNumber(qint64 i)
{
    return QStringLiteral("SIS-%1-%2").arg(2000 + int(i % 20)).arg(i, 7, 10, QLatin1Char('0'));
}

bool BenchDataGenerator::createMasterData(QString *error)
{
    QSqlDatabase &db = m_database.connection();
    QSqlQuery authority(db);
    if (!Sql::prepare(
            authority,
            QStringLiteral("INSERT INTO authority (code, name, kind) VALUES (?, ?, 'municipality')"), error))
        return false;
    for (const auto &entry : extraAuthorities) {
        authority.addBindValue(QString::fromUtf8(entry[0]));
        authority.addBindValue(QString::fromUtf8(entry[1]));
        if (!Sql::exec(authority, error))
            return false;
    }
    QSqlQuery unit(db);
    if (!Sql::prepare(unit,
                      QStringLiteral("INSERT INTO org_unit (authority_id, name) SELECT id, ? FROM authority"),
                      error))
        return false;
    const char *const unitNames[UnitsPerAuthority] = { "Hauptamt",    "Kämmerei",     "Bauamt",
                                                       "Ordnungsamt", "Sozialamt",    "Schulverwaltung",
                                                       "IT",          "Bürgerservice" };
    for (const char *name : unitNames) {
        unit.addBindValue(QString::fromUtf8(name));
        if (!Sql::exec(unit, error))
            return false;
    }
    QSqlQuery site(db);
    QSqlQuery room(db);
    if (!Sql::prepare(site, QStringLiteral("INSERT INTO site (name, address) VALUES (?, '')"), error)
        || !Sql::prepare(room, QStringLiteral("INSERT INTO room (site_id, name) VALUES (?, ?)"), error))
        return false;
    for (const char *name : siteNames) {
        site.addBindValue(QString::fromUtf8(name));
        if (!Sql::exec(site, error))
            return false;
        const qint64 siteId = site.lastInsertId().toLongLong();
        for (int r = 0; r < RoomsPerSite; ++r) {
            room.addBindValue(siteId);
            room.addBindValue(
                QStringLiteral("%1 %2").arg(QChar(u'A' + r % 4)).arg(100 * (1 + r / 16) + r % 16));
            if (!Sql::exec(room, error))
                return false;
        }
    }
    QSqlQuery person(db);
    if (!Sql::prepare(person, QStringLiteral("INSERT INTO person (name, unit_id) VALUES (?, ?)"), error))
        return false;
    for (int p = 0; p < People; ++p) {
        QString name = QStringLiteral("%1 %2").arg(QString::fromUtf8(givenNames[p % 16]),
                                                   QString::fromUtf8(familyNames[(p / 16) % 16]));
        if (p >= 256)
            name += QStringLiteral(" (%1)").arg(p / 256);
        person.addBindValue(name);
        person.addBindValue(1 + p % (UnitsPerAuthority * 9));
        if (!Sql::exec(person, error))
            return false;
    }
    return true;
}

bool BenchDataGenerator::generate(qint64 count, QString *error)
{
    QSqlDatabase &db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!createMasterData(error))
        return false;

    // Incremental updates of ~30 indexes per row are far slower than building each
    // index once over sorted data (the rows below carry their sort keys already).
    QStringList recreate;
    if (!m_database.dialect().suspendAssetIndexes(db, &recreate, error))
        return false;

    QStringList authorityCodes = { QString() };
    QStringList categoryNames = { QString() };
    QStringList unitNames = { QString() };
    QStringList siteNamesById = { QString() };
    QStringList roomNames = { QString() };
    QStringList personNames = { QString() };
    const auto load = [&db, error](const QString &sql, QStringList *names) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            *error = Sql::errorText(query);
            return false;
        }
        while (query.next())
            names->append(query.value(0).toString());
        return true;
    };
    if (!load(QStringLiteral("SELECT code FROM authority ORDER BY id"), &authorityCodes)
        || !load(QStringLiteral("SELECT name FROM category ORDER BY id"), &categoryNames)
        || !load(QStringLiteral("SELECT name FROM org_unit ORDER BY id"), &unitNames)
        || !load(QStringLiteral("SELECT name FROM site ORDER BY id"), &siteNamesById)
        || !load(QStringLiteral("SELECT name FROM room ORDER BY id"), &roomNames)
        || !load(QStringLiteral("SELECT name FROM person ORDER BY id"), &personNames))
        return false;
    const int authorities = int(authorityCodes.size()) - 1;
    const int units = int(unitNames.size()) - 1;

    QSqlQuery insert(db);
    if (!Sql::prepare(
            insert,
            QStringLiteral(
                "INSERT INTO asset (id, inventory_no, category_id, manufacturer, model, serial_no, status,"
                " owner_authority_id, using_authority_id, unit_id, site_id, room_id, person_id,"
                " purchase_date, purchase_price_cents, warranty_end, cost_centre, hostname, mac, ip, notes,"
                " last_audited, created_at, updated_at, category_sort, owner_sort, using_sort, unit_sort,"
                " site_sort, room_sort, person_sort)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?, ?)"),
            error))
        return false;
    QSqlQuery legacy(db);
    if (!Sql::prepare(
            legacy,
            QStringLiteral("INSERT INTO legacy_identifier (asset_id, source, value) VALUES (?, 'sis', ?)"),
            error))
        return false;

    QRandomGenerator random(20260101);
    const char *const statuses[] = { "in_use", "in_use",   "in_use",    "in_use",  "in_use",
                                     "in_use", "in_stock", "in_repair", "retired", "missing" };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QDate firstPurchase(2010, 1, 1);
    // A null QString would be bound as NULL; the text columns are NOT NULL.
    const QString empty = QStringLiteral("");
    const QVariant nullDate(QMetaType(QMetaType::QString));
    const QVariant nullId(QMetaType(QMetaType::LongLong));
    const int rooms = int(roomNames.size()) - 1;
    for (qint64 i = 1; i <= count; ++i) {
        const MakeModel &make = makeModels[random.bounded(int(std::size(makeModels)))];
        const int owner = 1 + int(random.bounded(authorities));
        // Most items are used by their owner; shared services (KSM) serve the others.
        const int user = random.bounded(10) < 8 ? owner : 1 + int(random.bounded(authorities));
        const int unit =
            1 + ((owner - 1) * UnitsPerAuthority + int(random.bounded(UnitsPerAuthority))) % units;
        const int room = 1 + int(random.bounded(rooms));
        const int site = 1 + (room - 1) / RoomsPerSite;
        const bool personal = random.bounded(10) < 6;
        const int person = 1 + int(random.bounded(int(personNames.size()) - 1));
        const QDate purchased = firstPurchase.addDays(random.bounded(5700));
        const quint64 serialBits = scramble(quint64(i));
        const QString code = authorityCodes.at(owner);

        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("%1-%2").arg(code).arg(i, 8, 10, QLatin1Char('0')));
        insert.addBindValue(make.category);
        insert.addBindValue(QString::fromLatin1(make.manufacturer));
        insert.addBindValue(QString::fromLatin1(make.model));
        insert.addBindValue(QStringLiteral("%1%2")
                                .arg(QLatin1Char(make.manufacturer[0]))
                                .arg(serialBits, 10, 36, QLatin1Char('0'))
                                .toUpper());
        insert.addBindValue(QString::fromLatin1(statuses[random.bounded(10)]));
        insert.addBindValue(owner);
        insert.addBindValue(user);
        insert.addBindValue(unit);
        insert.addBindValue(site);
        insert.addBindValue(room);
        insert.addBindValue(personal ? QVariant(person) : nullId);
        insert.addBindValue(purchased.toString(Qt::ISODate));
        insert.addBindValue(qint64(random.bounded(5000, 250000)));
        insert.addBindValue(random.bounded(10) < 8
                                ? QVariant(purchased.addYears(3 + random.bounded(3)).toString(Qt::ISODate))
                                : nullDate);
        insert.addBindValue(QStringLiteral("KST-%1").arg(4000 + unit));
        if (make.networked) {
            insert.addBindValue(QStringLiteral("%1-%2").arg(code.toLower()).arg(i, 7, 10, QLatin1Char('0')));
            const quint64 macBits = (quint64(0x001A2B) << 24) | (quint64(i) & 0xFFFFFF);
            QStringList octets;
            for (int shift = 40; shift >= 0; shift -= 8)
                octets.append(
                    QStringLiteral("%1").arg((macBits >> shift) & 0xFF, 2, 16, QLatin1Char('0')).toUpper());
            insert.addBindValue(octets.join(QLatin1Char(':')));
            insert.addBindValue(QStringLiteral("10.%1.%2.%3").arg(owner).arg((i >> 8) & 0xFF).arg(i & 0xFF));
        } else {
            insert.addBindValue(empty);
            insert.addBindValue(empty);
            insert.addBindValue(empty);
        }
        insert.addBindValue(
            random.bounded(20) == 0
                ? QStringLiteral("Gerät mit Kratzer, Übergabe an %1").arg(personNames.at(person))
                : empty);
        insert.addBindValue(
            random.bounded(5) == 0
                ? nullDate
                : QVariant(QDate(2019, 1, 1).addDays(random.bounded(2500)).toString(Qt::ISODate)));
        insert.addBindValue(now);
        insert.addBindValue(now);
        insert.addBindValue(categoryNames.at(make.category));
        insert.addBindValue(code);
        insert.addBindValue(authorityCodes.at(user));
        insert.addBindValue(unitNames.at(unit));
        insert.addBindValue(siteNamesById.at(site));
        insert.addBindValue(roomNames.at(room));
        insert.addBindValue(personal ? personNames.at(person) : empty);
        if (!Sql::exec(insert, error))
            return false;
        if (hasLegacyNumber(i)) {
            legacy.addBindValue(i);
            legacy.addBindValue(legacyNumber(i));
            if (!Sql::exec(legacy, error))
                return false;
        }
    }
    for (const QString &statement : recreate) {
        if (!Sql::exec(db, statement, error))
            return false;
    }
    if (!AssetSearchIndex(m_database).rebuild(error))
        return false;
    // The rows were written with their ids: later inserts continue after them.
    for (const QString &table : { QStringLiteral("asset"), QStringLiteral("legacy_identifier") }) {
        for (const QString &statement : m_database.dialect().continueIdsAfterCopy(table)) {
            if (!Sql::exec(db, statement, error))
                return false;
        }
    }
    if (!transaction.commit(error))
        return false;
    return Sql::exec(db, QStringLiteral("ANALYZE"), error);
}
