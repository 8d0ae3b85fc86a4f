#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

#include "handovers/handover.h"

class Database;

// Reads handover and return records back: one to reprint it, a person's records
// (what they hold now and held before), a device's records, and the loans past
// their due day.
class HandoverStore
{
    Q_DECLARE_TR_FUNCTIONS(HandoverStore)

public:
    // A device that is out, with the record that handed it out.
    struct OpenItem
    {
        HandoverItem item;
        qint64 handoverId = 0;
        qint64 personId = 0;
        QString personName;
        QDate handedOn;
        QDate dueOn;
    };

    explicit HandoverStore(Database &database);

    std::optional<Handover> find(qint64 handoverId, QString *error);
    // Newest first.
    std::optional<QList<Handover>> ofPerson(qint64 personId, QString *error);
    std::optional<QList<Handover>> ofAsset(qint64 assetId, QString *error);
    // Devices out with the person now (all people: 0), oldest first.
    std::optional<QList<OpenItem>> heldNow(qint64 personId, QString *error);
    // Loans whose due day is before `today`, most overdue first.
    std::optional<QList<OpenItem>> overdue(const QDate &today, QString *error);

private:
    std::optional<QList<Handover>> load(const QString &condition, const QVariantList &values, QString *error);
    std::optional<QList<OpenItem>> loadOpen(const QString &condition, const QVariantList &values,
                                            const QString &order, QString *error);

    Database &m_database;
};
