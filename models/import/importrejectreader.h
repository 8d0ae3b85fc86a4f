#pragma once

#include <QList>

#include "import/importrun.h"

class Database;

// Reads back the rejected rows an import batch kept in the database, in file
// order: what the technician looks at when the rejects file is long gone.
class ImportRejectReader
{
public:
    // The first `limit` rejects of the batch.
    static bool read(Database &database, qint64 batchId, int limit, QList<ImportReject> *rejects,
                     QString *error);
};
