#include "assetbulkupdater.h"

#include "assetrepository.h"
#include "database.h"
#include "sqlhelpers.h"

AssetBulkUpdater::AssetBulkUpdater(Database &database, AssetRepository &repository)
    : m_database(database)
    , m_repository(repository)
{ }

bool AssetBulkUpdater::apply(const QList<qint64> &assetIds, const Changes &changes, QList<Asset> *previous,
                             QString *error)
{
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = tr("Cannot start a transaction.");
        return false;
    }
    QList<Asset> before;
    for (qint64 id : assetIds) {
        std::optional<Asset> asset = m_repository.find(id, error);
        if (!asset)
            return false;
        before.append(*asset);
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            AssetFields::setValue(*asset, it.key(), it.value());
        const AssetRepository::UpdateResult result = m_repository.update(*asset, error);
        if (result == AssetRepository::UpdateResult::Failed
            || result == AssetRepository::UpdateResult::Conflict)
            return false;
    }
    if (!transaction.commit(error))
        return false;
    if (previous)
        *previous = before;
    return true;
}

bool AssetBulkUpdater::restore(const QList<Asset> &previous, const QList<AssetField> &fields, QString *error)
{
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = tr("Cannot start a transaction.");
        return false;
    }
    for (const Asset &old : previous) {
        std::optional<Asset> asset = m_repository.find(old.id, error);
        if (!asset)
            return false;
        for (AssetField field : fields)
            AssetFields::setValue(*asset, field, AssetFields::value(old, field));
        const AssetRepository::UpdateResult result = m_repository.update(*asset, error);
        if (result == AssetRepository::UpdateResult::Failed
            || result == AssetRepository::UpdateResult::Conflict)
            return false;
    }
    return transaction.commit(error);
}
