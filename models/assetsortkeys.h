#pragma once

#include <QList>
#include <QString>

#include "asset.h"

// The asset's denormalised sort keys: copies of the names its references point
// to, so one index per column sorts by name at any table size (migration 4).
// One definition feeds the triggers, the bulk fill and the bulk-load insert.
struct AssetSortKey
{
    QString column; // e.g. category_sort
    AssetField field; // the reference it copies from
    QString nameSql; // "COALESCE((SELECT name FROM category WHERE id = %1), '')"

    // The key's value for the referenced id given as an SQL expression
    // ("NEW.category_id", "asset.category_id" or a placeholder).
    QString valueSql(const QString &idExpression) const { return nameSql.arg(idExpression); }
};

namespace AssetSortKeys {
const QList<AssetSortKey> &all();
// "category_sort = COALESCE(... = row.category_id), ''), owner_sort = ..." for an UPDATE.
QString assignments(const QString &row);
} // namespace AssetSortKeys
