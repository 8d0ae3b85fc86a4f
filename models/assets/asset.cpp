#include "assets/asset.h"

#include "storage/sqlhelpers.h"

const QList<AssetField> &AssetFields::all()
{
    static const QList<AssetField> fields = {
        AssetField::InventoryNo,
        AssetField::Category,
        AssetField::Manufacturer,
        AssetField::Model,
        AssetField::SerialNo,
        AssetField::Status,
        AssetField::OwnerAuthority,
        AssetField::UsingAuthority,
        AssetField::Unit,
        AssetField::Site,
        AssetField::Room,
        AssetField::Person,
        AssetField::PurchaseDate,
        AssetField::PurchasePrice,
        AssetField::WarrantyEnd,
        AssetField::CostCentre,
        AssetField::Hostname,
        AssetField::Mac,
        AssetField::Ip,
        AssetField::Notes,
        AssetField::LastAudited,
    };
    return fields;
}

QString AssetFields::column(AssetField field)
{
    switch (field) {
    case AssetField::InventoryNo:
        return QStringLiteral("inventory_no");
    case AssetField::Category:
        return QStringLiteral("category_id");
    case AssetField::Manufacturer:
        return QStringLiteral("manufacturer");
    case AssetField::Model:
        return QStringLiteral("model");
    case AssetField::SerialNo:
        return QStringLiteral("serial_no");
    case AssetField::Status:
        return QStringLiteral("status");
    case AssetField::OwnerAuthority:
        return QStringLiteral("owner_authority_id");
    case AssetField::UsingAuthority:
        return QStringLiteral("using_authority_id");
    case AssetField::Unit:
        return QStringLiteral("unit_id");
    case AssetField::Site:
        return QStringLiteral("site_id");
    case AssetField::Room:
        return QStringLiteral("room_id");
    case AssetField::Person:
        return QStringLiteral("person_id");
    case AssetField::PurchaseDate:
        return QStringLiteral("purchase_date");
    case AssetField::PurchasePrice:
        return QStringLiteral("purchase_price_cents");
    case AssetField::WarrantyEnd:
        return QStringLiteral("warranty_end");
    case AssetField::CostCentre:
        return QStringLiteral("cost_centre");
    case AssetField::Hostname:
        return QStringLiteral("hostname");
    case AssetField::Mac:
        return QStringLiteral("mac");
    case AssetField::Ip:
        return QStringLiteral("ip");
    case AssetField::Notes:
        return QStringLiteral("notes");
    case AssetField::LastAudited:
        return QStringLiteral("last_audited");
    }
    return {};
}

std::optional<AssetField> AssetFields::fromColumn(const QString &column)
{
    for (AssetField field : all()) {
        if (AssetFields::column(field) == column)
            return field;
    }
    return std::nullopt;
}

QString AssetFields::displayName(AssetField field)
{
    switch (field) {
    case AssetField::InventoryNo:
        return tr("Inventory no.");
    case AssetField::Category:
        return tr("Category");
    case AssetField::Manufacturer:
        return tr("Manufacturer");
    case AssetField::Model:
        return tr("Model");
    case AssetField::SerialNo:
        return tr("Serial no.");
    case AssetField::Status:
        return tr("Status");
    case AssetField::OwnerAuthority:
        return tr("Owner");
    case AssetField::UsingAuthority:
        return tr("Used by");
    case AssetField::Unit:
        return tr("Unit");
    case AssetField::Site:
        return tr("Site");
    case AssetField::Room:
        return tr("Room");
    case AssetField::Person:
        return tr("Person");
    case AssetField::PurchaseDate:
        return tr("Purchased");
    case AssetField::PurchasePrice:
        return tr("Price");
    case AssetField::WarrantyEnd:
        return tr("Warranty until");
    case AssetField::CostCentre:
        return tr("Cost centre");
    case AssetField::Hostname:
        return tr("Host name");
    case AssetField::Mac:
        return tr("MAC address");
    case AssetField::Ip:
        return tr("IP address");
    case AssetField::Notes:
        return tr("Notes");
    case AssetField::LastAudited:
        return tr("Last audited");
    }
    return {};
}

bool AssetFields::isReference(AssetField field)
{
    return referencedKind(field).has_value();
}

