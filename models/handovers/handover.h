#pragma once

#include <QDate>
#include <QList>
#include <QString>

// One device in a handover record, as it was when handed over or taken back: the
// record stays readable when the device changes or is retired later.
struct HandoverItem
{
    qint64 assetId = 0;
    QString inventoryNo;
    QString serialNo;
    QString description; // category, make and model
    QString accessories; // charger, docking station …
    QString condition; // notes on the state it was in
    qint64 returnedBy = 0; // a checkout's item: the return record that took it back (0: still out)
};

// A handover record (Übergabeprotokoll) or a return record (Rückgabeprotokoll):
// who handed which devices to whom, when, where to, and the notes both signed.
struct Handover
{
    enum class Kind { Checkout, Return };

    qint64 id = 0;
    Kind kind = Kind::Checkout;
    qint64 personId = 0;
    QString personName; // as on the record; anonymising replaces it
    qint64 unitId = 0;
    QString unitName;
    qint64 siteId = 0;
    QString siteName;
    qint64 roomId = 0;
    QString roomName;
    QDate date;
    QDate dueDate; // a loan: the day it must be back (invalid: handed over for good)
    QString handedBy; // the technician's login
    QString notes;
    QString createdAt; // UTC, as stored
    QList<HandoverItem> items;

    static QString kindCode(Kind kind)
    {
        return kind == Kind::Checkout ? QStringLiteral("checkout") : QStringLiteral("return");
    }
};

// What a technician enters to hand devices over or take them back. For a return the
// person is the one holding the devices; site and room say where they go (storage).
struct HandoverRequest
{
    qint64 personId = 0; // checkout only: who receives them
    qint64 unitId = 0; // 0: the person's unit, or unchanged
    qint64 siteId = 0; // 0: unchanged
    qint64 roomId = 0; // 0: unchanged
    QDate date;
    QDate dueDate;
    QString notes;
    QList<HandoverItem> items; // assetId, accessories and condition are read
};
