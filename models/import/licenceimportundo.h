#pragma once

#include <QCoreApplication>
#include <QString>

#include "history/changecontext.h"
#include "import/importundo.h"

class Database;

// The licence half of ImportUndo: deletes the licences a batch created (their
// allocations first, each with its history row), restores the fields and
// allocations it changed on licences that existed, all through LicenceRepository.
// Refuses, naming them, when any of those licences was changed after the batch,
// seat assignments included. Runs inside the caller's transaction.
class LicenceImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(LicenceImportUndo)

public:
    LicenceImportUndo(Database &database, ChangeContext context);

    // Fills result.changedSince, deleted and reverted; false with result.error set
    // when refused or failed (the caller rolls back).
    bool undo(qint64 batchId, ImportUndo::Result &result);

private:
    Database &m_database;
    ChangeContext m_context;
};
