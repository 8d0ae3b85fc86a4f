#include "assets/assetcommandcontext.h"

#include "assets/assetbulkupdater.h"
#include "assets/assetrepository.h"
#include "storage/database.h"

AssetCommandContext::AssetCommandContext(Database &database, QObject *parent)
    : QObject(parent)
    , m_repository(std::make_unique<AssetRepository>(database, ChangeContext {}))
    , m_bulkUpdater(std::make_unique<AssetBulkUpdater>(database, m_repository->context()))
{ }

AssetCommandContext::~AssetCommandContext() = default;
