#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// Takes back one asset import batch as a whole: deletes the assets it created,
// restores the fields it changed and removes the legacy numbers it added, in one
// transaction. Refuses when any of those assets was changed after the batch (by
// a user or another import) and names them.
class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    struct Result
    {
        bool ok = false;
        QString error;
        QStringList changedSince; // inventory numbers of assets changed after the batch
        qint64 deleted = 0;
        qint64 reverted = 0;
    };

    explicit ImportUndo(Database &database);

    // user: recorded in the history; empty: the database's user.
    Result undo(qint64 batchId, const QString &user);

private:
    Database &m_database;
};
