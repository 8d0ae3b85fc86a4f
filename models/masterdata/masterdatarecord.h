#pragma once

#include <QString>

#include "masterdata/masterdatakind.h"

// One row of master data. Which members mean something depends on the kind:
// code and authorityKind for authorities, address for sites, parentId for
// units (authority), rooms (site) and people (unit), the audit interval for
// categories.
struct MasterDataRecord
{
    MasterDataKind kind = MasterDataKind::Authority;
    qint64 id = 0;
    QString name;
    QString code;
    QString authorityKind = QStringLiteral("other");
    QString address;
    qint64 parentId = 0;
    QString parentName;
    int auditIntervalMonths = 60;
    bool anonymised = false;

    // What a user picks from a list: "SN – Landeshauptstadt Schwerin", "Rathaus · B 212".
    QString label() const
    {
        if (kind == MasterDataKind::Authority)
            return code + QStringLiteral(" – ") + name;
        if (kind == MasterDataKind::Room && !parentName.isEmpty())
            return parentName + QStringLiteral(" · ") + name;
        return name;
    }
};
