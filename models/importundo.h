#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "changecontext.h"

class Database;

// Takes back one import batch as a whole, in one transaction. An asset batch:
// deletes the assets it created, restores the fields it changed and removes the
// legacy numbers it added. A licence batch: see LicenceImportUndo. Then removes the
// master data its items referred to that nothing uses any more
// (ImportMasterDataCleanup) and marks the batch 'undone'. Refuses when any of the
// batch's items was changed after it (by a user or another import) and names them.
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

private:
    bool undoAssets(qint64 batchId, const ChangeContext &context, Result &result);

    Database &m_database;
};
