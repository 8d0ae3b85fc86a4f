#pragma once

#include "assets/assetrepository.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <iterator>

// A small, realistic inventory for GUI tests and screenshots: the three founding
// authorities, their units, two sites with rooms, people with umlauts and assets
// of several categories, all written through the repositories (so history exists).
class SampleInventory
{
public:
    explicit SampleInventory(Database &database)
        : m_database(database)
        , m_masterData(database)
        , m_assets(database, ChangeContext { QStringLiteral("mmueller"), 0 })
    { }

    MasterDataRepository &masterData() { return m_masterData; }
    AssetRepository &assets() { return m_assets; }

    qint64 add(MasterDataKind kind, const QString &name, qint64 parentId = 0)
    {
        MasterDataRecord record;
        record.kind = kind;
        record.name = name;
        record.parentId = parentId;
        if (kind == MasterDataKind::Authority)
            record.code = name.left(3).toUpper();
        QString error;
        if (!m_masterData.insert(record, &error))
            qFatal("cannot add master data %s: %s", qPrintable(name), qPrintable(error));
        return record.id;
    }

    qint64 id(MasterDataKind kind, const QString &name)
    {
        QString error;
        for (const MasterDataRecord &record : m_masterData.list(kind, &error)) {
            if (record.name == name || record.code == name)
                return record.id;
        }
        qFatal("no master data named %s", qPrintable(name));
        return 0;
    }

    qint64 insert(Asset asset)
    {
        QString error;
        if (!m_assets.insert(asset, &error))
            qFatal("cannot insert asset %s: %s", qPrintable(asset.inventoryNo), qPrintable(error));
        return asset.id;
    }

