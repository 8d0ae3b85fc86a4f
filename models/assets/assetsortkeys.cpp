#include "assets/assetsortkeys.h"

#include <QStringList>

namespace {
AssetSortKey key(const char *column, AssetField field, const char *table, const char *nameColumn)
{
    return { QLatin1String(column), field,
             QStringLiteral("COALESCE((SELECT %1 FROM %2 WHERE id = %3), '')")
                 .arg(QLatin1String(nameColumn), QLatin1String(table), QStringLiteral("%1")) };
}
} // namespace

const QList<AssetSortKey> &AssetSortKeys::all()
{
    static const QList<AssetSortKey> keys = {
        key("category_sort", AssetField::Category, "category", "name"),
        key("owner_sort", AssetField::OwnerAuthority, "authority", "code"),
        key("using_sort", AssetField::UsingAuthority, "authority", "code"),
        key("unit_sort", AssetField::Unit, "org_unit", "name"),
        key("site_sort", AssetField::Site, "site", "name"),
        key("room_sort", AssetField::Room, "room", "name"),
        key("person_sort", AssetField::Person, "person", "name"),
    };
    return keys;
}

QList<SqlDerivedColumn> AssetSortKeys::derivedColumns(const QString &row)
{
    QList<SqlDerivedColumn> columns;
    for (const AssetSortKey &sortKey : all())
        columns.append({ sortKey.column,
                         sortKey.valueSql(row + QLatin1Char('.') + AssetFields::column(sortKey.field)) });
    return columns;
}
