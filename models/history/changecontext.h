#pragma once

#include <QString>

class Database;

// Who makes a change and, for imports, which batch it belongs to. Written into
// every history row.
struct ChangeContext
{
    QString user;
    qint64 importBatchId = 0;
    // The time the history gives the change (Sql::nowText's form); empty: the time
    // of writing. A write sets it to the row's updated_at, so the history rows of a
    // save and the row carry the same time and tell what changed after a read.
    QString at = {};

    // The history names a person for every change: a context that names nobody
    // stands for the database's user (the server login, or the account running
    // the program). Every writer resolves its context through this one rule.
    ChangeContext resolved(const Database &database) const;
};
