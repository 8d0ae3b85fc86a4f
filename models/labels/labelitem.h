#pragma once

#include <QString>

// What one asset label shows.
struct LabelItem
{
    qint64 assetId = 0;
    QString inventoryNo; // also the content of the QR code and the barcode
    QString serialNo;
    QString category;
    QString ownerCode;
    QString ownerName;
    QString legacyNo; // an old SIS or district number, where the asset has one
};