    // Master data plus `count` generated assets (deterministic).
    void build(int count)
    {
        const qint64 sn = id(MasterDataKind::Authority, QStringLiteral("SN"));
        const qint64 lup = id(MasterDataKind::Authority, QStringLiteral("LUP"));
        const qint64 ksm = id(MasterDataKind::Authority, QStringLiteral("KSM"));
        const QList<qint64> authorities = { sn, lup, ksm };
        QList<qint64> units;
        for (const char *name : { "Fachdienst IT", "Bürgerservice", "Jugendamt" })
            units.append(add(MasterDataKind::OrgUnit, QString::fromUtf8(name), sn));
        for (const char *name : { "Straßenverkehrsamt", "Gesundheitsamt" })
            units.append(add(MasterDataKind::OrgUnit, QString::fromUtf8(name), lup));
        units.append(add(MasterDataKind::OrgUnit, QStringLiteral("Service Desk"), ksm));
        const qint64 rathaus = add(MasterDataKind::Site, QStringLiteral("Rathaus Am Markt"));
        const qint64 stadthaus = add(MasterDataKind::Site, QStringLiteral("Stadthaus"));
        const qint64 kreishaus = add(MasterDataKind::Site, QStringLiteral("Kreishaus Parchim"));
        QList<QPair<qint64, qint64>> rooms;
        for (const char *name : { "B 212", "B 214", "A 101", "Keller Lager" })
            rooms.append({ rathaus, add(MasterDataKind::Room, QString::fromUtf8(name), rathaus) });
        for (const char *name : { "2.17", "3.05" })
            rooms.append({ stadthaus, add(MasterDataKind::Room, QString::fromUtf8(name), stadthaus) });
        for (const char *name : { "E 011", "1.12 Büro" })
            rooms.append({ kreishaus, add(MasterDataKind::Room, QString::fromUtf8(name), kreishaus) });
        QList<qint64> people;
        for (const char *name : { "Jürgen Köhler", "Anke Schröder", "Björn Maaß", "Doreen Weiß",
                                  "Uwe Brückner", "Sabine Lüdtke", "Mandy Krüger", "Torsten Hübner" })
            people.append(
                add(MasterDataKind::Person, QString::fromUtf8(name), units.at(people.size() % units.size())));

        struct Model
        {
            const char *category;
            const char *manufacturer;
            const char *model;
            qint64 priceCents;
        };
        const Model models[] = {
            { "Notebook", "HP", "EliteBook 840 G8", 129900 },
            { "Notebook", "Lenovo", "ThinkPad T14 Gen 3", 119000 },
            { "PC", "Fujitsu", "Esprimo D7010", 74900 },
            { "PC", "Dell", "OptiPlex 7090", 81900 },
            { "Monitor", "Eizo", "FlexScan EV2495", 38900 },
            { "Monitor", "Dell", "P2422H", 21900 },
            { "Drucker", "Kyocera", "ECOSYS P3145dn", 45900 },
            { "Multifunktionsgerät", "Brother", "MFC-L8900CDW", 69900 },
            { "Switch", "Cisco", "Catalyst 9200L", 189000 },
            { "Telefon", "Unify", "OpenScape CP600", 27900 },
        };
        const AssetStatus statuses[] = { AssetStatus::InUse,   AssetStatus::InUse,    AssetStatus::InUse,
                                         AssetStatus::InStock, AssetStatus::InRepair, AssetStatus::Retired };
        QRandomGenerator random(20260401);
        Sql::Transaction transaction(m_database.connection());
        for (int i = 1; i <= count; ++i) {
            const Model &model = models[i % std::size(models)];
            Asset asset;
            const qint64 owner = authorities.at(i % 3);
            const QString prefix = owner == sn ? QStringLiteral("SN")
                : owner == lup                 ? QStringLiteral("LUP")
                                               : QStringLiteral("KSM");
            asset.inventoryNo =
                QStringLiteral("%1-%2-%3").arg(prefix).arg(2018 + i % 7).arg(i, 6, 10, QLatin1Char('0'));
            asset.categoryId = id(MasterDataKind::Category, QString::fromUtf8(model.category));
            asset.manufacturer = QString::fromUtf8(model.manufacturer);
            asset.model = QString::fromUtf8(model.model);
            asset.serialNo = QStringLiteral("%1%2")
                                 .arg(asset.manufacturer.left(2).toUpper())
                                 .arg(random.bounded(10000000, 99999999));
            asset.status = statuses[i % std::size(statuses)];
            asset.ownerAuthorityId = owner;
            // KSM owns devices that the city and the district use.
            asset.usingAuthorityId = owner == ksm ? authorities.at((i / 3) % 2) : owner;
            asset.unitId = units.at(i % units.size());
            const QPair<qint64, qint64> room = rooms.at(i % rooms.size());
            asset.siteId = room.first;
            asset.roomId = room.second;
            asset.personId = i % 4 == 0 ? 0 : people.at(i % people.size());
            asset.purchaseDate = QDate(2018 + i % 7, 1 + i % 12, 1 + i % 28);
            asset.purchasePriceCents = model.priceCents;
            asset.warrantyEnd = asset.purchaseDate.addYears(i % 2 ? 3 : 5);
            asset.costCentre = QStringLiteral("KST-%1").arg(4100 + i % 9);
            if (QByteArray(model.category) == "PC" || QByteArray(model.category) == "Notebook") {
                asset.hostname =
                    QStringLiteral("%1-pc-%2").arg(prefix.toLower()).arg(i, 4, 10, QLatin1Char('0'));
                asset.mac = QStringLiteral("00:1A:2B:%1:%2:%3")
                                .arg(i / 65536 % 256, 2, 16, QLatin1Char('0'))
                                .arg(i / 256 % 256, 2, 16, QLatin1Char('0'))
                                .arg(i % 256, 2, 16, QLatin1Char('0'));
                asset.ip = QStringLiteral("10.%1.%2.%3").arg(owner).arg(i / 250 % 250).arg(1 + i % 250);
            }
            if (i % 5 != 0)
                asset.lastAudited = QDate(2024, 1 + i % 12, 1 + i % 28);
            const qint64 assetId = insert(asset);
            if (i % 4 == 1) {
                QString error;
                m_assets.addLegacyIdentifier(
                    assetId,
                    { QStringLiteral("SIS"), QStringLiteral("SIS-2018-%1").arg(i, 6, 10, QLatin1Char('0')) },
                    &error);
            }
        }
        QString error;
        transaction.commit(&error);
    }

private:
    Database &m_database;
    MasterDataRepository m_masterData;
    AssetRepository m_assets;
};
