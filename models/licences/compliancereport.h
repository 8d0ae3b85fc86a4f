#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "licences/licencemetric.h"
#include "licences/licencetype.h"

// Seats of one licence seen from one using authority.
struct AuthorityShare
{
    qint64 authorityId = 0;
    QString code;
    int allocated = 0; // seats it may use (all seats for the owner of an unallocated licence)
    int assigned = 0; // seats it uses
    int free = 0; // allocated − assigned, never below 0
    int overDeployed = 0; // assigned − allocated, never below 0 (0 for site licences)
    int reclaimable = 0; // seats held by retired or missing devices
    qint64 yearlyCostCents = 0;
};

// Compliance of one licence: against the vendor (owned vs. assigned) and per authority.
struct LicenceCompliance
{
    qint64 licenceId = 0;
    QString product;
    QString vendor;
    QString edition;
    LicenceType type = LicenceType::Volume;
    LicenceMetric metric = LicenceMetric::Device;
    qint64 ownerAuthorityId = 0;
    QString ownerCode;
    int owned = 0; // quantity bought
    int allocated = 0; // sum of allocations, or owned when there is none
    bool servesOwner = false; // no allocation: all seats belong to the owner
    int assigned = 0;
    int free = 0; // owned − assigned, never below 0
    int overDeployed = 0; // assigned − owned, never below 0: exposure towards the vendor
    int overAllocated = 0; // allocations beyond the seats owned
    int reclaimable = 0;
    bool unlimited = false; // site licence: any number of seats
    QDate validUntil;
    QDate maintenanceEnd;
    bool expired = false; // valid until before the reference date
    bool endsSoon = false; // valid until within the warning window
    bool maintenanceEndsSoon = false; // maintenance end within the warning window
    qint64 yearlyCostCents = 0;
    QList<AuthorityShare> shares; // ordered by authority code

    bool expiredStillAssigned() const { return expired && assigned > 0; }
    bool overDeployedAnywhere() const;
};

// What one authority holds across all licences: the basis for billing it.
struct AuthorityTotals
{
    qint64 authorityId = 0;
    QString code;
    QString name;
    int seatsAllocated = 0;
    int seatsAssigned = 0;
    int overDeployed = 0;
    int reclaimable = 0;
    qint64 yearlyCostCents = 0;
};

struct ComplianceReport
{
    QDate referenceDate;
    int warningDays = 90;
    QList<LicenceCompliance> licences; // ordered by product, then id
    QList<AuthorityTotals> authorities; // ordered by code

    const LicenceCompliance *licence(qint64 licenceId) const;
    const AuthorityTotals *authority(const QString &code) const;
};
