#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "labels/labelitem.h"

class Database;

// Reads what the labels of a choice of assets show, in inventory number order, the
// order in which a technician sticks them on.
class LabelItemQuery
{
    Q_DECLARE_TR_FUNCTIONS(LabelItemQuery)

public:
    explicit LabelItemQuery(Database &database);

    // These assets (thousands are fine: read in slices of bound ids). Ids that no
    // longer exist are left out; missing, when given, receives them.
    std::optional<QList<LabelItem>> forAssets(const QList<qint64> &assetIds, QString *error,
                                              QList<qint64> *missing = nullptr);
    // Every asset not retired that the authority owns or uses (0: any) at the site (0: any).
    std::optional<QList<LabelItem>> forSelection(qint64 authorityId, qint64 siteId, QString *error);

private:
    Database &m_database;
};
