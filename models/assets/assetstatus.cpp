#include "assets/assetstatus.h"

QList<AssetStatus> AssetStatusText::all()
{
    return { AssetStatus::InUse, AssetStatus::InStock, AssetStatus::InRepair, AssetStatus::Retired,
             AssetStatus::Missing };
}

QList<AssetStatus> AssetStatusText::inInventory()
{
    return { AssetStatus::InUse, AssetStatus::InStock, AssetStatus::InRepair, AssetStatus::Missing };
}

QString AssetStatusText::code(AssetStatus status)
{
    switch (status) {
    case AssetStatus::InUse:
        return QStringLiteral("in_use");
    case AssetStatus::InStock:
        return QStringLiteral("in_stock");
    case AssetStatus::InRepair:
        return QStringLiteral("in_repair");
    case AssetStatus::Retired:
        return QStringLiteral("retired");
    case AssetStatus::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

std::optional<AssetStatus> AssetStatusText::fromCode(const QString &code)
{
    for (AssetStatus status : all()) {
        if (AssetStatusText::code(status) == code)
            return status;
    }
    return std::nullopt;
}

QString AssetStatusText::displayName(AssetStatus status)
{
    switch (status) {
    case AssetStatus::InUse:
        return tr("In use");
    case AssetStatus::InStock:
        return tr("In stock");
    case AssetStatus::InRepair:
        return tr("In repair");
    case AssetStatus::Retired:
        return tr("Retired");
    case AssetStatus::Missing:
        return tr("Missing");
    }
    return {};
}
