#include "assets/assetlookup.h"

#include "assets/assetrepository.h"
#include "storage/database.h"

AssetLookup::AssetLookup(Database &database)
    : m_repository(std::make_unique<AssetRepository>(database, ChangeContext { database.userName(), 0 }))
{ }

AssetLookup::~AssetLookup() = default;

QList<qint64> AssetLookup::find(const QString &code, QString *error)
{
    return m_repository->findByIdentifier(code, error);
}

QString AssetLookup::noMatchMessage(const QString &code, int matches)
{
    if (matches == 0)
        return tr("Nothing matches \"%1\".").arg(code.trimmed());
    return tr("\"%1\" matches %n assets.", nullptr, matches).arg(code.trimmed());
}