QVariant AssetFields::value(const Asset &asset, AssetField field)
{
    switch (field) {
    case AssetField::InventoryNo:
        return Sql::textOrEmpty(asset.inventoryNo);
    case AssetField::Category:
        return Sql::idOrNull(asset.categoryId);
    case AssetField::Manufacturer:
        return Sql::textOrEmpty(asset.manufacturer);
    case AssetField::Model:
        return Sql::textOrEmpty(asset.model);
    case AssetField::SerialNo:
        return Sql::textOrEmpty(asset.serialNo);
    case AssetField::Status:
        return AssetStatusText::code(asset.status);
    case AssetField::OwnerAuthority:
        return Sql::idOrNull(asset.ownerAuthorityId);
    case AssetField::UsingAuthority:
        return Sql::idOrNull(asset.usingAuthorityId);
    case AssetField::Unit:
        return Sql::idOrNull(asset.unitId);
    case AssetField::Site:
        return Sql::idOrNull(asset.siteId);
    case AssetField::Room:
        return Sql::idOrNull(asset.roomId);
    case AssetField::Person:
        return Sql::idOrNull(asset.personId);
    case AssetField::PurchaseDate:
        return Sql::dateOrNull(asset.purchaseDate);
    case AssetField::PurchasePrice:
        return asset.purchasePriceCents ? QVariant(*asset.purchasePriceCents)
                                        : QVariant(QMetaType(QMetaType::LongLong));
    case AssetField::WarrantyEnd:
        return Sql::dateOrNull(asset.warrantyEnd);
    case AssetField::CostCentre:
        return Sql::textOrEmpty(asset.costCentre);
    case AssetField::Hostname:
        return Sql::textOrEmpty(asset.hostname);
    case AssetField::Mac:
        return Sql::textOrEmpty(asset.mac);
    case AssetField::Ip:
        return Sql::textOrEmpty(asset.ip);
    case AssetField::Notes:
        return Sql::textOrEmpty(asset.notes);
    case AssetField::LastAudited:
        return Sql::dateOrNull(asset.lastAudited);
    }
    return {};
}

void AssetFields::setValue(Asset &asset, AssetField field, const QVariant &value)
{
    switch (field) {
    case AssetField::InventoryNo:
        asset.inventoryNo = value.toString();
        break;
    case AssetField::Category:
        asset.categoryId = value.toLongLong();
        break;
    case AssetField::Manufacturer:
        asset.manufacturer = value.toString();
        break;
    case AssetField::Model:
        asset.model = value.toString();
        break;
    case AssetField::SerialNo:
        asset.serialNo = value.toString();
        break;
    case AssetField::Status:
        asset.status = AssetStatusText::fromCode(value.toString()).value_or(AssetStatus::InUse);
        break;
    case AssetField::OwnerAuthority:
        asset.ownerAuthorityId = value.toLongLong();
        break;
    case AssetField::UsingAuthority:
        asset.usingAuthorityId = value.toLongLong();
        break;
    case AssetField::Unit:
        asset.unitId = value.toLongLong();
        break;
    case AssetField::Site:
        asset.siteId = value.toLongLong();
        break;
    case AssetField::Room:
        asset.roomId = value.toLongLong();
        break;
    case AssetField::Person:
        asset.personId = value.toLongLong();
        break;
    case AssetField::PurchaseDate:
        asset.purchaseDate = Sql::toDate(value);
        break;
    case AssetField::PurchasePrice:
        asset.purchasePriceCents = value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
        break;
    case AssetField::WarrantyEnd:
        asset.warrantyEnd = Sql::toDate(value);
        break;
    case AssetField::CostCentre:
        asset.costCentre = value.toString();
        break;
    case AssetField::Hostname:
        asset.hostname = value.toString();
        break;
    case AssetField::Mac:
        asset.mac = value.toString();
        break;
    case AssetField::Ip:
        asset.ip = value.toString();
        break;
    case AssetField::Notes:
        asset.notes = value.toString();
        break;
    case AssetField::LastAudited:
        asset.lastAudited = Sql::toDate(value);
        break;
    }
}

QString AssetFields::historyText(const Asset &asset, AssetField field)
{
    return historyText(value(asset, field));
}

QString AssetFields::historyText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

std::optional<MasterDataKind> AssetFields::referencedKind(AssetField field)
{
    switch (field) {
    case AssetField::Category:
        return MasterDataKind::Category;
    case AssetField::OwnerAuthority:
    case AssetField::UsingAuthority:
        return MasterDataKind::Authority;
    case AssetField::Unit:
        return MasterDataKind::OrgUnit;
    case AssetField::Site:
        return MasterDataKind::Site;
    case AssetField::Room:
        return MasterDataKind::Room;
    case AssetField::Person:
        return MasterDataKind::Person;
    default:
        return std::nullopt;
    }
}
