#include "licences/licencetype.h"

QList<LicenceType> LicenceTypeText::all()
{
    return { LicenceType::Volume,     LicenceType::Oem,          LicenceType::Single,
             LicenceType::Concurrent, LicenceType::Subscription, LicenceType::Fachverfahren };
}

QString LicenceTypeText::code(LicenceType type)
{
    switch (type) {
    case LicenceType::Volume:
        return QStringLiteral("volume");
    case LicenceType::Oem:
        return QStringLiteral("oem");
    case LicenceType::Single:
        return QStringLiteral("single");
    case LicenceType::Concurrent:
        return QStringLiteral("concurrent");
    case LicenceType::Subscription:
        return QStringLiteral("subscription");
    case LicenceType::Fachverfahren:
        return QStringLiteral("fachverfahren");
    }
    return {};
}

std::optional<LicenceType> LicenceTypeText::fromCode(const QString &code)
{
    for (LicenceType type : all()) {
        if (LicenceTypeText::code(type) == code)
            return type;
    }
    return std::nullopt;
}

QString LicenceTypeText::displayName(LicenceType type)
{
    switch (type) {
    case LicenceType::Volume:
        return tr("Volume licence");
    case LicenceType::Oem:
        return tr("OEM");
    case LicenceType::Single:
        return tr("Single seat");
    case LicenceType::Concurrent:
        return tr("Concurrent/network");
    case LicenceType::Subscription:
        return tr("Subscription/rental");
    case LicenceType::Fachverfahren:
        return tr("Specialised procedure");
    }
    return {};
}
