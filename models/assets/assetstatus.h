#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

enum class AssetStatus { InUse, InStock, InRepair, Retired, Missing };

// Stable codes stored in the database, and the translated names users see.
class AssetStatusText
{
    Q_DECLARE_TR_FUNCTIONS(AssetStatusText)

public:
    static QList<AssetStatus> all();
    // Every status but retired: what the inventory holds (and audits count).
    static QList<AssetStatus> inInventory();
    static QString code(AssetStatus status);
    static std::optional<AssetStatus> fromCode(const QString &code);
    static QString displayName(AssetStatus status);
};
