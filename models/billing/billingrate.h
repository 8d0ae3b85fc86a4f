#pragma once

#include <QDate>
#include <QString>

// A price per month for one device of a category, or for one seat of a licence
// product, from a day on until the next rate of the same subject starts. With an
// authority it is that authority's negotiated rate and wins over the general one.
struct BillingRate
{
    qint64 id = 0;
    qint64 categoryId = 0; // a device rate, or
    QString licenceProduct; // a licence rate (matched without regard to case)
    qint64 authorityId = 0; // 0: the general rate
    QDate validFrom;
    qint64 monthlyCents = 0;
    QString note;
    int rowVersion = 0;
    // Read back with the rate, for lists and exports: the category's name (or the
    // product), and the negotiating authority's code (empty for the general rate).
    QString subjectName;
    QString authorityCode;

    bool isLicenceRate() const { return categoryId == 0; }
};
