#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "history/changecontext.h"

class Database;

// Rates in and out as CSV, so finance can keep its price list in a spreadsheet:
// category;licence_product;authority;valid_from;monthly_eur;note, one rate a row
// (a category or a licence product; the authority's code for a negotiated rate).
// Written as German Excel reads it. Reading matches a row to the rate of the same
// subject, authority and start day: each row ends created, updated, unchanged or
// rejected with its line, column and reason, all in one transaction.
class BillingRateCsv
{
    Q_DECLARE_TR_FUNCTIONS(BillingRateCsv)

public:
    struct Rejected
    {
        qint64 line = 0;
        QString column;
        QString reason;
    };
    struct ImportResult
    {
        bool ok = false;
        QString error; // the import failed as a whole: nothing was changed
        qint64 rows = 0;
        qint64 created = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        QList<Rejected> rejected;
    };

    static bool exportTo(Database &database, const QString &path, QString *error);
    // dryRun: everything is checked and counted, then rolled back.
    static ImportResult importFrom(Database &database, const QString &path, const ChangeContext &context,
                                   bool dryRun);
    static QStringList columns();
};
