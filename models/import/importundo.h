#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "history/changecontext.h"

class Database;

// Takes back one import batch as a whole, in one transaction: its items through
// AssetImportUndo or LicenceImportUndo, then the master data they referred to that
// nothing uses any more (ImportMasterDataCleanup); marks the batch 'undone'. Refuses
// when any of the batch's items was changed after it (by a user or another import)
// and names them.
class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    struct Result
    {
        bool ok = false;
        QString error;
        QString kind; // the batch's kind: "assets" or "licences"
        // Items changed after the batch: inventory numbers, or licence products.
        QStringList changedSince;
        qint64 deleted = 0;
        qint64 reverted = 0;
        QStringList removedMasterData; // "Room 3.21", one per master data row removed
    };

    explicit ImportUndo(Database &database);

    // user: recorded in the history; empty: the database's user.
    Result undo(qint64 batchId, const QString &user);
    // What an undo that succeeded did, in one or two sentences for the user.
    static QString summary(qint64 batchId, const Result &result);

private:
    Database &m_database;
};
