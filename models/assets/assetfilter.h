#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "assets/assetstatus.h"

// What the asset table shows: every set criterion must hold (they combine with AND;
// the values inside one list combine with OR). Ids of 0 and invalid dates mean "any".
struct AssetFilter
{
    QList<qint64> ownerAuthorityIds;
    QList<qint64> usingAuthorityIds;
    // Owned OR used by one of these authorities (what `bestand export --authority` means).
    QList<qint64> anyAuthorityIds;
    QList<qint64> categoryIds;
    QList<AssetStatus> statuses;
    qint64 siteId = 0;
    qint64 roomId = 0;
    qint64 unitId = 0;
    qint64 personId = 0;
    // Warranty ends before this day (assets without a warranty end do not match).
    QDate warrantyEndingBefore;
    // Last audit before this day, or never audited.
    QDate notAuditedSince;
    // Purchased on or after / on or before these days (invalid: open on that side).
    QDate purchasedFrom;
    QDate purchasedTo;
    // Only assets without a known purchase date.
    bool purchaseDateUnknown = false;
    // Full-text search, every word as a prefix (inventory and legacy numbers, serial,
    // make, model, host name, MAC, person, site, room, notes).
    QString searchText;

    bool isEmpty() const
    {
        return ownerAuthorityIds.isEmpty() && usingAuthorityIds.isEmpty() && anyAuthorityIds.isEmpty()
            && categoryIds.isEmpty() && statuses.isEmpty() && siteId == 0 && roomId == 0 && unitId == 0
            && personId == 0 && !warrantyEndingBefore.isValid() && !notAuditedSince.isValid()
            && !purchasedFrom.isValid() && !purchasedTo.isValid() && !purchaseDateUnknown
            && searchText.trimmed().isEmpty();
    }

    friend bool operator==(const AssetFilter &, const AssetFilter &) = default;
};
