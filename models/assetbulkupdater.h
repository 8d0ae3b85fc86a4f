#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariant>

#include "asset.h"

class AssetRepository;
class Database;

// Changes the same fields (owner, using authority, site/room, unit, status) of
// many assets in one transaction. Each asset is written through AssetRepository,
// so there is one history entry per asset and changed field.
class AssetBulkUpdater
{
    Q_DECLARE_TR_FUNCTIONS(AssetBulkUpdater)

public:
    // Field -> value as AssetFields::setValue takes it (ids, status code; 0/null clears).
    using Changes = QHash<AssetField, QVariant>;

    AssetBulkUpdater(Database &database, AssetRepository &repository);

    // All or nothing. previous receives the assets as they were (for undo).
    bool apply(const QList<qint64> &assetIds, const Changes &changes, QList<Asset> *previous, QString *error);
    // Puts the given fields back to the values in previous, again all or nothing.
    bool restore(const QList<Asset> &previous, const QList<AssetField> &fields, QString *error);

private:
    Database &m_database;
    AssetRepository &m_repository;
};
