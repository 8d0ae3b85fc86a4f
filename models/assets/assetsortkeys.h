#pragma once

#include <QList>
#include <QString>

#include "assets/asset.h"
#include "storage/sqldialect.h"

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
// Each key's column with its value for the given row ("NEW": category_id of NEW, …),
// as the dialect's triggers take them.
QList<SqlDerivedColumn> derivedColumns(const QString &row);
} // namespace AssetSortKeys
