#include "licences/licence.h"

#include "licences/licencekeymask.h"
#include "storage/sqlhelpers.h"

const QList<LicenceField> &LicenceFields::all()
{
    static const QList<LicenceField> fields = {
        LicenceField::Product,        LicenceField::Vendor,       LicenceField::Edition,
        LicenceField::Type,           LicenceField::Metric,       LicenceField::Quantity,
        LicenceField::LicenceKey,     LicenceField::ContractNo,   LicenceField::ValidFrom,
        LicenceField::ValidUntil,     LicenceField::PricePerSeat, LicenceField::MaintenanceEnd,
        LicenceField::OwnerAuthority, LicenceField::Notes,
    };
    return fields;
}

QString LicenceFields::column(LicenceField field)
{
    switch (field) {
    case LicenceField::Product:
        return QStringLiteral("product");
    case LicenceField::Vendor:
        return QStringLiteral("vendor");
    case LicenceField::Edition:
        return QStringLiteral("edition");
    case LicenceField::Type:
        return QStringLiteral("licence_type");
    case LicenceField::Metric:
        return QStringLiteral("metric");
    case LicenceField::Quantity:
        return QStringLiteral("quantity");
    case LicenceField::LicenceKey:
        return QStringLiteral("licence_key");
    case LicenceField::ContractNo:
        return QStringLiteral("contract_no");
    case LicenceField::ValidFrom:
        return QStringLiteral("valid_from");
    case LicenceField::ValidUntil:
        return QStringLiteral("valid_until");
    case LicenceField::PricePerSeat:
        return QStringLiteral("price_per_seat_cents");
    case LicenceField::MaintenanceEnd:
        return QStringLiteral("maintenance_end");
    case LicenceField::OwnerAuthority:
        return QStringLiteral("owner_authority_id");
    case LicenceField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

std::optional<LicenceField> LicenceFields::fromColumn(const QString &column)
{
    for (LicenceField field : all()) {
        if (LicenceFields::column(field) == column)
            return field;
    }
    return std::nullopt;
}

QString LicenceFields::displayName(LicenceField field)
{
    switch (field) {
    case LicenceField::Product:
        return tr("Product");
    case LicenceField::Vendor:
        return tr("Vendor");
    case LicenceField::Edition:
        return tr("Version/edition");
    case LicenceField::Type:
        return tr("Type");
    case LicenceField::Metric:
        return tr("Metric");
    case LicenceField::Quantity:
        return tr("Quantity");
    case LicenceField::LicenceKey:
        return tr("Licence key");
    case LicenceField::ContractNo:
        return tr("Contract no.");
    case LicenceField::ValidFrom:
        return tr("Valid from");
    case LicenceField::ValidUntil:
        return tr("Valid until");
    case LicenceField::PricePerSeat:
        return tr("Price per seat");
    case LicenceField::MaintenanceEnd:
        return tr("Maintenance until");
    case LicenceField::OwnerAuthority:
        return tr("Owner");
    case LicenceField::Notes:
        return tr("Notes");
    }
    return {};
}

QVariant LicenceFields::value(const Licence &licence, LicenceField field)
{
    switch (field) {
    case LicenceField::Product:
        return Sql::textOrEmpty(licence.product);
    case LicenceField::Vendor:
        return Sql::textOrEmpty(licence.vendor);
    case LicenceField::Edition:
        return Sql::textOrEmpty(licence.edition);
    case LicenceField::Type:
        return LicenceTypeText::code(licence.type);
    case LicenceField::Metric:
        return LicenceMetricText::code(licence.metric);
    case LicenceField::Quantity:
        return licence.quantity;
    case LicenceField::LicenceKey:
        return Sql::textOrEmpty(licence.licenceKey);
    case LicenceField::ContractNo:
        return Sql::textOrEmpty(licence.contractNo);
    case LicenceField::ValidFrom:
        return Sql::dateOrNull(licence.validFrom);
    case LicenceField::ValidUntil:
        return Sql::dateOrNull(licence.validUntil);
    case LicenceField::PricePerSeat:
        return licence.pricePerSeatCents ? QVariant(*licence.pricePerSeatCents)
                                         : QVariant(QMetaType(QMetaType::LongLong));
    case LicenceField::MaintenanceEnd:
        return Sql::dateOrNull(licence.maintenanceEnd);
    case LicenceField::OwnerAuthority:
        return Sql::idOrNull(licence.ownerAuthorityId);
    case LicenceField::Notes:
        return Sql::textOrEmpty(licence.notes);
    }
    return {};
}

void LicenceFields::setValue(Licence &licence, LicenceField field, const QVariant &value)
{
    switch (field) {
    case LicenceField::Product:
        licence.product = value.toString();
        break;
    case LicenceField::Vendor:
        licence.vendor = value.toString();
        break;
    case LicenceField::Edition:
        licence.edition = value.toString();
        break;
    case LicenceField::Type:
        licence.type = LicenceTypeText::fromCode(value.toString()).value_or(LicenceType::Volume);
        break;
    case LicenceField::Metric:
        licence.metric = LicenceMetricText::fromCode(value.toString()).value_or(LicenceMetric::Device);
        break;
    case LicenceField::Quantity:
        licence.quantity = value.toInt();
        break;
    case LicenceField::LicenceKey:
        licence.licenceKey = value.toString();
        break;
    case LicenceField::ContractNo:
        licence.contractNo = value.toString();
        break;
    case LicenceField::ValidFrom:
        licence.validFrom = Sql::toDate(value);
        break;
    case LicenceField::ValidUntil:
        licence.validUntil = Sql::toDate(value);
        break;
    case LicenceField::PricePerSeat:
        licence.pricePerSeatCents = value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
        break;
    case LicenceField::MaintenanceEnd:
        licence.maintenanceEnd = Sql::toDate(value);
        break;
    case LicenceField::OwnerAuthority:
        licence.ownerAuthorityId = value.toLongLong();
        break;
    case LicenceField::Notes:
        licence.notes = value.toString();
        break;
    }
}

QString LicenceFields::text(const Licence &licence, LicenceField field)
{
    const QVariant v = value(licence, field);
    return v.isNull() ? QString() : v.toString();
}

QString LicenceFields::historyText(const Licence &licence, LicenceField field)
{
    const QString plain = text(licence, field);
    return isSecret(field) ? LicenceKeyMask::mask(plain) : plain;
}
