#pragma once

#include <QCoreApplication>
#include <QString>

#include "assets/asset.h"

class Database;

// The message that refuses a save because someone else saved the asset after the
// user read it: who changed which field from what to what since then, so the user
// knows what their save would have overwritten.
class AssetConflictMessage
{
    Q_DECLARE_TR_FUNCTIONS(AssetConflictMessage)

public:
    // opened is the asset as the user read it (its updatedAt marks what they saw).
    static QString describe(Database &database, const Asset &opened, const QString &inventoryNo);
};
