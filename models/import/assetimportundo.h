#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <map>

#include "history/changecontext.h"
#include "import/importundo.h"

class Database;

// The asset half of ImportUndo: restores the fields an import batch changed on
// assets that existed, removes the legacy numbers it added to them, and deletes
// the assets it created (each leaving its last state in the history), all through
// AssetRepository. Refuses, naming them, when any of those assets was changed
// after the batch. Runs inside the caller's transaction.
class AssetImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(AssetImportUndo)

public:
    AssetImportUndo(Database &database, ChangeContext context);

    // Fills result.changedSince, deleted and reverted; false with result.error set
    // when refused or failed (the caller rolls back).
    bool undo(qint64 batchId, ImportUndo::Result &result);

private:
    struct FieldChange
    {
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };
    // What the batch did, in the order it did it.
    struct BatchChanges
    {
        QList<qint64> created;
        std::map<qint64, QList<FieldChange>> updated; // assets that existed before
        qint64 lastHistoryId = 0;
    };

    bool readChanges(qint64 batchId, BatchChanges *changes, QString *error);
    // Assets of the batch written after it by a user or by another import that is
    // still in force: their inventory numbers.
    bool findChangedSince(qint64 batchId, qint64 lastHistoryId, QStringList *numbers, QString *error);
    bool revertUpdated(const std::map<qint64, QList<FieldChange>> &updated, ImportUndo::Result &result);
    bool removeCreated(const QList<qint64> &created, ImportUndo::Result &result);

    Database &m_database;
    ChangeContext m_context;
};
