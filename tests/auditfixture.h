#pragma once

#include "assets/assetrepository.h"
#include "audits/auditservice.h"
#include "testsupport.h"

#include <QHash>

// Two sites with two rooms each; assets spread over owners, users, rooms and
// categories, each with every kind of identifier.
class AuditFixture
{
public:
    explicit AuditFixture(TestDatabase &test)
        : m_assets(test.database(), { QStringLiteral("tester"), 0 })
    {
        test.exec(QStringLiteral("INSERT INTO site (id, name) VALUES (1, 'Rathaus'), (2, 'Schule')"));
        test.exec(
            QStringLiteral("INSERT INTO room (id, site_id, name) VALUES (11, 1, 'B 212'), (12, 1, 'B 213'), "
                           "(21, 2, 'A 1'), (22, 2, 'A 2')"));
        const qint64 sn = test.authorityId(QStringLiteral("SN"));
        const qint64 lup = test.authorityId(QStringLiteral("LUP"));
        const qint64 pc = test.categoryId(QStringLiteral("PC"));
        const qint64 monitor = test.categoryId(QStringLiteral("Monitor"));
        struct Spec
        {
            const char *number;
            qint64 owner, user, category, site, room;
            AssetStatus status;
        };
        const Spec specs[] = {
            { "INV-1", sn, 0, pc, 1, 11, AssetStatus::InUse },
            { "INV-2", sn, lup, monitor, 1, 11, AssetStatus::InUse },
            { "INV-3", sn, 0, pc, 1, 12, AssetStatus::InStock },
            { "INV-4", lup, sn, pc, 2, 21, AssetStatus::InUse },
            { "INV-5", lup, 0, monitor, 2, 22, AssetStatus::Missing },
            { "INV-6", sn, 0, pc, 2, 21, AssetStatus::Retired },
            { "INV-7", lup, lup, pc, 0, 0, AssetStatus::InRepair },
            { "INV-8", sn, 0, monitor, 1, 0, AssetStatus::InUse },
        };
        int n = 0;
        for (const Spec &spec : specs) {
            ++n;
            Asset asset;
            asset.inventoryNo = QString::fromLatin1(spec.number);
            asset.ownerAuthorityId = spec.owner;
            asset.usingAuthorityId = spec.user;
            asset.categoryId = spec.category;
            asset.siteId = spec.site;
            asset.roomId = spec.room;
            asset.status = spec.status;
            asset.serialNo = QStringLiteral("SER%1").arg(n);
            asset.mac = QStringLiteral("00:11:22:33:44:%1").arg(n, 2, 10, QLatin1Char('0'));
            asset.hostname = QStringLiteral("host%1").arg(n);
            if (!m_assets.insert(asset, nullptr))
                qFatal("fixture asset");
            m_ids.insert(asset.inventoryNo, asset.id);
            m_assets.addLegacyIdentifier(asset.id, { QStringLiteral("SIS"), QStringLiteral("L-%1").arg(n) },
                                         nullptr);
        }
    }

    qint64 id(const char *number) const { return m_ids.value(QString::fromLatin1(number)); }
    AssetRepository &assets() { return m_assets; }

private:
    AssetRepository m_assets;
    QHash<QString, qint64> m_ids;
};

inline qint64 created(AuditService &service, const QString &name, const AuditScope &scope)
{
    QString error;
    const std::optional<qint64> id = service.create(name, scope, QString(), QDate(), &error);
    if (!id)
        qWarning("create: %s", qPrintable(error));
    return id.value_or(0);
}

inline AuditScan at(const QString &code, qint64 roomId)
{
    AuditScan scan;
    scan.code = code;
    scan.roomId = roomId;
    return scan;
}
