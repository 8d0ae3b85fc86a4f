#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// Removes, after an import batch was taken back, the master data rows (units,
// sites, rooms, people, categories; never authorities) the batch created and that
// nothing refers to any more.
//
// The rows a batch created are those recorded for it in import_batch_master_data
// (schema 6 on), never inferred: a row someone made by hand, or that the batch
// merely found, is never removed. A batch imported before schema 6 has no record,
// so its rows stay; guessing them from the ids could take rows made by hand.
class ImportMasterDataCleanup
{
    Q_DECLARE_TR_FUNCTIONS(ImportMasterDataCleanup)

public:
    explicit ImportMasterDataCleanup(Database &database);

    // Call inside the undo's transaction, after the batch's items were removed or
    // restored. *removed gets one "Room 3.21" per deleted row.
    bool removeUnused(qint64 batchId, QStringList *removed, QString *error);

private:
    Database &m_database;
};
