#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

#include "assets/assetstatus.h"
#include "masterdata/masterdatakind.h"

// One hardware item as stored. Ids of 0 mean "not set".
struct Asset
{
    qint64 id = 0;
    QString inventoryNo;
    qint64 categoryId = 0;
    QString manufacturer;
    QString model;
    QString serialNo;
    AssetStatus status = AssetStatus::InUse;
    qint64 ownerAuthorityId = 0;
    qint64 usingAuthorityId = 0;
    qint64 unitId = 0;
    qint64 siteId = 0;
    qint64 roomId = 0;
    qint64 personId = 0;
    QDate purchaseDate;
    std::optional<qint64> purchasePriceCents;
    QDate warrantyEnd;
    QString costCentre;
    QString hostname;
    QString mac;
    QString ip;
    QString notes;
    QDate lastAudited;
    qint64 importBatchId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;
};

// The editable fields of an asset, in one table: insert, update, diff, history
// and the item models all walk this list instead of naming columns again.
enum class AssetField {
    InventoryNo,
    Category,
    Manufacturer,
    Model,
    SerialNo,
    Status,
    OwnerAuthority,
    UsingAuthority,
    Unit,
    Site,
    Room,
    Person,
    PurchaseDate,
    PurchasePrice,
    WarrantyEnd,
    CostCentre,
    Hostname,
    Mac,
    Ip,
    Notes,
    LastAudited,
};

class AssetFields
{
    Q_DECLARE_TR_FUNCTIONS(AssetFields)

public:
    static const QList<AssetField> &all();
    // The database column, also the field name written to the history.
    static QString column(AssetField field);
    static std::optional<AssetField> fromColumn(const QString &column);
    static QString displayName(AssetField field);
    // True for fields that hold the id of another table's row.
    static bool isReference(AssetField field);
    // The master data a reference field points to; none for plain value fields.
    static std::optional<MasterDataKind> referencedKind(AssetField field);

    // The value as bound to SQL: NULL for unset ids, dates and prices.
    static QVariant value(const Asset &asset, AssetField field);
    static void setValue(Asset &asset, AssetField field, const QVariant &value);
    // The value as text for the history (ids as numbers, dates ISO, status codes).
    static QString historyText(const Asset &asset, AssetField field);
    // The same for a value as value() returns it.
    static QString historyText(const QVariant &value);
};
