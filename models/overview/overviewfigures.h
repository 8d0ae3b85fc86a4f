#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "assets/assetstatus.h"

// What the overview shows a manager at a glance, as of one day. Every figure is a
// count read from the database; nothing here is estimated.
struct OverviewFigures
{
    // The age of a device: from its purchase date to the overview's day.
    enum AgeBand {
        UnderOneYear,
        OneToTwoYears,
        TwoToThreeYears,
        ThreeToFiveYears,
        FiveToEightYears,
        EightYearsAndMore,
        AgeUnknown,
        AgeBandCount
    };

    struct CategoryCount
    {
        qint64 categoryId = 0;
        QString category;
        qint64 count = 0;
    };
    // Devices an authority owns (not retired), per category, largest first.
    struct AuthorityDevices
    {
        qint64 authorityId = 0;
        QString code;
        QString name;
        qint64 count = 0;
        QList<CategoryCount> categories;
    };
    struct StatusCount
    {
        AssetStatus status = AssetStatus::InUse;
        qint64 count = 0;
    };
    struct AgeCount
    {
        AgeBand band = AgeUnknown;
        // The purchase dates of the band, both inclusive; invalid: open on that side.
        QDate purchasedFrom;
        QDate purchasedTo;
        qint64 count = 0;
    };
    struct LicenceProblem
    {
        qint64 licenceId = 0;
        QString product;
        int owned = 0;
        int assigned = 0;
        int overDeployed = 0; // seats beyond what is owned or allotted
    };
    struct AuditDue
    {
        qint64 auditId = 0;
        QString name;
        QDate dueDate;
        qint64 expected = 0;
        qint64 found = 0;
    };
    struct ImportSummary
    {
        qint64 batchId = 0;
        QString kind; // "assets" or "licences"
        QString fileName;
        QString startedAt; // UTC ISO text, as stored
        QString startedBy;
        QString status; // running, completed, undone
        qint64 created = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 rejected = 0;
    };

    QDate date;
    qint64 totalAssets = 0; // every asset, retired ones included
    qint64 inInventory = 0; // every asset that is not retired
    QList<AuthorityDevices> authorities; // by code
    QList<StatusCount> statuses; // every status, in AssetStatusText::all() order
    QList<AgeCount> ages; // not retired, one per AgeBand in order

    int licences = 0;
    int licencesCompliant = 0; // no seat beyond what is owned or allotted anywhere
    int licencesExpiredInUse = 0;
    int licencesEndingSoon = 0;
    QList<LicenceProblem> overDeployed; // most seats over first

    qint64 assetsDueForCount = 0; // never counted, or last counted before their category's interval
    QList<AuditDue> auditsOverdue; // open or paused, due date passed
    QList<AuditDue> auditsDueSoon; // open or paused, due within the next 30 days
    QList<ImportSummary> lastImports; // newest first

    static constexpr int dueSoonDays = 30;
    static constexpr int lastImportCount = 5;
};
