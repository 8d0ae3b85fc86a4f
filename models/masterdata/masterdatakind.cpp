#include "masterdata/masterdatakind.h"

QList<MasterDataKind> MasterDataKinds::all()
{
    return { MasterDataKind::Authority, MasterDataKind::OrgUnit, MasterDataKind::Site,
             MasterDataKind::Room,      MasterDataKind::Person,  MasterDataKind::Category };
}

QString MasterDataKinds::table(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::Authority:
        return QStringLiteral("authority");
    case MasterDataKind::OrgUnit:
        return QStringLiteral("org_unit");
    case MasterDataKind::Site:
        return QStringLiteral("site");
    case MasterDataKind::Room:
        return QStringLiteral("room");
    case MasterDataKind::Person:
        return QStringLiteral("person");
    case MasterDataKind::Category:
        return QStringLiteral("category");
    }
    return {};
}

QString MasterDataKinds::parentColumn(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::OrgUnit:
        return QStringLiteral("authority_id");
    case MasterDataKind::Room:
        return QStringLiteral("site_id");
    case MasterDataKind::Person:
        return QStringLiteral("unit_id");
    default:
        return {};
    }
}

bool MasterDataKinds::hasParent(MasterDataKind kind)
{
    return !parentColumn(kind).isEmpty();
}

MasterDataKind MasterDataKinds::parentKind(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::OrgUnit:
        return MasterDataKind::Authority;
    case MasterDataKind::Room:
        return MasterDataKind::Site;
    case MasterDataKind::Person:
        return MasterDataKind::OrgUnit;
    default:
        return kind;
    }
}

QString MasterDataKinds::displayName(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::Authority:
        return tr("Authority");
    case MasterDataKind::OrgUnit:
        return tr("Unit");
    case MasterDataKind::Site:
        return tr("Site");
    case MasterDataKind::Room:
        return tr("Room");
    case MasterDataKind::Person:
        return tr("Person");
    case MasterDataKind::Category:
        return tr("Category");
    }
    return {};
}

QString MasterDataKinds::pluralName(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::Authority:
        return tr("Authorities");
    case MasterDataKind::OrgUnit:
        return tr("Units");
    case MasterDataKind::Site:
        return tr("Sites");
    case MasterDataKind::Room:
        return tr("Rooms");
    case MasterDataKind::Person:
        return tr("People");
    case MasterDataKind::Category:
        return tr("Categories");
    }
    return {};
}
